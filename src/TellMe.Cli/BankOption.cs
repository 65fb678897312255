using System.CommandLine;
using TellMe.Bank;
using TellMe.Cli.Output;

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

    /// <summary>Loads the bank, or explains why it cannot and returns null.</summary>
    public static StoryBank? Load(Terminal terminal, DirectoryInfo dir)
    {
        if (!dir.Exists)
        {
            terminal.Fail($"the bank folder '{dir.FullName}' does not exist");
            return null;
        }
        if (!BankLoader.IsBank(dir.FullName))
        {
            terminal.Fail($"'{dir.FullName}' is not a TellMe bank (no tellme.yaml). Run `tellme init {dir}` or pass --bank DIR.");
            return null;
        }
        return BankLoader.Load(dir.FullName);
    }
}
