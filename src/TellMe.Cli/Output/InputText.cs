using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Cli.Output;

/// <summary>
/// Reads a text input of a command (a question list, an evaluation set, an answer, a script; <c>-</c> for
/// standard input) with Core's one reader (<see cref="SafeFile"/>), so every command accepts and refuses the
/// same inputs: UTF-8 with or without a byte-order mark and UTF-16 with one are read; a binary file, invalid
/// UTF-8 or UTF-16 without a byte-order mark is refused with one message, before the command prints anything.
/// </summary>
public static class InputText
{
    /// <summary>The input's text (<c>\n</c> line endings), or null after saying why it cannot be read.</summary>
    public static string? Read(Terminal terminal, string path, string what)
    {
        var diagnostics = new List<Diagnostic>();
        SourceText? text;
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            text = SafeFile.ReadStream(stdin, "standard input", diagnostics);
        }
        else if (!File.Exists(path))
        {
            terminal.Fail($"the {what} '{path}' does not exist");
            return null;
        }
        else text = SafeFile.Read(path, path, diagnostics);
        if (text is not null) return text.Text;
        var d = diagnostics[0];
        string where = path == "-" ? "standard input" : $"'{path}'";
        terminal.Fail($"the {what} {where} cannot be read: {d.Message} (line {d.Line}); {d.Hint}");
        return null;
    }

    /// <summary>The input's lines, as a file's lines are read (a final newline ends the last line, it does not start another).</summary>
    public static string[] Lines(string text)
    {
        if (text.Length == 0) return [];
        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
