using TellMe.Match.Text;

namespace TellMe.Text;

/// <summary>
/// Content-word sets for comparing short texts (titles, sections): lower-cased, stemmed with Porter2, common
/// function words dropped, so "Migrated MySQL" and "migrating mysql" compare equal.
/// </summary>
public static class WordSets
{
    private static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as", "into",
        "is", "was", "were", "be", "been", "it", "its", "that", "this", "we", "i", "our", "my", "their", "they",
    };

    /// <summary>
    /// The stemmed content words of a text. A caller comparing many texts passes a <paramref name="stems"/>
    /// cache, since titles repeat their vocabulary and each distinct word then is stemmed once.
    /// </summary>
    public static HashSet<string> Of(string text, Dictionary<string, string>? stems = null)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            if (Function.Contains(word)) continue;
            if (stems is null) set.Add(Porter2Stemmer.Instance.Stem(word));
            else
            {
                if (!stems.TryGetValue(word, out var stem)) stems[word] = stem = Porter2Stemmer.Instance.Stem(word);
                set.Add(stem);
            }
        }
        return set;
    }

    /// <summary>Lower-case words (letters, digits, dots inside numbers such as 5.7).</summary>
    public static IEnumerable<string> Words(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'' ||
                   (text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > start && char.IsDigit(text[i - 1])))) i++;
            if (i > start) yield return text[start..i].ToLowerInvariant().TrimEnd('\'');
        }
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
