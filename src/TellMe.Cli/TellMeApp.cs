using System.CommandLine;
using TellMe.Cli.Commands;
using TellMe.Cli.Commands.Drill;
using TellMe.Cli.Output;

namespace TellMe.Cli;

/// <summary>The <c>tellme</c> command tree. Tests run it in-process with their own writers.</summary>
public static class TellMeApp
{
    /// <summary>Builds the root command.</summary>
    public static RootCommand Build(Terminal terminal)
    {
        var root = new RootCommand("""
            TellMe keeps your behavioral-interview stories in one git-friendly bank: import your pages, check
            them like code, build them back, match questions to answers, plan a loop, prepare for a job posting,
            drill, and debrief real rounds.
            Run 'tellme COMMAND --help' for a command's options and examples.

            Examples:
              tellme init my-bank
              tellme check --bank my-bank
              tellme drill --bank my-bank
              tellme prep --job posting.md --company Stripe --bank my-bank
            """);
        root.Subcommands.Add(InitCommand.Create(terminal));
        root.Subcommands.Add(ImportCommand.Create(terminal));
        root.Subcommands.Add(CheckCommand.Create(terminal));
        root.Subcommands.Add(FixCommand.Create(terminal));
        root.Subcommands.Add(BuildCommand.Create(terminal));
        root.Subcommands.Add(MatchCommand.Create(terminal));
        root.Subcommands.Add(EvalCommand.Create(terminal));
        root.Subcommands.Add(PlanCommand.Create(terminal));
        root.Subcommands.Add(PrepCommand.Create(terminal));
        root.Subcommands.Add(DebriefCommand.Create(terminal));
        root.Subcommands.Add(DrillCommand.Create(terminal));
        root.Subcommands.Add(FeedbackCommand.Create(terminal));
        root.Subcommands.Add(StatsCommand.Create(terminal));
        root.Subcommands.Add(ServeCommand.Create(terminal));
        return root;
    }

    /// <summary>Parses and runs; parse errors exit 2, unexpected failures exit 2 with one line, not a stack trace.</summary>
    public static int Run(string[] args, Terminal terminal)
    {
        var root = Build(terminal);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) terminal.Fail(error.Message);
            terminal.Error.WriteLine("Run 'tellme --help' (or 'tellme COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = terminal.Out, Error = terminal.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Fail(ex.Message);
            return ExitCodes.Usage;
        }
    }
}
