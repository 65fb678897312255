namespace TellMe.Language;

/// <summary>
/// First-person pronouns, singular and plural. Interviewers assess what the candidate did, so both
/// <c>tellme check</c> (TM014) and drill feedback count "I" against "we".
/// </summary>
public static class Pronouns
{
    /// <summary>"I" and its forms (case-insensitive).</summary>
    public static readonly HashSet<string> I = new(["i", "my", "me", "mine", "i'm", "i've", "i'd", "i'll", "myself"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"we" and its forms (case-insensitive).</summary>
    public static readonly HashSet<string> We = new(["we", "our", "us", "ours", "we're", "we've", "we'd", "we'll", "ourselves"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IWords = I.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeWords = We.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many times a text says "I" and "we" (any form), without allocating.</summary>
    public static (int I, int We) Count(ReadOnlySpan<char> text)
    {
        int i = 0, we = 0;
        foreach (var word in new WordSpans(text))
        {
            if (IWords.Contains(word)) i++;
            else if (WeWords.Contains(word)) we++;
        }
        return (i, we);
    }
}
