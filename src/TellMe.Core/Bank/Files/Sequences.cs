namespace TellMe.Bank.Files;

/// <summary>
/// Lining up two sequences (list items, sections, lines) by the longest common subsequence of equal
/// elements, so that an inserted or removed element does not make the ones after it look changed.
/// </summary>
internal static class Sequences
{
    /// <summary>Index pairs (before, after) of the elements kept as they are, in order.</summary>
    public static List<(int Before, int After)> Align<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, T, bool> equal)
    {
        int n = before.Count, m = after.Count;
        var lcs = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                lcs[i, j] = equal(before[i], after[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (equal(before[i], after[j])) { pairs.Add((i, j)); i++; j++; }
            else if (lcs[i + 1, j] >= lcs[i, j + 1]) i++;
            else j++;
        }
        return pairs;
    }
}
