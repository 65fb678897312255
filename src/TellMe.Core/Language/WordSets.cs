
namespace TellMe.Language;

/// <summary>
/// Content-word sets for comparing short texts (titles, sections): lower-cased, stemmed with Porter2, English
/// function words (<see cref="StopWords.FunctionWords"/>) dropped, so "Migrated MySQL" and "migrating mysql"
/// compare equal.
/// </summary>
/// <remarks>
/// Only the function words, not the interview filler of <see cref="StopWords.English"/>: a title such as
/// "Shared the incident story" means its "story". The word lists live in <see cref="StopWords"/>, once.
/// </remarks>
public static class WordSets
{
    private static readonly StopWords Function = new(StopWords.FunctionWords);

    /// <summary>
    /// The stemmed content words of a text. A caller comparing many texts passes a <paramref name="stems"/>
    /// cache, since titles repeat their vocabulary and each distinct word then is stemmed once.
    /// </summary>
    public static HashSet<string> Of(string text, Dictionary<string, string>? stems = null)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            if (Function.Contains(word) || (word.AsSpan().IndexOfAny('\'', '’') >= 0 && Function.Contains(word.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal)))) continue;
            if (stems is null) set.Add(Porter2Stemmer.Instance.Stem(word));
            else
            {
                if (!stems.TryGetValue(word, out var stem)) stems[word] = stem = Porter2Stemmer.Instance.Stem(word);
                set.Add(stem);
            }
        }
        return set;
    }

    /// <summary>Lower-case words as <see cref="WordSpans"/> finds them (letters, digits, apostrophes inside a word, dots inside numbers such as 5.7).</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var word in new WordSpans(text)) words.Add(word.ToString().ToLowerInvariant());
        return words;
    }

    /// <summary>Shared words over the smaller set (1 when one contains the other).</summary>
    public static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = Shared(a, b);
        return shared / (double)Math.Min(a.Count, b.Count);
    }

    /// <summary>Shared words over all words (Jaccard).</summary>
    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        int shared = Shared(a, b);
        return shared / (double)(a.Count + b.Count - shared);
    }

    /// <summary>How many words two sets share.</summary>
    public static int Shared(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int n = 0;
        foreach (var w in small) if (large.Contains(w)) n++;
        return n;
    }
}
