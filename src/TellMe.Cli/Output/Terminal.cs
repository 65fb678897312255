using Spectre.Console;

namespace TellMe.Cli.Output;

/// <summary>
/// The world a command sees: a Spectre console for people (colours and tables on a terminal, plain text when
/// piped), the raw writer for machine formats such as JSON, standard error, and the clock. Tests build one over
/// their own writers (or a Spectre <c>TestConsole</c>) and a fixed clock, so whole screens can be pinned.
/// </summary>
public sealed class Terminal
{
    /// <summary>Creates a terminal over writers; <paramref name="interactive"/> enables colour and cursor control.</summary>
    public Terminal(TextWriter output, TextWriter error, bool interactive, int width = 100)
        : this(output, error, interactive, colour: interactive, interactive ? null : width)
    {
    }

    private Terminal(TextWriter output, TextWriter error, bool interactive, bool colour, int? width)
    {
        Out = output;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            // Cursor control follows the terminal; colour also follows NO_COLOR, so a live countdown still
            // updates in place on a terminal without colour.
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (width is { } w) Console.Profile.Width = w;
    }

    /// <summary>
    /// A terminal over a console the caller made (a Spectre <c>TestConsole</c> in tests): rich output goes to
    /// it, machine formats to <paramref name="output"/>, and keys are read from its input.
    /// </summary>
    public Terminal(IAnsiConsole console, TextWriter output, TextWriter error, bool interactive)
    {
        Console = console;
        Out = output;
        Error = error;
        Interactive = interactive;
        CanPrompt = interactive;
    }

    /// <summary>The terminal of this process.</summary>
    public static Terminal FromProcess()
    {
        bool tty = !System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") is not "dumb";
        bool colour = tty && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new Terminal(System.Console.Out, System.Console.Error, tty, colour, width: tty ? null : 120)
        {
            CanPrompt = tty && !System.Console.IsInputRedirected,
            OwnsProcessConsole = true,
        };
    }

    /// <summary>Rich output for people.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Plain standard output, for JSON and other machine formats.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>True on a real terminal (or a test console acting as one): rich layout and cursor control.</summary>
    public bool Interactive { get; }

    /// <summary>True when keys can be read from a person (standard input and output are a terminal).</summary>
    public bool CanPrompt { get; init; }

    /// <summary>Where keys come from: the console's input unless a test gives its own (keys that arrive on a fake clock).</summary>
    public IAnsiConsoleInput Input
    {
        get => _input ?? Console.Input;
        init => _input = value;
    }

    private readonly IAnsiConsoleInput? _input;

    /// <summary>The clock every command reads; tests pass a fixed one so output does not vary.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// How a command waits between polls of the keyboard (a countdown redraws between them). The process sleeps;
    /// tests advance their fake clock instead, so a two-minute countdown takes no time.
    /// </summary>
    public Action<TimeSpan> Pause { get; init; } = Thread.Sleep;

    /// <summary>True for the process's own console, whose Ctrl+C handling a command may change.</summary>
    public bool OwnsProcessConsole { get; private init; }

    /// <summary>
    /// Makes Ctrl+C arrive as a key (so a drill can end cleanly, saved reviews kept) until disposed. Does nothing
    /// for a console that is not the process's.
    /// </summary>
    public IDisposable ControlCAsInput()
    {
        if (!OwnsProcessConsole || System.Console.IsInputRedirected) return new Restore(null);
        bool before = System.Console.TreatControlCAsInput;
        System.Console.TreatControlCAsInput = true;
        return new Restore(() => System.Console.TreatControlCAsInput = before);
    }

    /// <summary>Writes an error message to standard error.</summary>
    public void Fail(string message) => Error.WriteLine($"tellme: {message}");

    private sealed class Restore(Action? undo) : IDisposable
    {
        public void Dispose() => undo?.Invoke();
    }
}
