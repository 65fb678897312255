using System.Text;
using Spectre.Console;

namespace TellMe.Cli.Output;

/// <summary>
/// Reads a line the user types on the terminal, key by key through <see cref="Terminal.Input"/> (Spectre's input
/// abstraction, as the drill reads its keys), echoing what is typed: Enter ends the line, Backspace takes back a
/// character, Ctrl+D or Esc on an empty line ends the input. A test drives it with <c>TestConsole</c>'s keys, and
/// the real terminal through a pseudo-terminal.
/// </summary>
public sealed class LineInput(IAnsiConsole console, IAnsiConsoleInput input)
{
    /// <summary>A reader over a terminal's console and input.</summary>
    public LineInput(Terminal terminal) : this(terminal.Console, terminal.Input)
    {
    }

    /// <summary>Shows the prompt (markup) and reads one line; null when the input ended (Ctrl+D, Esc, or no more keys).</summary>
    public string? Ask(string promptMarkup)
    {
        console.Markup(promptMarkup);
        var line = new StringBuilder();
        while (true)
        {
            if (input.ReadKey(intercept: true) is not { } key)
            {
                console.WriteLine();
                return null;
            }
            if (key.Key == ConsoleKey.Enter || key.KeyChar is '\r' or '\n')
            {
                console.WriteLine();
                return line.ToString();
            }
            if (line.Length == 0 && (key.Key == ConsoleKey.Escape || key.KeyChar == '\u0004' || (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.D)))
            {
                console.WriteLine();
                return null;
            }
            if (key.Key == ConsoleKey.Backspace || key.KeyChar is '\b' or '\u007f')
            {
                if (line.Length == 0) continue;
                line.Length--;
                console.Write("\b \b");
            }
            else if (!char.IsControl(key.KeyChar))
            {
                line.Append(key.KeyChar);
                console.Write(key.KeyChar.ToString());
            }
        }
    }
}
