using System.Text;

namespace TellMe.Text;

/// <summary>
/// Folds a name the user types (an answer key, a principle) for comparison with the bank's: case, spacing
/// and encoding damage do not count, so "why sre → swe" names the imported "Why SRE â†’ SWE".
/// </summary>
public static class NameFold
{
    /// <summary>The folded form: mojibake repaired, trimmed, runs of white space as one space, lower case.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in Mojibake.Repair(name).Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && folded.Length > 0) folded.Append(' ');
            space = false;
            folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }
}
