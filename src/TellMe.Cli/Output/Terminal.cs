using Spectre.Console;

namespace TellMe.Cli.Output;

/// <summary>
/// Where a command writes: a Spectre console for people (colours and tables on a terminal, plain text when
/// piped or when NO_COLOR is set) and the raw writer for machine formats such as JSON.
/// </summary>
public sealed class Terminal
{
    /// <summary>Creates a terminal over writers; <paramref name="interactive"/> enables colour.</summary>
    public Terminal(TextWriter output, TextWriter error, bool interactive, int width = 100)
    {
        Out = output;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive) Console.Profile.Width = width;
    }

    /// <summary>The terminal of this process.</summary>
    public static Terminal FromProcess()
    {
        bool interactive = !System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null
            && Environment.GetEnvironmentVariable("TERM") is not "dumb";
        return new Terminal(System.Console.Out, System.Console.Error, interactive, 120);
    }

    /// <summary>Rich output for people.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Plain standard output, for JSON and other machine formats.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>True on a real terminal.</summary>
    public bool Interactive { get; }

    /// <summary>Writes an error message to standard error.</summary>
    public void Fail(string message) => Error.WriteLine($"tellme: {message}");
}
