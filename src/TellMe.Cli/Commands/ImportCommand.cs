using System.CommandLine;
using Spectre.Console;
using TellMe.Bank;
using TellMe.Check;
using TellMe.Cli.Output;
using TellMe.Diagnostics;
using TellMe.Import;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme import FILE... --into DIR</c>: reads the user's pages into a bank.</summary>
public static class ImportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Pages to import (format recognised from the content).", Arity = ArgumentArity.OneOrMore };
        var into = new Option<DirectoryInfo>("--into", "-o") { Description = "The bank folder to write (created if missing).", Required = true };
        var force = new Option<bool>("--force") { Description = "Update bank files that already exist with other content (never dropping text only the bank has)." };
        var prune = new Option<bool>("--prune") { Description = "With --force: let the pages' version replace text that only the bank has." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON." };
        var command = new Command("import", """
            Import Jekyll pages into a story bank: Leadership-Principles pages, Behavioral-Questions pages and
            company project pages, written as headings with bullets, HTML Key/Value tables or Markdown pipe
            tables (the kind and the layout are recognised from the content). Each story ID becomes one
            stories/<ID>.md, each answer one answers/<slug>.md, and each page remembers its layout so that
            `tellme build` writes it back as it was. A page that cannot be read is reported and the others are
            still imported (exit 1). Into an existing bank, only what changed is edited in its file (your
            comments and layout stay); nothing is changed without --force, and --force never drops text that
            only the bank has unless --prune is given too. All files are written at once or none is.

            Examples:
              tellme import leadership_principles.md behavioral_questions.md --into my-bank
              tellme import behavioral_questions.md --into my-bank --force
            """) { files, into, force, prune, json };
        command.SetAction(parse => Run(terminal, parse.GetValue(files)!, parse.GetValue(into)!, parse.GetValue(force), parse.GetValue(prune), parse.GetValue(json)));
        return command;
    }

    private static int Run(Terminal terminal, FileInfo[] files, DirectoryInfo into, bool force, bool prune, bool json)
    {
        StoryBank existing = StoryBank.Empty;
        if (BankLoader.IsBank(into.FullName))
        {
            existing = BankLoader.Load(into.FullName);
            if (existing.LoadDiagnostics.Any(d => d.Severity == Severity.Error))
            {
                terminal.Fail($"the bank in '{into}' has errors; fix them before importing into it");
                DiagnosticsOutput.Text(terminal, existing.LoadDiagnostics, into.ToString());
                return ExitCodes.Usage;
            }
        }
        var result = PageImport.Import(files.Select(f => f.ToString()), existing, new ImportOptions { Prune = prune });
        if (result.Pages.Count == 0)
        {
            if (json) DiagnosticsOutput.JsonArray(terminal, result.Diagnostics);
            else
            {
                DiagnosticsOutput.Text(terminal, result.Diagnostics);
                terminal.Fail("nothing was imported: no page could be read as an interview page");
            }
            return ExitCodes.Usage;
        }
        // --force updates what the pages tell; it never silently drops what only the bank has.
        if (force && !prune && BankDrops.Find(existing, result.Bank) is { Count: > 0 } drops)
        {
            if (json) DiagnosticsOutput.JsonArray(terminal, drops);
            else
            {
                DiagnosticsOutput.Text(terminal, drops, into.ToString());
                terminal.Fail($"nothing was written: the import would drop {drops.Count} piece(s) of text that only the bank has (add --prune to drop them)");
            }
            return ExitCodes.Usage;
        }
        IReadOnlyList<FileWrite> writes;
        IReadOnlyList<Diagnostic> refused;
        try { (writes, refused) = BankWriter.Write(into.FullName, result.Bank, force); }
        catch (TellMe.Bank.Files.FileTransactionException ex)
        {
            terminal.Fail(ex.Message);
            return ExitCodes.Findings;
        }
        if (refused.Count > 0)
        {
            if (json) DiagnosticsOutput.JsonArray(terminal, refused);
            else
            {
                DiagnosticsOutput.Text(terminal, refused, into.ToString());
                terminal.Fail($"nothing was written: {refused.Count} file(s) in '{into}' would be overwritten (use --force)");
            }
            return ExitCodes.Usage;
        }
        var findings = Checker.Run(BankLoader.Load(into.FullName), into.FullName);
        var bank = result.Bank;
        int principles = bank.Frameworks.Sum(f => f.Principles.Length);
        var summary = new ImportJson(
            into.ToString(),
            [.. result.Pages.Select(p => new ImportedPageJson(Path.GetFileName(p.File), SettingsFileKind(p), LayoutName(p), Entries(p)))],
            bank.Stories.Length,
            bank.Answers.Length,
            principles,
            new ImportFilesJson(
                writes.Count(w => w.Action == WriteAction.Created),
                writes.Count(w => w.Action == WriteAction.Updated),
                writes.Count(w => w.Action == WriteAction.Unchanged)),
            [.. result.Diagnostics.Select(d => d.ToString())],
            [.. result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.File).Distinct()],
            new ImportFindingsJson(
                findings.Count(d => d.Severity == Severity.Error),
                findings.Count(d => d.Severity == Severity.Warning),
                findings.Count(d => d.Severity == Severity.Info)),
            writes.Any(w => !w.Notes.IsEmpty) ? [.. writes.SelectMany(w => w.Notes.Select(n => $"{w.RelativePath}: {n}"))] : null);
        // Some pages imported and some not: the work is done, and the exit code says it is partial.
        int exit = result.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
        if (json)
        {
            Json.Write(terminal.Out, summary);
            return exit;
        }
        var console = terminal.Console;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Page").AddColumn("Format").AddColumn("Layout").AddColumn(new TableColumn("Entries").RightAligned());
        foreach (var p in summary.Pages) table.AddRow(Markup.Escape(p.File), p.Kind, p.Layout, p.Entries.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        console.MarkupLine($"Imported [bold]{bank.Stories.Length}[/] stories, [bold]{bank.Answers.Length}[/] answers, [bold]{principles}[/] principles into [bold]{Markup.Escape(into.ToString())}[/]");
        console.MarkupLine($"Files: {summary.Files.Created} created, {summary.Files.Updated} updated, {summary.Files.Unchanged} unchanged");
        foreach (var w in writes)
            foreach (var note in w.Notes) terminal.Fail($"warning: {w.RelativePath}: {note}");
        if (result.Diagnostics.Count > 0) DiagnosticsOutput.Text(terminal, result.Diagnostics);
        console.MarkupLine($"Check: {summary.CheckFindings.Errors} errors, {summary.CheckFindings.Warnings} warnings, {summary.CheckFindings.Notes} notes. To see them:");
        console.MarkupLine($"  [bold]tellme check --bank {Markup.Escape(into.ToString())}[/]");
        if (summary.Unreadable.Count > 0)
            terminal.Fail($"{summary.Unreadable.Count} page(s) could not be read and were not imported: {string.Join(", ", summary.Unreadable)}; the other pages were");
        return exit;
    }

    private static string LayoutName(ImportedPage page) => page.Settings.EffectiveLayout.Kind switch
    {
        LayoutKind.Headings => "headings",
        LayoutKind.HtmlTable => "HTML table",
        LayoutKind.Bullets => "bullets",
        _ => "pipe table",
    };

    private static string SettingsFileKind(ImportedPage page) => page switch
    {
        ImportedPrinciplesPage => "leadership principles",
        ImportedQuestionsPage => "behavioral questions",
        _ => "projects",
    };

    private static int Entries(ImportedPage page) => page switch
    {
        ImportedPrinciplesPage lp => lp.Principles.Length,
        ImportedQuestionsPage bq => bq.Answers.Length,
        ImportedProjectsPage pp => pp.Tellings.Length,
        _ => 0,
    };
}
