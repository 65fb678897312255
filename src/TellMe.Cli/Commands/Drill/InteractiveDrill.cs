using Spectre.Console;
using TellMe.Cli.Output;
using TellMe.Practice.Drill;

namespace TellMe.Cli.Commands.Drill;

/// <summary>
/// The drill at a terminal. Each card: its header and question (printed once, they never move), the answer
/// taken by the <see cref="IAnswerMode"/> under a countdown redrawn in place, the reveal, feedback when the
/// answer has words, and the rating prompt, which becomes the saved line. Keys come through Spectre's
/// <see cref="IAnsiConsoleInput"/>, so a test drives this loop with <c>TestConsole</c> and a fake clock.
/// </summary>
public sealed class InteractiveDrill(Terminal terminal, DrillSettings settings, IAnswerMode answers, KeyInput keys, int wordsPerMinute)
{
    /// <summary>Runs the session until nothing is due or the user quits; returns the exit code.</summary>
    public int Run(DrillSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var screen = new DrillScreen(terminal, settings);
        var rating = new RatingPrompt(terminal.Console, keys, settings.PassFail);
        var tally = new DrillTally();
        long started = terminal.Time.GetTimestamp();
        screen.Opening(session);
        terminal.Console.MarkupLine(settings.Answer switch
        {
            AnswerKind.Typed => $"[dim]Type each answer against a {Output(settings.Time)} countdown; Enter on an empty line reveals. q or Esc ends the session.[/]",
            AnswerKind.Spoken => $"[dim]Say each answer into the microphone against a {Output(settings.Time)} countdown; Enter stops the recording. q ends the session.[/]",
            _ => $"[dim]Answer each question aloud against a {Output(settings.Time)} countdown, then press Enter to reveal. q ends the session.[/]",
        });
        using (terminal.ControlCAsInput())
        {
            int shown = 0;
            var turn = session.Next();
            if (turn is null) screen.NothingDue(session);
            while (turn is not null)
            {
                screen.Card(turn, ++shown);
                var answer = answers.Take(turn);
                if (answer is null) break;
                screen.Reveal(turn.Card);
                if (answer.Spoken is { } spoken) screen.SpokenFeedback(turn.Card, spoken);
                else if (answer.Text is { } text) screen.Feedback(turn, text, wordsPerMinute);

                var now = terminal.Time.GetUtcNow();
                var preview = session.Scheduler.Preview(turn.Schedule, now < turn.ShownAt ? turn.ShownAt : now);
                var current = turn;
                var (kind, _) = rating.Ask(preview, now, chosen =>
                {
                    var outcome = session.Rate(current, chosen, answer.Text);
                    tally.Rated(chosen);
                    var back = outcome.NextDue - outcome.Review.ReviewedAt;
                    var local = TimeZoneInfo.ConvertTime(outcome.NextDue, terminal.Time.LocalTimeZone);
                    return new Markup($"  [green]✓[/] [bold]{PracticeOutput.RatingName(chosen, settings.PassFail)}[/] · saved · back in {PracticeOutput.Interval(back)} [dim]({local:ddd HH:mm})[/]");
                });
                if (kind == RatingChoiceKind.Quit) break;
                if (kind == RatingChoiceKind.Skipped)
                {
                    session.Skip(turn);
                    tally.Skip();
                }
                turn = session.Next();
                if (turn is null) screen.NothingDue(session);
            }
        }
        screen.Summary(tally, terminal.Time.GetElapsedTime(started));
        return ExitCodes.Ok;
    }

    private static string Output(TimeSpan time) => Practice.Feedback.FeedbackAnalyzer.Clock(time);
}
