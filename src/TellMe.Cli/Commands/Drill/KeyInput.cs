using Spectre.Console;

namespace TellMe.Cli.Commands.Drill;

/// <summary>
/// Reads keys through Spectre's input abstraction, waiting in short steps so a countdown can redraw between
/// keys. The same loop runs on a real keyboard and on Spectre.Console.Testing's <c>TestConsole</c>.
/// </summary>
public sealed class KeyInput(IAnsiConsoleInput input, Action<TimeSpan> pause)
{
    /// <summary>How often the keyboard is looked at while waiting: short enough that a key feels immediate.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>A key pressed within <paramref name="wait"/>, or null when none was.</summary>
    public ConsoleKeyInfo? Within(TimeSpan wait)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            if (input.IsKeyAvailable() && input.ReadKey(intercept: true) is { } key) return key;
            if (waited >= wait) return null;
            pause(PollInterval);
            waited += PollInterval;
        }
    }

    /// <summary>True when a key is waiting (e.g. the rest of a paste).</summary>
    public bool Pending => input.IsKeyAvailable();

    /// <summary>The next key, however long it takes.</summary>
    public ConsoleKeyInfo Next()
    {
        while (true)
            if (Within(TimeSpan.FromSeconds(1)) is { } key) return key;
    }

    /// <summary>q, Esc or Ctrl+C: the user wants to stop.</summary>
    public static bool IsQuit(ConsoleKeyInfo key) =>
        key.KeyChar is 'q' or 'Q' || key.Key == ConsoleKey.Escape || IsControl(key, ConsoleKey.C, '\u0003');

    /// <summary>Ctrl plus a letter, whether the terminal reports it as a modifier or as the control character.</summary>
    public static bool IsControl(ConsoleKeyInfo key, ConsoleKey letter, char control) =>
        (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == letter) || key.KeyChar == control;
}
