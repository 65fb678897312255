namespace TellMe.Tests.Language;

/// <summary>
/// Stand-ins for the real Porter2 stemmer (built on another branch), so these tests pin down the
/// text/index layer without depending on a particular stemming algorithm.
/// </summary>
internal static class TestStemmers
{
    public static readonly Func<string, string> Identity = static word => word;

    /// <summary>A deliberately tiny suffix stripper: -ing, -ed, -es, -s (keeping ≥ 3 letters).</summary>
    public static readonly Func<string, string> Suffix = static word =>
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed", "es", "s"])
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    };
}
