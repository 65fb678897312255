using System.Collections.Frozen;

namespace TellMe.Prep;

/// <summary>A sentence of a longer text and where it starts.</summary>
/// <param name="Text">The sentence, trimmed.</param>
/// <param name="Start">Offset of its first character in the text it came from.</param>
public readonly record struct SentenceSpan(string Text, int Start);

/// <summary>
/// Splits prose into sentences: after '.', '!' or '?' followed by a space and what can start a sentence.
/// Abbreviations ("e.g.", "Inc.", "U.S."), decimals and names with dots ("Node.js", ".NET") do not end one.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "sr", "jr", "st",
        "u.s", "u.k", "approx", "dept", "fig", "al", "incl", "esp", "resp", "cf",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentences of <paramref name="text"/>, in order; blank text gives none.</summary>
    /// <param name="text">The prose.</param>
    /// <param name="lowerCaseStarts">True for speech written down (transcripts, notes), where a sentence often
    /// starts in lower case ("ok. so tell me…"); false for edited text, where "e.g. this" must not split.</param>
    public static IReadOnlyList<SentenceSpan> Split(string text, bool lowerCaseStarts = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<SentenceSpan>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?' or '…')) continue;
            int end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')') end++;
            if (end < text.Length && !char.IsWhiteSpace(text[end])) continue;
            int next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next < text.Length && !lowerCaseStarts && !CanStart(text[next])) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;
            Add(sentences, text, start, end);
            start = next;
            i = next - 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool CanStart(char c) => !char.IsLetter(c) || char.IsUpper(c);

    // "e.g." and "U.S." end with a dot after a short token; a lone capital ("J. Smith") is an initial.
    private static bool IsAbbreviation(string text, int dot)
    {
        int s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        string token = text[s..dot];
        return Abbreviations.Contains(token) || (token.Length == 1 && char.IsUpper(token[0]));
    }

    private static void Add(List<SentenceSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new SentenceSpan(text[start..end], start));
    }
}
