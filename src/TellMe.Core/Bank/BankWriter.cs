using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Bank;

/// <summary>What a write did to one file.</summary>
public enum WriteAction
{
    /// <summary>The file did not exist.</summary>
    Created,
    /// <summary>The file existed with other content.</summary>
    Updated,
    /// <summary>The file already held exactly this content.</summary>
    Unchanged,
}

/// <summary>One file of a planned or finished write.</summary>
public sealed record FileWrite(string RelativePath, string Content, WriteAction Action);

/// <summary>
/// Turns a bank into its files and writes them. Writing is all-or-nothing with respect to safety: if any
/// existing file would be overwritten without <c>force</c>, nothing is written and each such file is
/// reported; every file that is written goes through an atomic rename.
/// </summary>
public static class BankWriter
{
    /// <summary>Every file of the bank with its content, in a stable order.</summary>
    public static IReadOnlyList<(string Path, string Content)> Render(StoryBank bank)
    {
        var files = new List<(string, string)> { (SettingsFile.Name, SettingsFile.Write(bank.Settings)) };
        foreach (var f in bank.Frameworks) files.Add((FrameworkFile.PathOf(f.Id), FrameworkFile.Write(f)));
        foreach (var s in bank.Stories) files.Add((StoryFile.PathOf(s.Id), StoryFile.Write(s)));
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in bank.Answers)
        {
            string path = string.IsNullOrEmpty(a.File) ? UniquePath(AnswerFile.Slug(a.Key), slugs) : a.File;
            slugs.Add(path);
            files.Add((path, AnswerFile.Write(a)));
        }
        files.Add((".gitignore", ".tellme/\n"));
        return files;
    }

    /// <summary>The path an answer gets when it is first written.</summary>
    public static string UniquePath(string slug, ISet<string> taken)
    {
        string path = $"{AnswerFile.Folder}/{slug}.md";
        for (int n = 2; taken.Contains(path); n++) path = $"{AnswerFile.Folder}/{slug}-{n}.md";
        return path;
    }

    /// <summary>
    /// Writes the files under <paramref name="root"/>. Without <paramref name="force"/>, an existing file with
    /// different content is a <see cref="InputCodes.WouldOverwrite"/> error and nothing at all is written.
    /// </summary>
    public static (IReadOnlyList<FileWrite> Writes, IReadOnlyList<Diagnostic> Diagnostics) Write(
        string root, IEnumerable<(string Path, string Content)> files, bool force)
    {
        var plan = new List<FileWrite>();
        var diagnostics = new List<Diagnostic>();
        foreach (var (rel, content) in files)
        {
            string full = Path.Combine(root, rel);
            WriteAction action = WriteAction.Created;
            if (File.Exists(full))
            {
                string existing;
                try { existing = File.ReadAllText(full); }
                catch (IOException) { existing = "\0"; }
                action = existing == content ? WriteAction.Unchanged : WriteAction.Updated;
                if (action == WriteAction.Updated && !force)
                    diagnostics.Add(new Diagnostic(InputCodes.WouldOverwrite, Severity.Error, rel, 1, 1,
                        "the file exists with other content and would be overwritten", "pass --force to overwrite, or import into an empty folder"));
            }
            plan.Add(new FileWrite(rel, content, action));
        }
        if (diagnostics.Count > 0) return (plan, diagnostics);
        foreach (var write in plan)
            if (write.Action != WriteAction.Unchanged)
                SafeFile.WriteAtomic(Path.Combine(root, write.RelativePath), write.Content);
        return (plan, diagnostics);
    }
}
