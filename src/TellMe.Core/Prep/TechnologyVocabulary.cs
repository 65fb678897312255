using System.Collections.Immutable;
using TellMe.Resources;

namespace TellMe.Prep;

/// <summary>
/// The technologies TellMe recognises in postings and stories (<c>data/technologies.yaml</c>, team-written,
/// embedded). Names match as whole words with their punctuation ("C#", "Node.js", ".NET"), case ignored,
/// except the forms that are also English words, which must match case exactly and may not open a sentence.
/// </summary>
public sealed class TechnologyVocabulary
{
    private static readonly Lazy<TechnologyVocabulary> LazyEmbedded = new(() => Parse(EmbeddedData.Read("technologies.yaml")));

    // Every form of every technology, longest first, so "React Native" wins over "React" at the same place.
    private readonly (string Form, bool Exact, Technology Technology)[] _forms;

    private TechnologyVocabulary(ImmutableArray<Technology> technologies)
    {
        Technologies = technologies;
        var forms = new List<(string, bool, Technology)>();
        foreach (var t in technologies)
            foreach (var form in t.Aliases.Prepend(t.Name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                bool exact = t.Exact.Contains(form, StringComparer.Ordinal);
                forms.Add((form, exact, t));
            }
        _forms = [.. forms.OrderByDescending(f => f.Item1.Length).ThenBy(f => f.Item1, StringComparer.Ordinal)];
    }

    /// <summary>The vocabulary shipped with TellMe.</summary>
    public static TechnologyVocabulary Embedded => LazyEmbedded.Value;

    /// <summary>Every technology, in file order.</summary>
    public ImmutableArray<Technology> Technologies { get; }

    /// <summary>
    /// The technologies named in <paramref name="text"/>, each once (its first mention), in text order.
    /// <paramref name="sentenceStarts"/> gives the offsets where sentences begin, for the exact-case forms.
    /// </summary>
    public ImmutableArray<TechnologyHit> Find(string text, IReadOnlyCollection<int>? sentenceStarts = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var taken = new bool[text.Length];
        var found = new Dictionary<Technology, TechnologyHit>();
        foreach (var (form, exact, technology) in _forms)
        {
            int from = 0;
            while (from < text.Length)
            {
                int at = text.IndexOf(form, from, exact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
                if (at < 0) break;
                from = at + 1;
                int end = at + form.Length;
                if (!Bounded(text, at, end) || Overlaps(taken, at, end)) continue;
                if (exact && StartsSentence(text, at, sentenceStarts)) continue;
                for (int i = at; i < end; i++) taken[i] = true;
                if (!found.TryGetValue(technology, out var first) || at < first.Start)
                    found[technology] = new TechnologyHit(technology, text[at..end], at);
            }
        }
        return [.. found.Values.OrderBy(h => h.Start)];
    }

    // A whole word: no letter or digit glued on either side; "C" is not the C of "C#", "Java" not of "JavaScript",
    // "JS" not the js of "Node.js"; a full stop after a name may end the sentence ("…in Go.").
    private static bool Bounded(string text, int start, int end)
    {
        if (start > 0)
        {
            char before = text[start - 1];
            if (char.IsLetterOrDigit(before) || before is '_' or '&' || (before is '.' or '#' or '+' or '-' or '@' && start > 1 && char.IsLetterOrDigit(text[start - 2])))
                return false;
        }
        if (end < text.Length)
        {
            char after = text[end];
            if (char.IsLetterOrDigit(after) || after is '_' or '#' or '+' or '&') return false;
            if (after is '.' or '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]) && !(after == '-' && IsSuffixWord(text, end + 1))) return false;
        }
        return true;
    }

    // "Java-based", "Go-heavy": a hyphenated suffix does not make the name another word.
    private static bool IsSuffixWord(string text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[start..end].ToLowerInvariant() is "based" or "heavy" or "first" or "native" or "only" or "powered" or "centric" or "focused";
    }

    private static bool Overlaps(bool[] taken, int start, int end)
    {
        for (int i = start; i < end; i++) if (taken[i]) return true;
        return false;
    }

    private static bool StartsSentence(string text, int at, IReadOnlyCollection<int>? sentenceStarts)
    {
        int i = at - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '-' or '*' or '•' or '"' or '(' )) i--;
        if (i < 0) return true;
        if (text[i] is '.' or '!' or '?' or ':') return true;
        return sentenceStarts?.Contains(at) == true;
    }

    /// <summary>Parses the vocabulary file.</summary>
    /// <exception cref="InvalidDataException">Wrong shape, or a name twice.</exception>
    public static TechnologyVocabulary Parse(string yaml)
    {
        var data = new DataYaml("technologies.yaml");
        var root = data.Root(yaml);
        var list = ImmutableArray.CreateBuilder<Technology>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var map in data.Mappings(root, "technologies"))
        {
            var t = new Technology(data.Text(map, "name"), data.Text(map, "category"), data.Texts(map, "aliases"), data.Texts(map, "exact"));
            foreach (var form in t.Aliases.Prepend(t.Name))
                if (!names.Add(form)) throw data.Fail(map, $"'{form}' is listed twice");
            foreach (var exact in t.Exact)
                if (!t.Aliases.Prepend(t.Name).Contains(exact, StringComparer.Ordinal)) throw data.Fail(map, $"exact form '{exact}' is not a name or alias of {t.Name}");
            list.Add(t);
        }
        return new TechnologyVocabulary(list.ToImmutable());
    }
}
