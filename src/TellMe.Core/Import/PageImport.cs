using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Import;

/// <summary>What an import produced: the bank, what went wrong, and counts for the summary.</summary>
public sealed record ImportResult(StoryBank Bank, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ImportedPage> Pages)
{
    /// <summary>True when some file could not be read at all.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// The import pipeline: read each file safely, find the importer that recognises it, then assemble one bank.
/// </summary>
public static class PageImport
{
    /// <summary>The importers, most specific first.</summary>
    public static IReadOnlyList<IPageImporter> Importers { get; } =
        [new ProjectsPageImporter(), new LeadershipPrinciplesImporter(), new BehavioralQuestionsImporter()];

    /// <summary>Imports files (paths as given on the command line) into a bank on top of <paramref name="existing"/>.</summary>
    public static ImportResult Import(IEnumerable<string> paths, StoryBank? existing = null)
    {
        var diagnostics = new List<Diagnostic>();
        var pages = new List<ImportedPage>();
        foreach (var path in paths)
        {
            string display = path;
            if (SafeFile.ReadText(path, display, diagnostics) is not { } text) continue;
            if (ReadPage(text, display, diagnostics) is { } page) pages.Add(page);
        }
        var bank = new BankAssembler().Assemble(pages, existing ?? StoryBank.Empty);
        return new ImportResult(bank, diagnostics, pages);
    }

    /// <summary>Reads one page's text with the importer that recognises it.</summary>
    public static ImportedPage? ReadPage(string text, string file, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new Diagnostic(InputCodes.UnknownFormat, Severity.Error, file, 1, 1, "the file is empty", "give a Leadership-Principles, Behavioral-Questions or projects page"));
            return null;
        }
        var importer = Importers.FirstOrDefault(i => i.Recognises(text));
        if (importer is null)
        {
            diagnostics.Add(new Diagnostic(InputCodes.UnknownFormat, Severity.Error, file, 1, 1,
                "not a page format TellMe knows",
                "TellMe reads Leadership-Principles pages (## N. Name + **Value:**/**Project:** bullets), Behavioral-Questions pages (an HTML Key/Value table) and project pages (## Projects + tables)"));
            return null;
        }
        return importer.Read(text, file, diagnostics);
    }
}
