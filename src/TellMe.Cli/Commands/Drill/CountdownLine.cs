using Spectre.Console;
using Spectre.Console.Rendering;
using TellMe.Practice.Feedback;

namespace TellMe.Cli.Commands.Drill;

/// <summary>
/// The one-line countdown under the question: time left, a bar that empties, and the keys. It never wraps (a
/// wrapped live line is what makes a countdown climb the screen): parts that do not fit the width are dropped.
/// </summary>
public static class CountdownLine
{
    private const int MaxBar = 40;

    /// <summary>Time left of <paramref name="limit"/> (negative: over it), with the keys to press.</summary>
    public static IRenderable Running(TimeSpan left, TimeSpan limit, string keys, int width)
    {
        bool over = left < TimeSpan.Zero;
        string clock = over ? $"+{Clock(-left, up: false)} over" : $"{Clock(left, up: true)} left";
        string colour = over ? "red" : left.TotalSeconds <= 30 ? "yellow" : "green";
        // "  " clock(10) "  " bar "  " keys, kept one column short of the width.
        int room = width - 1 - 2 - 10 - 2;
        bool showKeys = room - 2 - keys.Length >= 10;
        int bar = Math.Min(MaxBar, showKeys ? room - 2 - keys.Length : room);
        string line = $"  [bold {colour}]{clock,-10}[/]";
        if (bar >= 10)
        {
            double share = over ? 0 : Math.Clamp(left / limit, 0, 1);
            int full = over ? bar : (int)Math.Round(bar * share);
            line += over
                ? $"  [red]{new string('━', bar)}[/]"
                : $"  [{colour}]{new string('━', full)}[/][grey]{new string('─', bar - full)}[/]";
        }
        if (showKeys) line += $"  [dim]{Markup.Escape(keys)}[/]";
        return new Markup(line);
    }

    /// <summary>What stays once the answer is given: how long it took against the target.</summary>
    public static IRenderable Answered(TimeSpan elapsed, TimeSpan limit) => elapsed <= limit
        ? new Markup($"  [green]✓[/] answered in [bold]{Clock(elapsed, up: false)}[/] [dim]· target {Clock(limit, up: false)}[/]")
        : new Markup($"  [yellow]✓[/] answered in [bold]{Clock(elapsed, up: false)}[/] [yellow]· {Clock(elapsed - limit, up: false)} over the {Clock(limit, up: false)} target[/]");

    /// <summary>What stays when the user quit instead of answering.</summary>
    public static IRenderable Stopped(TimeSpan elapsed) =>
        new Markup($"  [dim]stopped at {Clock(elapsed, up: false)}: this card is not rated[/]");

    // A countdown shows 2:30 until a whole second has passed, then 2:29 (rounding up); elapsed time rounds down.
    private static string Clock(TimeSpan time, bool up)
    {
        double seconds = up ? Math.Ceiling(time.TotalSeconds) : Math.Floor(time.TotalSeconds);
        return FeedbackAnalyzer.Clock(TimeSpan.FromSeconds(seconds));
    }
}
