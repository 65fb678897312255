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
        var force = new Option<bool>("--force") { Description = "Overwrite bank files that already exist with other content." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON." };
        var command = new Command("import", """
            Import Jekyll pages into a story bank: Leadership-Principles pages, Behavioral-Questions pages and
            company project pages. Each story ID becomes one stories/<ID>.md, each answer one answers/<slug>.md.
            Nothing is overwritten without --force.

            Example:
              tellme import leadership_principles.md behavioral_questions.md --into my-bank
            """) { files, into, force, json };
        command.SetAction(parse => Run(terminal, parse.GetValue(files)!, parse.GetValue(into)!, parse.GetValue(force), parse.GetValue(json)));
        return command;
    }

    private static int Run(Terminal terminal, FileInfo[] files, DirectoryInfo into, bool force, bool json)
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
        var result = PageImport.Import(files.Select(f => f.ToString()), existing);
        if (result.HasErrors)
        {
            if (json) DiagnosticsOutput.JsonArray(terminal, result.Diagnostics);
            else
            {
                DiagnosticsOutput.Text(terminal, result.Diagnostics);
                terminal.Fail("nothing was imported: fix the errors above first");
            }
            return ExitCodes.Usage;
        }
        var (writes, refused) = BankWriter.Write(into.FullName, BankWriter.Render(result.Bank), force);
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
            [.. result.Pages.Select(p => new ImportedPageJson(Path.GetFileName(p.File), SettingsFileKind(p), Entries(p)))],
            bank.Stories.Length,
            bank.Answers.Length,
            principles,
            new ImportFilesJson(
                writes.Count(w => w.Action == WriteAction.Created),
                writes.Count(w => w.Action == WriteAction.Updated),
                writes.Count(w => w.Action == WriteAction.Unchanged)),
            [.. result.Diagnostics.Select(d => d.ToString())],
            new ImportFindingsJson(
                findings.Count(d => d.Severity == Severity.Error),
                findings.Count(d => d.Severity == Severity.Warning),
                findings.Count(d => d.Severity == Severity.Info)));
        if (json)
        {
            Json.Write(terminal.Out, summary);
            return ExitCodes.Ok;
        }
        var console = terminal.Console;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Page").AddColumn("Format").AddColumn(new TableColumn("Entries").RightAligned());
        foreach (var p in summary.Pages) table.AddRow(Markup.Escape(p.File), p.Kind, p.Entries.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
        console.MarkupLine($"Imported [bold]{bank.Stories.Length}[/] stories, [bold]{bank.Answers.Length}[/] answers, [bold]{principles}[/] principles into [bold]{Markup.Escape(into.ToString())}[/]");
        console.MarkupLine($"Files: {summary.Files.Created} created, {summary.Files.Updated} updated, {summary.Files.Unchanged} unchanged");
        if (result.Diagnostics.Count > 0) DiagnosticsOutput.Text(terminal, result.Diagnostics);
        console.MarkupLine($"Check: {summary.CheckFindings.Errors} errors, {summary.CheckFindings.Warnings} warnings, {summary.CheckFindings.Notes} notes. To see them:");
        console.MarkupLine($"  [bold]tellme check --bank {Markup.Escape(into.ToString())}[/]");
        return ExitCodes.Ok;
    }

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
