namespace TellMe.Text;

/// <summary>
/// First-person pronouns, singular and plural. Interviewers assess what the candidate did, so both
/// <c>tellme check</c> (TM014) and drill feedback count "I" against "we".
/// </summary>
public static class Pronouns
{
    /// <summary>"I" and its forms, lower-case as <see cref="WordSets.Words"/> yields them.</summary>
    public static readonly HashSet<string> I = ["i", "my", "me", "mine", "i'm", "i've", "i'd", "i'll", "myself"];

    /// <summary>"we" and its forms.</summary>
    public static readonly HashSet<string> We = ["we", "our", "us", "ours", "we're", "we've", "we'd", "we'll", "ourselves"];

    /// <summary>How many times a text says "I" and "we" (any form).</summary>
    public static (int I, int We) Count(string text)
    {
        int i = 0, we = 0;
        foreach (var word in WordSets.Words(text))
        {
            if (I.Contains(word)) i++;
            else if (We.Contains(word)) we++;
        }
        return (i, we);
    }
}
