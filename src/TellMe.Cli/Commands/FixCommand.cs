using System.CommandLine;
using Spectre.Console;
using TellMe.Bank.Files;
using TellMe.Check;
using TellMe.Check.Fixes;
using TellMe.Cli.Output;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme fix</c>: applies the repairs that are certain, lists them, leaves the rest.</summary>
public static class FixCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var bank = BankOption.Create();
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Show what would change without writing." };
        var json = new Option<bool>("--json") { Description = "Print the changes as JSON." };
        var command = new Command("fix", $"""
            Apply the fixes that are safe: {string.Join(", ", Fixer.Fixes.Select(f => f.Code))} (encoding repair, a
            reference whose story is certain, a label missing its colon). Each fix edits only the lines it lists:
            comments, blank lines, list numbers, HTML and everything else in the files stay as they are. All files
            are written at once or none is; what is not certain stays for you, listed by `tellme check`.

            Example:
              tellme fix --bank examples/bank --dry-run
            """) { bank, dryRun, json };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(bank)!;
            var loaded = BankOption.LoadComplete(terminal, dir, "the bank has files that could not be read; fix those first (nothing was changed)", out int refused);
            if (loaded is null) return refused;
            var editor = BankEditor.Open(dir.FullName, loaded);
            var changes = Fixer.Apply(editor);
            var files = editor.Changed.Select(c => c.File).ToList();
            bool write = !parse.GetValue(dryRun) && files.Count > 0;
            if (write)
            {
                try { editor.Commit(); }
                catch (FileTransactionException ex)
                {
                    terminal.Fail(ex.Message);
                    return ExitCodes.Findings;
                }
            }
            var remaining = write ? Checker.Run(TellMe.Bank.BankLoader.Load(dir.FullName), dir.FullName) : Checker.Run(editor.Bank);
            if (parse.GetValue(json))
            {
                Json.Write(terminal.Out, new FixJson(!parse.GetValue(dryRun), [.. changes], files, remaining.Count));
                return ExitCodes.Ok;
            }
            if (changes.Count == 0) terminal.Console.MarkupLine("[green]Nothing to fix safely.[/]");
            else
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumn("Where").AddColumn("Rule").AddColumn("Change");
                foreach (var c in changes) table.AddRow(Markup.Escape($"{c.File}:{c.Line}"), c.Code, Markup.Escape(c.Description));
                terminal.Console.Write(table);
                string made = changes.Count == 1 ? "1 change" : $"{changes.Count} changes";
                terminal.Console.MarkupLine(parse.GetValue(dryRun) ? $"{made} would be made (dry run)." : $"[green]{made} made.[/]");
            }
            terminal.Console.MarkupLine($"{(remaining.Count == 1 ? "1 finding remains" : $"{remaining.Count} findings remain")} for you: run [bold]tellme check[/].");
            return ExitCodes.Ok;
        });
        return command;
    }
}
