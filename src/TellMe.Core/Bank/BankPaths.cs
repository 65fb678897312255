namespace TellMe.Bank;

/// <summary>Whether a path lies inside a bank folder, compared on full, normalised paths.</summary>
public static class BankPaths
{
    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> itself or lies below it.</summary>
    public static bool IsInside(string root, string path)
    {
        string r = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        string p = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return p == r || p.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
