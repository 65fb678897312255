namespace TellMe.Bank.Files;

/// <summary>
/// Turns a bank-relative path that comes from outside (a URL, a form) into a file inside the bank, or says
/// why it is refused. The one check every caller that takes a path from a user goes through, so no request
/// can reach a file outside the bank folder.
/// </summary>
/// <remarks>
/// Refused: an empty path, an absolute path, a drive or a backslash, any <c>..</c> segment, a hidden segment
/// (<c>.git</c>, <c>.tellme</c>, a dot file: never bank files), and any path that, once every symbolic link
/// on the way is followed, ends outside the bank folder (itself resolved the same way). A path is accepted
/// as a location; whether the file exists is the caller's business.
/// </remarks>
public static class BankPath
{
    /// <summary>The real (links followed) full path of <paramref name="relative"/> inside <paramref name="root"/>, or null with <paramref name="refusal"/>.</summary>
    public static string? Resolve(string root, string relative, out string refusal)
    {
        refusal = "";
        if (string.IsNullOrWhiteSpace(relative)) return Refuse(out refusal, "the path is empty");
        if (relative.Contains('\\') || relative.Contains(':') || relative.Contains('\0'))
            return Refuse(out refusal, $"'{relative}' is not a bank path: use '/' between folders, no drive");
        if (Path.IsPathRooted(relative) || relative.StartsWith('/'))
            return Refuse(out refusal, $"'{relative}' is an absolute path; give a path inside the bank, e.g. stories/CR2.md");
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return Refuse(out refusal, "the path is empty");
        if (segments.Any(s => s is "." or ".."))
            return Refuse(out refusal, $"'{relative}' leaves the bank folder ('..')");
        if (segments.Any(s => s.StartsWith('.')))
            return Refuse(out refusal, $"'{relative}' is a hidden file or folder, not a bank file");

        string realRoot, real;
        try
        {
            realRoot = RealPath(root);
            real = RealPath(Path.Combine(realRoot, Path.Combine(segments)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refuse(out refusal, $"'{relative}' cannot be resolved: {ex.Message}");
        }
        string prefix = realRoot.EndsWith(Path.DirectorySeparatorChar) ? realRoot : realRoot + Path.DirectorySeparatorChar;
        if (!real.StartsWith(prefix, StringComparison.Ordinal))
            return Refuse(out refusal, $"'{relative}' leads outside the bank folder (through a symbolic link)");
        return real;
    }

    private static string? Refuse(out string refusal, string message)
    {
        refusal = message;
        return null;
    }

    /// <summary>The full path with every symbolic link on the way followed (a missing tail is kept as written).</summary>
    public static string RealPath(string path) => RealPath(path, 0);

    private static string RealPath(string path, int depth)
    {
        if (depth > 40) throw new IOException("too many levels of symbolic links");
        path = Path.GetFullPath(path);
        string root = Path.GetPathRoot(path) ?? "/";
        string current = root;
        foreach (var part in path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            string next = Path.Combine(current, part);
            FileSystemInfo info = new FileInfo(next);
            if (info.LinkTarget is { } target)
                next = RealPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target), depth + 1);
            current = next;
        }
        return current;
    }
}
