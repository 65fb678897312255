using System.Text;

namespace TellMe.Language;

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

    /// <summary>
    /// The name of <paramref name="names"/> that shares the most words with <paramref name="wanted"/> (folded),
    /// when it shares at least half of the longer one's words, else the one a few letters away (a fifth of its
    /// length): the "did you mean 'Why US'?" of a mistyped name; null when nothing is close.
    /// </summary>
    public static string? Closest(string wanted, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var words = Of(wanted ?? "").Split(' ');
        string? best = null;
        double bestShare = 0;
        foreach (var name in names)
        {
            var theirs = Of(name).Split(' ');
            double share = (double)words.Intersect(theirs).Count() / Math.Max(words.Length, theirs.Length);
            if (share > bestShare) (best, bestShare) = (name, share);
        }
        if (bestShare >= 0.5) return best;

        // No shared words: a slip of a few letters ("Why aplied") is still worth naming.
        string folded = Of(wanted ?? "");
        int limit = Math.Max(1, folded.Length / 5), bestDistance = limit + 1;
        foreach (var name in names)
        {
            int distance = EditDistance.Of(folded, Of(name), limit);
            if (distance < bestDistance) (best, bestDistance) = (name, distance);
        }
        return bestDistance <= limit ? best : null;
    }
}
