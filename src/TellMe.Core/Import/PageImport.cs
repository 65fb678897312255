using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Import.Layouts;
using TellMe.Pages;

namespace TellMe.Import;

/// <summary>What an import produced: the bank, what went wrong, and counts for the summary.</summary>
public sealed record ImportResult(StoryBank Bank, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ImportedPage> Pages)
{
    /// <summary>True when some file could not be read at all.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>How an import treats what only the existing bank has.</summary>
public sealed record ImportOptions
{
    /// <summary>
    /// Make the bank say exactly what the pages say: sections, answers and entries that only the bank has are
    /// dropped where the pages tell the same story. Without it they are kept.
    /// </summary>
    public bool Prune { get; init; }
}

/// <summary>
/// The import pipeline: read each file safely, read it in every layout, let the importer that recognises the
/// content read it, assemble one bank, then measure how each page will be built back. A page that cannot be
/// read is reported and the others are still imported.
/// </summary>
public static partial class PageImport
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex RuleRow();

    /// <summary>
    /// The layout readers. The readers of pages that list stories come first: they read a page only when its
    /// headings or bullets are story heads, and then they, not the general headings reader, know where the stories
    /// end and the page's other sections begin.
    /// </summary>
    public static IReadOnlyList<ILayoutReader> Readers { get; } =
        [new StoryHeadingsReader(), new StoryBulletsReader(), new HeadingsReader(), new HtmlTableReader(), new PipeTableReader()];

    /// <summary>The importers, most specific first: principle names beat story tables, which beat answers.</summary>
    public static IReadOnlyList<IPageImporter> Importers { get; } =
        [new LeadershipPrinciplesImporter(), new ProjectsPageImporter(), new BehavioralQuestionsImporter()];

    /// <summary>The layouts TellMe reads, for messages about a page it cannot read.</summary>
    public const string LayoutsHint =
        "TellMe reads Leadership-Principles, Behavioral-Questions and project pages written as headings with bullets " +
        "('## Key' then '- **Label:** …' or '- Label: …'), as HTML Key/Value tables ('<tr><td>Key</td><td><ul><li>…'), " +
        "or as Markdown pipe tables ('| Key | Value |', lines split by <br>); project pages also as one heading or bullet " +
        "per story ('### CR1. Title' or '- **CR1. Title**', STAR points under it)";

    /// <summary>Imports files (paths as given on the command line) into a bank on top of <paramref name="existing"/>.</summary>
    public static ImportResult Import(IEnumerable<string> paths, StoryBank? existing = null, ImportOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var pages = new List<ImportedPage>();
        foreach (var path in paths)
        {
            if (PageSource.Read(path, path, diagnostics) is not { } source) continue;
            if (ReadPage(source, diagnostics) is { } page) pages.Add(page);
        }
        var bank = new BankAssembler(options ?? new ImportOptions()).Assemble(pages, existing ?? StoryBank.Empty, diagnostics);
        bank = PageDrift.Record(bank, pages, diagnostics);
        return new ImportResult(bank, diagnostics, pages);
    }

    /// <summary>Reads one page's text with the importer that recognises it.</summary>
    public static ImportedPage? ReadPage(string text, string file, List<Diagnostic> diagnostics) =>
        PageSource.FromText(text, file, diagnostics) is { } source ? ReadPage(source, diagnostics) : null;

    /// <summary>
    /// Reads a page in every layout and gives it to the first importer that recognises one of the trees. A page
    /// with Key/Value entries of no known kind is skipped with a note; a page with none cannot be read.
    /// </summary>
    public static ImportedPage? ReadPage(PageSource source, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(source.Text))
        {
            diagnostics.Add(new Diagnostic(InputCodes.UnknownFormat, Severity.Error, source.File, 1, 1, "the file is empty", LayoutsHint));
            return null;
        }
        var trees = new List<(KvDocument Document, List<Diagnostic> Found)>();
        var failures = new List<Diagnostic>();
        foreach (var reader in Readers)
        {
            var found = new List<Diagnostic>();
            if (reader.Read(source, found) is { } document) trees.Add((document, found));
            else failures.AddRange(found);
        }
        foreach (var importer in Importers)
            foreach (var (document, found) in trees)
            {
                if (!importer.Recognises(document)) continue;
                var read = new List<Diagnostic>(found);
                var page = importer.Read(document, source, read);
                diagnostics.AddRange(read);
                return page;
            }
        if (failures.Any(d => d.Severity == Severity.Error))
        {
            // The page is not imported; the others still are. Say what is broken and what TellMe reads.
            diagnostics.AddRange(failures.Where(d => d.Severity == Severity.Error).Select(d => d with { Hint = $"{d.Hint}; {LayoutsHint}" }));
            return null;
        }
        if (trees.Count > 0 || source.Body.Contains("<table", StringComparison.OrdinalIgnoreCase) || RuleRow().IsMatch(source.Body))
        {
            int entries = trees.Sum(t => t.Document.Entries.Count());
            diagnostics.Add(new Diagnostic(InputCodes.NotInterviewPage, Severity.Info, source.File, FirstLine(trees, source), 1,
                entries > 0
                    ? $"not an interview page: skipped ({entries} Key/Value entries, but no principles, stories or answers that tell one)"
                    : "not an interview page: skipped (no Key/Value table of two columns)",
                "TellMe imports Leadership-Principles, Behavioral-Questions and project pages; this one is left as it is"));
            return null;
        }
        diagnostics.Add(new Diagnostic(InputCodes.UnknownFormat, Severity.Error, source.File, source.BodyLine, 1,
            "TellMe cannot read this page: it has no Key/Value entries", LayoutsHint));
        return null;
    }

    private static int FirstLine(List<(KvDocument Document, List<Diagnostic> Found)> trees, PageSource source) =>
        trees.SelectMany(t => t.Document.Entries).Select(e => e.Line).Where(l => l > 0).DefaultIfEmpty(source.BodyLine).Min();
}
