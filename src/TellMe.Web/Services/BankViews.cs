using System.Collections.Immutable;
using TellMe.Check;
using TellMe.Data;
using TellMe.Diagnostics;
using TellMe.Insights;

namespace TellMe.Web.Services;

/// <summary>The diagnostics of one file, for the dashboard.</summary>
public sealed record FileDiagnostics(string File, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Errors in the file.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Warnings in the file.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>What the pages show of one bank version, computed once per version (the bank is immutable).</summary>
public sealed class BankView
{
    private readonly Lazy<BankSearch> _search;
    private readonly Lazy<ImmutableArray<FileDiagnostics>> _byFile;
    private readonly Lazy<ImmutableArray<CoverageMatrix>> _coverage;
    private readonly Lazy<StoryUsage> _usage;

    internal BankView(BankSnapshot snapshot)
    {
        Snapshot = snapshot;
        _search = new(() => BankSearch.Build(snapshot.Bank));
        _byFile = new(() => [.. snapshot.Diagnostics.GroupBy(d => d.File)
            .Select(g => new FileDiagnostics(g.Key, [.. g]))
            .OrderByDescending(f => f.Errors).ThenByDescending(f => f.Warnings).ThenBy(f => f.File, StringComparer.Ordinal)]);
        _coverage = new(() => [.. snapshot.Bank.Frameworks.Select(f => TellMe.Insights.Coverage.Of(snapshot.Bank, f))]);
        _usage = new(() => StoryUsage.Of(snapshot.Bank));
    }

    /// <summary>Which principles and answers cite each story.</summary>
    public StoryUsage Usage => _usage.Value;

    /// <summary>The bank version.</summary>
    public BankSnapshot Snapshot { get; }

    /// <summary>Search over stories and answers.</summary>
    public BankSearch Search => _search.Value;

    /// <summary>The check's findings grouped by file, files with errors first.</summary>
    public ImmutableArray<FileDiagnostics> DiagnosticsByFile => _byFile.Value;

    /// <summary>The coverage matrix of each framework.</summary>
    public ImmutableArray<CoverageMatrix> Coverage => _coverage.Value;

    /// <summary>The findings of one file.</summary>
    public ImmutableArray<Diagnostic> DiagnosticsOf(string file) =>
        DiagnosticsByFile.FirstOrDefault(f => f.File == file)?.Diagnostics ?? [];
}

/// <summary>The current <see cref="BankView"/>: follows the workspace, and builds a new view only when the bank changed.</summary>
public sealed class BankViews(BankWorkspace workspace)
{
    private BankView? _view;

    /// <summary>The workspace.</summary>
    public BankWorkspace Workspace => workspace;

    /// <summary>The view of the bank as it is now.</summary>
    public BankView Current
    {
        get
        {
            var snapshot = workspace.Current;
            var view = _view;
            if (view is not null && ReferenceEquals(view.Snapshot, snapshot)) return view;
            view = new BankView(snapshot);
            _view = view;
            return view;
        }
    }

    /// <summary>Re-reads the files that changed (after a save of our own) and returns the new view.</summary>
    public BankView Refresh()
    {
        workspace.Refresh();
        return Current;
    }
}
