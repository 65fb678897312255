using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TellMe.Language;

/// <summary>
/// Maps stemmed terms to groups of interview synonyms, for query expansion.
/// </summary>
/// <remarks>
/// <para><b>How the matcher should use this.</b> Expand the <em>query</em> only: for each query
/// term add every stem from <see cref="Expand"/> with a lower weight (the analyzer uses
/// <see cref="TextAnalyzer.DefaultSynonymWeight"/> = 0.5), and index documents without
/// expansion. A story that uses the asker's own word therefore still wins over one that only
/// uses a synonym, while "Tell me about a disagreement" can still find a story that only
/// says "pushback" or "conflict". Expanding documents too would inflate their lengths and
/// term frequencies and double-count.</para>
/// <para><see cref="Canonical"/> is for explanation and grouping (e.g. show "conflict" once for
/// hits on "disagre" and "clash"), not for conflating terms at index time: conflation would
/// erase the difference between "customer" and "user" that BM25 can otherwise reward.</para>
/// <para>Members are stemmed with the same injected stemmer the analyzer uses, so a group written
/// as "disagreement" matches the stem the analyzer produces for "disagreements". Different words
/// can collapse to one stem; if that puts a stem into two groups, <see cref="Canonical"/> reports
/// the first group and <see cref="Expand"/> returns the union, which keeps the result independent
/// of which stemmer is plugged in.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class Synonyms
{
    private readonly FrozenDictionary<string, Entry> _byStem;

    private Synonyms(ImmutableArray<SynonymGroup> groups, FrozenDictionary<string, Entry> byStem)
    {
        Groups = groups;
        _byStem = byStem;
    }

    /// <summary>No groups: expansion returns nothing.</summary>
    public static Synonyms Empty { get; } =
        new([], FrozenDictionary<string, Entry>.Empty);

    /// <summary>The groups, in the order they were given.</summary>
    public ImmutableArray<SynonymGroup> Groups { get; }

    /// <summary>Number of distinct stems that belong to at least one group.</summary>
    public int StemCount => _byStem.Count;

    /// <summary>Builds the TellMe interview vocabulary (<see cref="InterviewSynonymGroups.All"/>).</summary>
    public static Synonyms Interview(Func<string, string> stemmer) => Build(InterviewSynonymGroups.All, stemmer);

    /// <summary>
    /// Builds a lookup from groups of single words. Each word is normalised like a token and then
    /// stemmed with <paramref name="stemmer"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A member is not exactly one word token (phrases such as
    /// "time pressure" cannot match a single-term lookup, so they are rejected rather than silently
    /// ignored), or a group is empty.</exception>
    public static Synonyms Build(IEnumerable<IReadOnlyList<string>> groups, Func<string, string> stemmer)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(stemmer);

        var built = ImmutableArray.CreateBuilder<SynonymGroup>();
        var memberships = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var words in groups)
        {
            ArgumentNullException.ThrowIfNull(words);
            if (words.Count == 0)
            {
                throw new ArgumentException("A synonym group must have at least one member.", nameof(groups));
            }

            var id = built.Count;
            var stems = ImmutableArray.CreateBuilder<string>(words.Count);
            string? name = null;
            foreach (var word in words)
            {
                var normalised = NormaliseSingleWord(word);
                name ??= normalised;
                var stem = stemmer(normalised);
                if (string.IsNullOrEmpty(stem) || stems.Contains(stem))
                {
                    continue;
                }

                stems.Add(stem);
                if (!memberships.TryGetValue(stem, out var ids))
                {
                    memberships[stem] = ids = [];
                }

                ids.Add(id);
            }

            built.Add(new SynonymGroup(id, name!, stems.ToImmutable()));
        }

        var frozenGroups = built.ToImmutable();
        var byStem = new Dictionary<string, Entry>(memberships.Count, StringComparer.Ordinal);
        foreach (var (stem, ids) in memberships)
        {
            var expansions = ImmutableArray.CreateBuilder<string>();
            foreach (var id in ids)
            {
                foreach (var other in frozenGroups[id].Stems)
                {
                    if (other != stem && !expansions.Contains(other))
                    {
                        expansions.Add(other);
                    }
                }
            }

            byStem[stem] = new Entry(frozenGroups[ids[0]], [.. ids], expansions.ToImmutable());
        }

        return new Synonyms(frozenGroups, byStem.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// The name of the (first) group containing <paramref name="stem"/>, or null when the stem is
    /// in no group.
    /// </summary>
    public string? Canonical(string stem) => _byStem.TryGetValue(stem, out var entry) ? entry.First.Name : null;

    /// <summary>
    /// The other stems of every group containing <paramref name="stem"/> (never the stem itself),
    /// or an empty array. Callers add these to the query with a reduced weight.
    /// </summary>
    public ImmutableArray<string> Expand(string stem) => _byStem.TryGetValue(stem, out var entry) ? entry.Expansions : [];

    /// <summary>All groups that contain <paramref name="stem"/> (usually zero or one).</summary>
    public IReadOnlyList<SynonymGroup> GroupsOf(string stem)
    {
        if (!_byStem.TryGetValue(stem, out var entry))
        {
            return [];
        }

        var result = new SynonymGroup[entry.GroupIds.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Groups[entry.GroupIds[i]];
        }

        return result;
    }

    private static string NormaliseSingleWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string? single = null;
        foreach (var token in Tokenizer.Enumerate(word))
        {
            if (single is not null || token.Kind != TokenKind.Word)
            {
                throw new ArgumentException($"Synonym member '{word}' must be a single word.", nameof(word));
            }

            single = token.ToNormalizedString();
        }

        return single ?? throw new ArgumentException($"Synonym member '{word}' contains no word.", nameof(word));
    }

    private sealed record Entry(SynonymGroup First, ImmutableArray<int> GroupIds, ImmutableArray<string> Expansions);
}
