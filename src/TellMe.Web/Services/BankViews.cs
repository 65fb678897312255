using System.Collections.Immutable;
using TellMe.Check;
using TellMe.Data;
using TellMe.Diagnostics;
using TellMe.Insights;

namespace TellMe.Web.Services;

/// <summary>The diagnostics of one file, for the dashboard.</summary>
public sealed record FileDiagnostics(string File, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Errors in the file (counted once: the dashboard sums them over every file on each request).</summary>
    public int Errors { get; } = Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Warnings in the file.</summary>
    public int Warnings { get; } = Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>How many findings of each kind the check reported, over all files.</summary>
public readonly record struct DiagnosticTotals(int Errors, int Warnings, int Files);

/// <summary>What the pages show of one bank version, computed once per version (the bank is immutable).</summary>
public sealed class BankView
{
    private readonly Lazy<BankSearch> _search;
    private readonly Lazy<ImmutableArray<FileDiagnostics>> _byFile;
    private readonly Lazy<ImmutableArray<CoverageMatrix>> _coverage;
    private readonly Lazy<ImmutableArray<Microsoft.AspNetCore.Html.IHtmlContent>> _coverageHtml;
    private readonly Lazy<StoryUsage> _usage;
    private readonly Lazy<Dictionary<string, FileDiagnostics>> _fileIndex;
    private readonly Lazy<DiagnosticTotals> _totals;

    internal BankView(BankSnapshot snapshot)
    {
        Snapshot = snapshot;
        _search = new(() => BankSearch.Build(snapshot.Bank));
        _byFile = new(() => [.. snapshot.Diagnostics.GroupBy(d => d.File)
            .Select(g => new FileDiagnostics(g.Key, [.. g]))
            .OrderByDescending(f => f.Errors).ThenByDescending(f => f.Warnings).ThenBy(f => f.File, StringComparer.Ordinal)]);
        _coverage = new(() => [.. snapshot.Bank.Frameworks.Select(f => TellMe.Insights.Coverage.Of(snapshot.Bank, f))]);
        _usage = new(() => StoryUsage.Of(snapshot.Bank));
        _coverageHtml = new(() => [.. Coverage.Select(Html.CoverageHtml.Table)]);
        _fileIndex = new(() => DiagnosticsByFile.ToDictionary(f => f.File, StringComparer.Ordinal));
        _totals = new(() =>
        {
            int errors = 0, warnings = 0;
            foreach (var f in DiagnosticsByFile) (errors, warnings) = (errors + f.Errors, warnings + f.Warnings);
            return new DiagnosticTotals(errors, warnings, DiagnosticsByFile.Length);
        });
    }

    /// <summary>Which principles and answers cite each story.</summary>
    public StoryUsage Usage => _usage.Value;

    /// <summary>The bank version.</summary>
    public BankSnapshot Snapshot { get; }

    /// <summary>Search over stories and answers.</summary>
    public BankSearch Search => _search.Value;

    /// <summary>True once the check has run for this version (it runs in the background when the bank changes).</summary>
    public bool DiagnosticsReady => _byFile.IsValueCreated;

    /// <summary>Computes what every page needs, so that the first request after a change does not wait for it all.</summary>
    internal void Warm()
    {
        _ = Snapshot.Deck;
        _ = DiagnosticsByFile;
        _ = Totals;
        _ = Search;
        _ = Usage;
        _ = CoverageHtml;
    }

    /// <summary>The check's findings grouped by file, files with errors first.</summary>
    public ImmutableArray<FileDiagnostics> DiagnosticsByFile => _byFile.Value;

    /// <summary>The check's findings counted over all files (the dashboard's tile), summed once per version.</summary>
    public DiagnosticTotals Totals => _totals.Value;

    /// <summary>The heatmap of each framework as HTML, in the order of <see cref="Coverage"/>.</summary>
    public ImmutableArray<Microsoft.AspNetCore.Html.IHtmlContent> CoverageHtml => _coverageHtml.Value;

    /// <summary>The coverage matrix of each framework.</summary>
    public ImmutableArray<CoverageMatrix> Coverage => _coverage.Value;

    /// <summary>The findings of one file.</summary>
    public ImmutableArray<Diagnostic> DiagnosticsOf(string file) =>
        _fileIndex.Value.TryGetValue(file, out var found) ? found.Diagnostics : [];
}

/// <summary>The current <see cref="BankView"/>: follows the workspace, and builds a new view only when the bank changed.</summary>
public sealed class BankViews(BankWorkspace workspace)
{
    private readonly Lock _lock = new();
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
            lock (_lock)
            {
                if (_view is { } again && ReferenceEquals(again.Snapshot, snapshot)) return again;
                view = new BankView(snapshot);
                _view = view;
            }
            // The check and the indexes of a new version are computed off the request path; a page that needs them
            // before they are done waits for the same computation (Lazy), never starts a second one.
            _ = Task.Run(view.Warm);
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
