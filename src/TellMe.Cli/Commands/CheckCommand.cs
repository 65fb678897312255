using System.CommandLine;
using TellMe.Check;
using TellMe.Cli.Output;
using TellMe.Diagnostics;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme check</c>: diagnostics like a compiler's.</summary>
public static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var bank = BankOption.Create();
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var json = new Option<bool>("--json") { Description = "Same as --format json." };
        var command = new Command("check", """
            Check the bank like a compiler checks code: dangling and broken references, look-alike stories,
            placeholders, empty labels, results without numbers, garbled encoding, answers too long to say,
            and more. Exit code 0: no errors; 1: errors found; 2: the bank could not be read.

            Examples:
              tellme check --bank examples/bank
              tellme check --format sarif > tellme.sarif
            """) { bank, format, json };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(bank)!;
            var loaded = BankOption.Load(terminal, dir);
            if (loaded is null) return ExitCodes.Usage;
            var diagnostics = Checker.Run(loaded, dir.FullName);
            string fmt = parse.GetValue(json) ? "json" : parse.GetValue(format)!;
            switch (fmt)
            {
                case "json": DiagnosticsOutput.JsonArray(terminal, diagnostics); break;
                case "sarif": DiagnosticsOutput.Sarif(terminal, diagnostics); break;
                default: DiagnosticsOutput.Text(terminal, diagnostics, Relative(dir)); break;
            }
            return diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    // Paths print relative to where the user stands when the bank is below it, so editors and terminals can
    // open them; a bank elsewhere prints its full path rather than a chain of '../' that depends on the folder.
    private static string? Relative(DirectoryInfo dir)
    {
        string rel = Path.GetRelativePath(Environment.CurrentDirectory, dir.FullName);
        if (rel == ".") return null;
        return rel == ".." || rel.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(rel) ? dir.FullName : rel;
    }
}
