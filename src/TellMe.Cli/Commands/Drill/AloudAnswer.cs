using Spectre.Console;
using TellMe.Practice.Drill;

namespace TellMe.Cli.Commands.Drill;

/// <summary>The default mode: the user answers aloud while the countdown runs, and presses Enter to reveal.</summary>
public sealed class AloudAnswer(IAnsiConsole console, KeyInput keys, TimeProvider time, TimeSpan limit) : IAnswerMode
{
    private const string Keys = "answer aloud · Enter: reveal · q: quit";

    /// <inheritdoc/>
    public AnswerTaken? Take(DrillTurn turn)
    {
        long start = time.GetTimestamp();
        return LiveRegion.Run(console, CountdownLine.Running(limit, limit, Keys, console.Profile.Width), update =>
        {
            long shown = Seconds(limit);
            while (true)
            {
                if (keys.Within(KeyInput.PollInterval * 4) is { } key)
                {
                    if (key.Key is ConsoleKey.Enter or ConsoleKey.Spacebar)
                    {
                        var elapsed = time.GetElapsedTime(start);
                        update(CountdownLine.Answered(elapsed, limit));
                        return new AnswerTaken(null, elapsed);
                    }
                    if (KeyInput.IsQuit(key))
                    {
                        update(CountdownLine.Stopped(time.GetElapsedTime(start)));
                        return null;
                    }
                    continue;
                }
                // Redraw only when the second shown changes: the line is rewritten in place, never appended.
                var left = limit - time.GetElapsedTime(start);
                if (Seconds(left) != shown)
                {
                    shown = Seconds(left);
                    update(CountdownLine.Running(left, limit, Keys, console.Profile.Width));
                }
            }
        });
    }

    private static long Seconds(TimeSpan left) => (long)Math.Ceiling(left.TotalSeconds);
}
