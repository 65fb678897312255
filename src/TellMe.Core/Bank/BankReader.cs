using System.Diagnostics;
using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Bank;

/// <summary>What one <see cref="BankReader.Load"/> did: how many bank files it saw and how many it had to parse.</summary>
/// <param name="Files">Story, answer and framework files in the bank.</param>
/// <param name="Parsed">Of which parsed on this load (new or changed since the previous load).</param>
/// <param name="Elapsed">Wall time of the load.</param>
/// <param name="Changed">False when nothing at all differs from the previous load (no file new, changed or gone).</param>
public sealed record BankReadStats(int Files, int Parsed, TimeSpan Elapsed, bool Changed = true);

/// <summary>
/// Reads a bank folder again and again, parsing only what changed. A long-running program (<c>tellme serve</c>)
/// keeps one reader per bank: each <see cref="Load"/> lists the folders, reuses the parse of every file whose size
/// and modification time are those of the last load, parses the rest in parallel, and assembles a new immutable
/// <see cref="StoryBank"/> exactly as a full load would (same order, same diagnostics). On a 10,000-story bank an
/// edit to one file costs the listing and the assembly, not 20,000 parses.
/// </summary>
/// <remarks>Not thread-safe: one load at a time (the caller serialises reloads).</remarks>
public sealed class BankReader
{
    private sealed record Parsed(long Length, DateTime Written, object? Value, IReadOnlyList<Diagnostic> Found);

    private Dictionary<string, Parsed> _cache = new(StringComparer.Ordinal);
    private (long, DateTime, long, DateTime)? _smallFiles;

    /// <summary>A reader of the bank at <paramref name="root"/>.</summary>
    public BankReader(string root)
    {
        _given = root;
        Root = Path.GetFullPath(root);
    }

    // The folder as the caller named it, for messages.
    private readonly string _given;

    /// <summary>The bank folder (absolute).</summary>
    public string Root { get; }

    /// <summary>
    /// When true, a bank file that is a symbolic link whose target lies outside <see cref="Root"/> is not read: it is
    /// reported (TM101) and left out. A server sets this so that no page can show a file from outside the bank.
    /// </summary>
    public bool ConfineToRoot { get; init; }

    /// <summary>What the last load did.</summary>
    public BankReadStats LastLoad { get; private set; } = new(0, 0, TimeSpan.Zero);

    /// <summary>Loads the bank, re-parsing only files that are new or changed since the previous load.</summary>
    public StoryBank Load()
    {
        var watch = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var settings = BankLoader.ReadSettings(_given, diagnostics);
        if (settings is null)
        {
            _cache.Clear();
            LastLoad = new BankReadStats(0, 0, watch.Elapsed);
            return new StoryBank(new BankSettings(), [], [], [], diagnostics);
        }
        var next = new Dictionary<string, Parsed>(StringComparer.Ordinal);
        int parsed = 0, files = 0;
        var stories = Read(StoryFile.Folder, "*.md", StoryFile.Read, next, ref parsed, ref files);
        var answers = Read(AnswerFile.Folder, "*.md", AnswerFile.Read, next, ref parsed, ref files);
        var frameworks = Read(FrameworkFile.Folder, "*.yaml", FrameworkFile.Read, next, ref parsed, ref files);
        bool changed = parsed > 0 || next.Count != _cache.Count || _smallFiles != SmallFiles();
        _smallFiles = SmallFiles();
        _cache = next;
        var taught = BankLoader.ReadTaught(Root, diagnostics);
        var bank = BankLoader.Assemble(settings, diagnostics, stories, answers, frameworks, taught);
        LastLoad = new BankReadStats(files, parsed, watch.Elapsed, changed);
        return bank;
    }

    // tellme.yaml and questions.yaml are read on every load (they are small); their stamps say whether they changed.
    private (long, DateTime, long, DateTime) SmallFiles()
    {
        var settings = new FileInfo(Path.Combine(Root, SettingsFile.Name));
        var questions = new FileInfo(Path.Combine(Root, QuestionsFile.Name));
        return (settings.Exists ? settings.Length : -1, settings.Exists ? settings.LastWriteTimeUtc : default,
            questions.Exists ? questions.Length : -1, questions.Exists ? questions.LastWriteTimeUtc : default);
    }

    private (string Name, T? Value, IReadOnlyList<Diagnostic> Found)[] Read<T>(string folder, string pattern,
        Func<string, string, List<Diagnostic>, T?> parse, Dictionary<string, Parsed> next, ref int parsed, ref int count) where T : class
    {
        var files = List(folder, pattern);
        var results = new (string Name, T? Value, IReadOnlyList<Diagnostic> Found)[files.Count];
        var todo = new List<int>();
        for (int i = 0; i < files.Count; i++)
        {
            var (info, name) = files[i];
            if (_cache.TryGetValue(name, out var old) && old.Length == info.Length && old.Written == info.LastWriteTimeUtc)
            {
                results[i] = (name, (T?)old.Value, old.Found);
                next[name] = old;
            }
            else todo.Add(i);
        }
        // Files are parsed in parallel (a first load of 10,000 stories keeps both cores busy).
        var fresh = new Parsed[todo.Count];
        Parallel.For(0, todo.Count, k =>
        {
            var (info, name) = files[todo[k]];
            var found = new List<Diagnostic>();
            T? value = null;
            if (ConfineToRoot && OutsideRoot(info) is { } target)
                found.Add(new Diagnostic(InputCodes.Unreadable, Severity.Error, name, 1, 1,
                    $"the file is a link to {target}, outside the bank; it is not read here", "copy the file into the bank instead of linking to it"));
            else if (SafeFile.ReadText(info.FullName, name, found) is { } text) value = parse(text, name, found);
            fresh[k] = new Parsed(info.Length, info.LastWriteTimeUtc, value, found);
        });
        for (int k = 0; k < todo.Count; k++)
        {
            string name = files[todo[k]].Name;
            results[todo[k]] = (name, (T?)fresh[k].Value, fresh[k].Found);
            next[name] = fresh[k];
        }
        parsed += todo.Count;
        count += files.Count;
        return results;
    }

    /// <summary>The final target of a link when it is outside the bank, else null.</summary>
    private string? OutsideRoot(FileInfo info)
    {
        if (info.LinkTarget is null) return null;
        string target;
        try { target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.LinkTarget; }
        catch (IOException) { return info.LinkTarget; }
        return BankPaths.IsInside(Root, target) ? null : target;
    }

    // Files in a stable order so that diagnostics come out the same on every machine.
    private List<(FileInfo Info, string Name)> List(string folder, string pattern)
    {
        var dir = new DirectoryInfo(Path.Combine(Root, folder));
        if (!dir.Exists) return [];
        return [.. dir.EnumerateFiles(pattern)
            .Where(f => !f.Name.StartsWith('.'))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => (f, $"{folder}/{f.Name}"))];
    }
}
