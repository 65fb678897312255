using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TellMe.Tests.Edits;

/// <summary>A throw-away git repository over a folder, to see a command's changes as the user's git does.</summary>
internal sealed partial class Git(string root)
{
    public string Root { get; } = root;

    public static Git Init(string root)
    {
        var git = new Git(root);
        git.Run("init", "-q");
        git.Run("config", "user.email", "tests@example.invalid");
        git.Run("config", "user.name", "TellMe tests");
        git.Run("config", "core.autocrlf", "false");
        git.Run("config", "core.safecrlf", "false");
        return git;
    }

    public void CommitAll(string message = "bank")
    {
        Run("add", "-A");
        Run("commit", "-q", "-m", message);
    }

    /// <summary>The lines of the committed files a working-tree change touches: (file, line), as `git diff` counts them.</summary>
    public SortedSet<(string File, int Line)> ChangedLines()
    {
        // -a: a UTF-16 file is diffed line by line too; -U0: only the changed lines.
        string diff = Run("diff", "-a", "--no-color", "--no-ext-diff", "--unified=0");
        var changed = new SortedSet<(string, int)>();
        string? file = null;
        foreach (var line in diff.Split('\n'))
        {
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                file = DiffHeader().Match(line).Groups[1].Value;
                continue;
            }
            var hunk = Hunk().Match(line);
            if (!hunk.Success || file is null) continue;
            int start = int.Parse(hunk.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            int count = hunk.Groups[2].Success ? int.Parse(hunk.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            // A pure insertion (-a,0) goes after line a, that is before line a + 1.
            if (count == 0) changed.Add((file, start + 1));
            for (int l = start; l < start + count; l++) changed.Add((file, l));
        }
        return changed;
    }

    /// <summary>The files git sees as changed or new.</summary>
    public string Status() => Run("status", "--porcelain", "--untracked-files=all");

    public string Run(params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["HOME"] = Root;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
        return output.Result;
    }

    [GeneratedRegex(@"^diff --git a/(.+) b/")]
    private static partial Regex DiffHeader();

    [GeneratedRegex(@"^@@ -(\d+)(?:,(\d+))? \+")]
    private static partial Regex Hunk();
}
