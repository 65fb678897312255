using System.CommandLine;
using Spectre.Console;
using TellMe.Bank.Files;
using TellMe.Check;
using TellMe.Cli.Output;
using TellMe.Diagnostics;
using TellMe.Render.Jekyll;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme build</c>: writes the pages from the bank.</summary>
public static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var bank = BankOption.Create();
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Where to write the pages.", Required = true };
        var target = new Option<string>("--target", "-t") { Description = "What to build.", DefaultValueFactory = _ => "jekyll" };
        target.AcceptOnlyFromAmong("jekyll");
        var json = new Option<bool>("--json") { Description = "Print the written files as JSON." };
        var command = new Command("build", """
            Write the pages from the bank, under the file names and front matter of the pages they were
            imported from (defaults for a new bank). Every page is rendered from the bank's files; all pages are
            written at once or none is.

            Example:
              tellme build --bank examples/bank --out _site_src
            """) { bank, output, target, json };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(bank)!;
            var loaded = BankOption.LoadComplete(terminal, dir, "some bank files could not be read; the pages would miss them, so nothing was built", out int refused);
            if (loaded is null) return refused;
            // A dangling reference would render as an empty entry: report it instead of publishing it.
            var errors = Checker.Run(loaded, dir.FullName).Where(d => d.Severity == Severity.Error).ToList();
            if (errors.Count > 0)
            {
                DiagnosticsOutput.Text(terminal, errors, dir.ToString());
                terminal.Fail("the bank has errors that would break the pages; nothing was built");
                return ExitCodes.Findings;
            }
            var outDir = parse.GetValue(output)!;
            var pages = JekyllSite.Render(loaded);
            try { FileTransaction.WriteAll(outDir.FullName, pages); }
            catch (FileTransactionException ex)
            {
                terminal.Fail(ex.Message);
                return ExitCodes.Findings;
            }
            if (parse.GetValue(json))
                Json.Write(terminal.Out, new BuildJson(outDir.ToString(), [.. pages.Select(p => new BuiltPageJson(p.File, System.Text.Encoding.UTF8.GetByteCount(p.Content)))]));
            else
                foreach (var (file, content) in pages)
                    terminal.Console.MarkupLine($"[green]wrote[/] {Markup.Escape(Path.Combine(outDir.ToString(), file))} ({content.Split('\n').Length} lines)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
