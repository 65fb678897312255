using System.CommandLine;
using TellMe.Bank;
using TellMe.Cli.Output;
using TellMe.Data;

namespace TellMe.Cli;

/// <summary>The <c>--bank DIR</c> option every command shares, and loading the bank it names.</summary>
public static class BankOption
{
    /// <summary>Creates the option (default: the current folder).</summary>
    public static Option<DirectoryInfo> Create() => new("--bank", "-b")
    {
        Description = "The bank folder (the one with tellme.yaml). Default: the current folder.",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    /// <summary>Loads the bank (through <see cref="BankWorkspace"/>, as the web app does), or explains why it cannot and returns null.</summary>
    public static StoryBank? Load(Terminal terminal, DirectoryInfo dir)
    {
        if (BankWorkspace.Problem(dir.ToString()) is { } problem)
        {
            terminal.Fail(problem);
            return null;
        }
        using var workspace = BankWorkspace.Open(dir.FullName);
        return workspace.Current.Bank;
    }

    /// <summary>
    /// Loads a bank for a command that would lose data if some files were unreadable (fix rewrites files,
    /// build would drop stories): such a bank is reported and null returned, with <paramref name="exitCode"/>.
    /// </summary>
    public static StoryBank? LoadComplete(Terminal terminal, DirectoryInfo dir, string refusal, out int exitCode)
    {
        exitCode = ExitCodes.Usage;
        var bank = Load(terminal, dir);
        if (bank is null) return null;
        if (bank.LoadDiagnostics.Any(d => d.Severity == TellMe.Diagnostics.Severity.Error))
        {
            DiagnosticsOutput.Text(terminal, bank.LoadDiagnostics, dir.ToString());
            terminal.Fail(refusal);
            exitCode = ExitCodes.Findings;
            return null;
        }
        exitCode = ExitCodes.Ok;
        return bank;
    }
}
