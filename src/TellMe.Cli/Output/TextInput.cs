using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Cli.Output;

/// <summary>
/// Reads a text file the user names (a job posting, a questions file, a transcript) through the bank's
/// defensive reader (<see cref="SafeFile.ReadText"/>): missing, binary, not UTF-8 or too large gives one clear
/// line and null, never an exception.
/// </summary>
public static class TextInput
{
    /// <summary>The file's text with line ends normalised, or null after saying why it cannot be read.</summary>
    public static string? Read(Terminal terminal, FileInfo file, string what)
    {
        var problems = new List<Diagnostic>();
        string? text = SafeFile.ReadText(file.FullName, file.ToString(), problems);
        if (text is null)
            foreach (var problem in problems)
                terminal.Fail($"the {what} {file}: {problem.Message}{(problem.Hint is { } hint ? $" ({hint})" : "")}");
        return text;
    }
}
