using Spectre.Console;
using Spectre.Console.Rendering;

namespace TellMe.Cli.Commands.Drill;

/// <summary>
/// A part of the screen redrawn in place while a step runs (a countdown, the text being typed, the rating
/// choices) and left showing its final state, so the screen above it never moves and nothing is printed twice.
/// </summary>
public static class LiveRegion
{
    /// <summary>
    /// Shows <paramref name="initial"/> and runs <paramref name="body"/>, which redraws the region through the
    /// action it is given; the last drawing stays on screen.
    /// </summary>
    public static T Run<T>(IAnsiConsole console, IRenderable initial, Func<Action<IRenderable>, T> body)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(body);
        if (console.Profile.Capabilities.Ansi)
        {
            // Spectre's live display moves the cursor back over the region and pads every line to the widest
            // drawing, so a shorter state leaves nothing of a longer one behind.
            return console.Live(initial)
                .AutoClear(false)
                .Overflow(VerticalOverflow.Ellipsis)
                .Cropping(VerticalOverflowCropping.Top)
                .Start(context =>
                {
                    context.Refresh(); // shown at once, not at the first update
                    return body(renderable => context.UpdateTarget(renderable));
                });
        }
        // Without cursor control (TERM=dumb) a redraw would print a new copy each second: show the first and the
        // final state only.
        WriteLine(console, initial);
        IRenderable? last = null;
        var result = body(renderable => last = renderable);
        if (last is not null) WriteLine(console, last);
        return result;
    }

    // A panel ends with a line break, a line of markup does not: end each on its own line, once.
    private static void WriteLine(IAnsiConsole console, IRenderable renderable)
    {
        console.Write(renderable);
        var segments = renderable.Render(RenderOptions.Create(console), console.Profile.Width).ToList();
        if (segments.Count == 0 || !segments[^1].IsLineBreak) console.WriteLine();
    }
}
