using System.Collections.Immutable;
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
public sealed record FileWrite(string RelativePath, string Content, WriteAction Action)
{
    /// <summary>Where an update had to rewrite more than what changed (see <see cref="FileUpdate.Notes"/>).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The bytes to write: the file's own encoding and line endings for an update, UTF-8 and LF for a new file.</summary>
    internal byte[] Bytes { get; init; } = [];
}

/// <summary>
/// Turns a bank into its files and writes them, all or nothing: every file is staged first and committed
/// together (<see cref="FileTransaction"/>), so a failure (a full disk) leaves the folder exactly as it was.
/// </summary>
/// <remarks>
/// <para>A new file is written from the model (UTF-8, LF, TellMe's key order). An existing file is updated in
/// place (<see cref="StoryFile.Update"/> and its siblings): only the elements that differ from what the file
/// says are edited, so the user's comments, layout, encoding and keys of their own survive an import into
/// their bank.</para>
/// <para>Without <c>force</c>, a write that would change an existing file is refused
/// (<see cref="InputCodes.WouldOverwrite"/>), file by file, and nothing at all is written.</para>
/// </remarks>
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
        files.Add((GitIgnore, GitIgnoreLine + "\n"));
        return files;
    }

    private const string GitIgnore = ".gitignore";
    private const string GitIgnoreLine = ".tellme/";

    /// <summary>The path an answer gets when it is first written.</summary>
    public static string UniquePath(string slug, ISet<string> taken)
    {
        string path = $"{AnswerFile.Folder}/{slug}.md";
        for (int n = 2; taken.Contains(path); n++) path = $"{AnswerFile.Folder}/{slug}-{n}.md";
        return path;
    }

    /// <summary>
    /// Writes whole files under <paramref name="root"/>, all or nothing. Without <paramref name="force"/>, an
    /// existing file with different content is a <see cref="InputCodes.WouldOverwrite"/> error and nothing at
    /// all is written. Meant for new banks; to write a bank into an existing one, use
    /// <see cref="Write(string, StoryBank, bool)"/>, which keeps what the user wrote.
    /// </summary>
    /// <exception cref="FileTransactionException">Writing failed; nothing was written (unless it says otherwise).</exception>
    public static (IReadOnlyList<FileWrite> Writes, IReadOnlyList<Diagnostic> Diagnostics) Write(
        string root, IEnumerable<(string Path, string Content)> files, bool force)
    {
        var plan = new List<FileWrite>();
        var diagnostics = new List<Diagnostic>();
        foreach (var (rel, content) in files)
        {
            string full = Path.Combine(root, rel);
            var bytes = SourceText.FromText(content).ToBytes();
            WriteAction action = WriteAction.Created;
            if (File.Exists(full))
            {
                byte[] existing;
                try { existing = File.ReadAllBytes(full); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { existing = []; }
                action = existing.AsSpan().SequenceEqual(bytes) ? WriteAction.Unchanged : WriteAction.Updated;
                if (action == WriteAction.Updated && !force) diagnostics.Add(WouldOverwrite(rel));
            }
            plan.Add(new FileWrite(rel, content, action) { Bytes = bytes });
        }
        if (diagnostics.Count == 0) Commit(root, plan);
        return (plan, diagnostics);
    }

    /// <summary>
    /// Writes <paramref name="bank"/> into the folder <paramref name="root"/>, all or nothing: new elements as
    /// new files, elements whose file exists by updating that file in place (an answer is found by its key
    /// wherever the user keeps it). Without <paramref name="force"/>, a change to an existing file is a
    /// <see cref="InputCodes.WouldOverwrite"/> error and nothing is written.
    /// </summary>
    /// <exception cref="FileTransactionException">Writing failed; nothing was written (unless it says otherwise).</exception>
    public static (IReadOnlyList<FileWrite> Writes, IReadOnlyList<Diagnostic> Diagnostics) Write(string root, StoryBank bank, bool force)
    {
        var plan = new List<FileWrite>();
        var diagnostics = new List<Diagnostic>();
        var existingAnswers = ExistingAnswerFiles(root);

        Add(SettingsFile.Name, () => SettingsFile.Write(bank.Settings), source => SettingsFile.Update(source, bank.Settings));
        foreach (var f in bank.Frameworks)
        {
            string path = string.IsNullOrEmpty(f.File) ? FrameworkFile.PathOf(f.Id) : f.File;
            Add(path, () => FrameworkFile.Write(f), source => FrameworkFile.Update(source, f, path));
        }
        foreach (var s in bank.Stories)
        {
            string path = string.IsNullOrEmpty(s.File) ? StoryFile.PathOf(s.Id) : s.File;
            Add(path, () => StoryFile.Write(s), source => StoryFile.Update(source, s, path));
        }
        var taken = new HashSet<string>(existingAnswers.Values, StringComparer.Ordinal);
        foreach (var a in bank.Answers)
        {
            string path = !string.IsNullOrEmpty(a.File) ? a.File
                : existingAnswers.TryGetValue(a.Key, out var known) ? known
                : UniquePath(AnswerFile.Slug(a.Key), taken);
            taken.Add(path);
            Add(path, () => AnswerFile.Write(a), source => AnswerFile.Update(source, a, path));
        }
        Add(GitIgnore, () => GitIgnoreLine + "\n", source => GitIgnoreUpdate(source));

        if (diagnostics.Count == 0) Commit(root, plan);
        return (plan, diagnostics);

        void Add(string rel, Func<string> create, Func<SourceText, FileUpdate> update)
        {
            string full = Path.Combine(root, rel);
            if (!File.Exists(full))
            {
                string content = create();
                plan.Add(new FileWrite(rel, content, WriteAction.Created) { Bytes = SourceText.FromText(content).ToBytes() });
                return;
            }
            var found = new List<Diagnostic>();
            if (SafeFile.Read(full, rel, found) is not { } source)
            {
                diagnostics.AddRange(found);
                return;
            }
            var result = update(source);
            if (!result.Changed)
            {
                plan.Add(new FileWrite(rel, source.Text, WriteAction.Unchanged));
                return;
            }
            if (!force) diagnostics.Add(WouldOverwrite(rel));
            plan.Add(new FileWrite(rel, result.After.Text, WriteAction.Updated) { Bytes = result.After.ToBytes(), Notes = [.. result.Notes] });
        }
    }

    // .gitignore is the user's file: the bank's line is added when missing, nothing else is touched.
    private static FileUpdate GitIgnoreUpdate(SourceText source)
    {
        if (source.Text.Split('\n').Any(l => l.Trim() is GitIgnoreLine or "/" + GitIgnoreLine or ".tellme")) return new FileUpdate(source, source, [], true, []);
        var edits = new EditBuilder(source.Text);
        edits.InsertLines(source.Text.Length, GitIgnoreLine + "\n");
        return new FileUpdate(source, source.Apply(edits.Edits), edits.Edits, true, []);
    }

    // Answers the folder already holds, by key, wherever the user keeps them (only the answers are read). Of
    // two files with one key, the one named after it is the answer, as the loader reads it.
    private static Dictionary<string, string> ExistingAnswerFiles(string root)
    {
        var found = new List<(string Key, string File)>();
        string dir = Path.Combine(root, AnswerFile.Folder);
        if (Directory.Exists(dir))
            foreach (var path in Directory.EnumerateFiles(dir, "*.md").Where(p => !Path.GetFileName(p).StartsWith('.')).Order(StringComparer.Ordinal))
            {
                string rel = $"{AnswerFile.Folder}/{Path.GetFileName(path)}";
                if (SafeFile.ReadText(path, rel, []) is { } text && AnswerFile.Read(text, rel, []) is { } answer) found.Add((answer.Key, rel));
            }
        return found.GroupBy(f => f.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(
            g => g.Key,
            g => g.FirstOrDefault(f => Path.GetFileNameWithoutExtension(f.File) == AnswerFile.Slug(f.Key)).File ?? g.First().File,
            StringComparer.OrdinalIgnoreCase);
    }

    private static Diagnostic WouldOverwrite(string rel) =>
        new(InputCodes.WouldOverwrite, Severity.Error, rel, 1, 1,
            "the file exists with other content and would be overwritten", "pass --force to overwrite, or import into an empty folder");

    private static void Commit(string root, List<FileWrite> plan)
    {
        var transaction = new FileTransaction();
        foreach (var write in plan)
            if (write.Action != WriteAction.Unchanged) transaction.Write(Path.Combine(root, write.RelativePath), write.Bytes);
        transaction.Commit();
    }
}
