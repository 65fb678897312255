using Spectre.Console;
using TellMe.Cli.Output;
using TellMe.Practice.Drill;

namespace TellMe.Cli.Commands.Drill;

/// <summary>
/// <c>tellme drill --script FILE</c>: the drill without a terminal. Each step shows the card as the terminal
/// would, the reveal, feedback on the step's answer, the outcomes, and after the review has committed one
/// acknowledgement line ("saved review ID for CARD: RATING, due …"), which scripts and the kill test read.
/// </summary>
public sealed class ScriptDrill(Terminal terminal, DrillSettings settings, IReadOnlyList<ScriptStep> steps, int wordsPerMinute)
{
    /// <summary>Runs the steps in order; returns the exit code.</summary>
    public int Run(DrillSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var screen = new DrillScreen(terminal, settings);
        var tally = new DrillTally();
        screen.Opening(session);
        int shown = 0;
        foreach (var step in steps)
        {
            if (step.Action == ScriptAction.Quit)
            {
                terminal.Console.MarkupLine("[dim]q: session ended.[/]");
                break;
            }
            var turn = session.Next();
            if (turn is null)
            {
                screen.NothingDue(session);
                break;
            }
            screen.Card(turn, ++shown);
            screen.Reveal(turn.Card);
            if (step.Answer is { } answer) screen.Feedback(turn, answer, wordsPerMinute);
            terminal.Console.MarkupLine($"[dim]{Markup.Escape(PracticeOutput.Choices(turn.Preview, turn.ShownAt, settings.PassFail))}[/]");
            if (step.Action == ScriptAction.Skip)
            {
                session.Skip(turn);
                tally.Skip();
                terminal.Console.MarkupLine("skipped (not rated)");
                continue;
            }
            Acknowledge(session.Rate(turn, step.Rating!.Value, step.Answer));
            tally.Rated(step.Rating.Value);
        }
        screen.Summary(tally, duration: null);
        return ExitCodes.Ok;
    }

    private void Acknowledge(DrillOutcome outcome)
    {
        var r = outcome.Review;
        // Printed only after the review's transaction committed: the kill test relies on this.
        terminal.Out.WriteLine($"saved review {r.Id} for {r.CardId}: {PracticeOutput.RatingName(r.Rating, settings.PassFail)}, " +
            $"due {DrillScreen.Utc(outcome.NextDue)} (in {PracticeOutput.Interval(outcome.NextDue - r.ReviewedAt)})");
        terminal.Out.Flush();
    }
}
