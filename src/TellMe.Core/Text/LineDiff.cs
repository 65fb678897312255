using System.Collections.Immutable;

namespace TellMe.Text;

/// <summary>How a line of a two-way comparison differs.</summary>
public enum DiffKind
{
    /// <summary>In both texts.</summary>
    Same,
    /// <summary>Only in the left (older) text.</summary>
    Removed,
    /// <summary>Only in the right (newer) text.</summary>
    Added,
}

/// <summary>One row of a side-by-side comparison; a side is null where that text has no line.</summary>
public sealed record DiffRow(DiffKind Kind, int? LeftLine, string? Left, int? RightLine, string? Right);

/// <summary>
/// Compares two texts line by line (longest common subsequence), for showing the user's version of a file beside
/// the one on disk. Texts of bank files are small; beyond <see cref="MaxLines"/> lines on either side the whole
/// texts are shown as removed and added rather than spending quadratic time.
/// </summary>
public static class LineDiff
{
    /// <summary>The most lines compared precisely.</summary>
    public const int MaxLines = 4000;

    /// <summary>The rows from <paramref name="left"/> to <paramref name="right"/>.</summary>
    public static ImmutableArray<DiffRow> Compare(string left, string right)
    {
        var a = Lines(left);
        var b = Lines(right);
        var rows = ImmutableArray.CreateBuilder<DiffRow>();
        if (a.Length > MaxLines || b.Length > MaxLines)
        {
            for (int i = 0; i < a.Length; i++) rows.Add(new DiffRow(DiffKind.Removed, i + 1, a[i], null, null));
            for (int j = 0; j < b.Length; j++) rows.Add(new DiffRow(DiffKind.Added, null, null, j + 1, b[j]));
            return rows.ToImmutable();
        }
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { rows.Add(new DiffRow(DiffKind.Same, x + 1, a[x], y + 1, b[y])); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { rows.Add(new DiffRow(DiffKind.Added, null, null, y + 1, b[y])); y++; }
            else { rows.Add(new DiffRow(DiffKind.Removed, x + 1, a[x], null, null)); x++; }
        }
        return rows.ToImmutable();
    }

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
}
