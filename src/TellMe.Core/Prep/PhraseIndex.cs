using System.Collections.Immutable;
using TellMe.Language;

namespace TellMe.Prep;

/// <summary>A word of a text with its stem and where it is.</summary>
/// <param name="Stem">The Porter2 stem of the lower-cased word.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset after its last character.</param>
/// <param name="Word">The word itself, lower-cased.</param>
public readonly record struct StemmedWord(string Stem, int Start, int End, string Word)
{
    /// <summary>The words of a text (letters and digits, inner apostrophes kept), lower-cased and stemmed.</summary>
    public static IReadOnlyList<StemmedWord> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<StemmedWord>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
            if (i > start)
            {
                string word = text[start..i].ToLowerInvariant().Replace('’', '\'');
                words.Add(new StemmedWord(Porter2Stemmer.Instance.Stem(word), start, i, word));
            }
        }
        return words;
    }
}

/// <summary>One phrase found in a text.</summary>
/// <typeparam name="TKey">What phrases stand for (a competency).</typeparam>
/// <param name="Key">What the phrase stands for.</param>
/// <param name="Phrase">The phrase as the data file writes it.</param>
/// <param name="Start">Offset of the match in the text.</param>
/// <param name="End">Offset after the match.</param>
public readonly record struct PhraseHit<TKey>(TKey Key, string Phrase, int Start, int End);

/// <summary>
/// Finds phrases in text word for word after stemming, case and punctuation ignored: "mentor" finds
/// "Mentoring", "end to end" finds "end-to-end". Phrases are data the team writes (posting signals, a value's
/// keywords), so matching must be predictable: no synonyms, no partial phrases. A word written with a leading
/// <c>=</c> must appear exactly (lower-cased, unstemmed): Porter2 gives "experiment" and "experience" one stem,
/// and "accountable" and "accounting".
/// </summary>
/// <typeparam name="TKey">What a phrase stands for (a competency).</typeparam>
/// <remarks>Immutable and thread-safe once built; a lookup costs one pass over the text's words.</remarks>
public sealed class PhraseIndex<TKey> where TKey : notnull
{
    private readonly Dictionary<string, List<(string[] Stems, TKey Key, string Phrase)>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>Builds an index of (key, phrase) pairs; a phrase without words is ignored.</summary>
    public PhraseIndex(IEnumerable<(TKey Key, string Phrase)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var (key, phrase) in phrases)
        {
            var stems = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(w => w.StartsWith('=') ? [Exact(w[1..])] : StemmedWord.Split(w).Select(x => x.Stem)).ToArray();
            if (stems.Length == 0) continue;
            if (!_byFirst.TryGetValue(stems[0], out var list)) _byFirst[stems[0]] = list = [];
            list.Add((stems, key, phrase));
        }
        // Longest first, so "tight deadlines" is reported rather than "deadlines" when both would match.
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
    }

    /// <summary>Every phrase found, at most one hit per key and start word, in text order.</summary>
    public ImmutableArray<PhraseHit<TKey>> Find(string text) => Find(StemmedWord.Split(text));

    /// <summary>The same over words already split (a caller matching several indexes splits once).</summary>
    public ImmutableArray<PhraseHit<TKey>> Find(IReadOnlyList<StemmedWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var hits = ImmutableArray.CreateBuilder<PhraseHit<TKey>>();
        for (int i = 0; i < words.Count; i++)
        {
            var candidates = _byFirst.GetValueOrDefault(words[i].Stem) ?? [];
            if (_byFirst.TryGetValue(Exact(words[i].Word), out var exact)) candidates = [.. exact, .. candidates];
            if (candidates.Count == 0) continue;
            var seen = new HashSet<TKey>();
            foreach (var (stems, key, phrase) in candidates)
            {
                if (i + stems.Length > words.Count || seen.Contains(key)) continue;
                bool all = true;
                for (int k = 1; k < stems.Length && all; k++) all = words[i + k].Stem == stems[k] || Exact(words[i + k].Word) == stems[k];
                if (!all) continue;
                seen.Add(key);
                hits.Add(new PhraseHit<TKey>(key, phrase, words[i].Start, words[i + stems.Length - 1].End));
            }
        }
        return hits.ToImmutable();
    }

    // Exact words live in the same table as stems, marked so they never equal a stem.
    private static string Exact(string word) => "=" + word.ToLowerInvariant();
}
