using System.Collections.Concurrent;
using TellMe.Bank;
using TellMe.Diagnostics;

namespace TellMe.Check;

/// <summary>
/// What a rule sees: the bank, the check settings, and a way to report. Reports may name the text they are
/// about, and the context turns that into a column by looking at the file's line when the bank has a folder.
/// Rules run in parallel over the immutable bank, so reporting is thread-safe and columns are resolved once
/// all rules are done.
/// </summary>
public sealed class CheckContext
{
    private readonly ConcurrentQueue<(Diagnostic Diagnostic, string? Needle)> _reports = new();
    private readonly string? _root;
    private readonly Lazy<IReadOnlyList<TextAt>> _texts;

    /// <summary>Creates a context over a bank; <paramref name="root"/> (the bank folder) enables columns.</summary>
    public CheckContext(StoryBank bank, string? root = null)
    {
        Bank = bank;
        _root = root;
        Usage = StoryUsage.Of(bank);
        _texts = new Lazy<IReadOnlyList<TextAt>>(() => [.. BankText.All(bank)], LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The bank being checked.</summary>
    public StoryBank Bank { get; }

    /// <summary>The thresholds.</summary>
    public CheckSettings Settings => Bank.Settings.Check;

    /// <summary>Where each story is cited, computed once for every rule.</summary>
    public StoryUsage Usage { get; }

    /// <summary>All the bank's text with where it is written, gathered once for every text rule.</summary>
    public IReadOnlyList<TextAt> Texts => _texts.Value;

    /// <summary>What was reported, with columns resolved from the files.</summary>
    public IReadOnlyList<Diagnostic> Found
    {
        get
        {
            var lines = new Dictionary<string, string[]?>(StringComparer.Ordinal);
            return [.. _reports.Select(r => r.Needle is null ? r.Diagnostic : r.Diagnostic with { Column = Column(lines, r.Diagnostic.File, r.Diagnostic.Line, r.Needle) })];
        }
    }

    /// <summary>Reports a finding of <paramref name="rule"/>; <paramref name="needle"/> locates the column.</summary>
    public void Report(ICheckRule rule, string file, int line, string message, string? hint = null, string? needle = null)
    {
        if (Settings.Disabled.Contains(rule.Code)) return;
        _reports.Enqueue((new Diagnostic(rule.Code, rule.Severity, file, Math.Max(line, 1), 1, message, hint), needle));
    }

    private int Column(Dictionary<string, string[]?> cache, string file, int line, string needle)
    {
        if (_root is null || line < 1) return 1;
        if (!cache.TryGetValue(file, out var lines))
        {
            // Read as the bank loader reads it (encoding, line endings), so columns count the same characters.
            lines = TellMe.Bank.Files.SafeFile.ReadText(Path.Combine(_root, file), file, new List<Diagnostic>())?.Split('\n');
            cache[file] = lines;
        }
        if (lines is null || line > lines.Length) return 1;
        int at = lines[line - 1].IndexOf(needle.Split('\n')[0], StringComparison.Ordinal);
        return at < 0 ? 1 : at + 1;
    }
}
