using Spectre.Console;
using Spectre.Console.Rendering;
using TellMe.Cli.Output;
using TellMe.Practice.Scheduling;

namespace TellMe.Cli.Commands.Drill;

/// <summary>What the user chose at the rating prompt.</summary>
public enum RatingChoiceKind
{
    /// <summary>A rating was given (and saved).</summary>
    Rated,
    /// <summary>The card was skipped, not rated.</summary>
    Skipped,
    /// <summary>The user ended the session.</summary>
    Quit,
}

/// <summary>
/// "How well did you recall it?" with the ratings and when each brings the card back, on one line redrawn in
/// place: once a key is pressed the line becomes what happened ("✓ good · saved · back in 10m"), so the screen
/// reads as a record of the card, not as a prompt left behind.
/// </summary>
public sealed class RatingPrompt(IAnsiConsole console, KeyInput keys, bool passFail)
{
    /// <summary>
    /// Asks; a rating is handed to <paramref name="save"/>, which saves it and returns the line to leave on
    /// screen. Returns what was chosen.
    /// </summary>
    public (RatingChoiceKind Kind, Rating? Rating) Ask(SchedulingPreview preview, DateTimeOffset now, Func<Rating, IRenderable> save)
    {
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentNullException.ThrowIfNull(save);
        console.WriteLine();
        console.MarkupLine("[bold]How well did you recall it?[/]");
        return LiveRegion.Run(console, Choices(preview, now), update =>
        {
            while (true)
            {
                var key = keys.Next();
                if (KeyInput.IsQuit(key))
                {
                    update(new Markup("  [dim]stopped: this card is not rated[/]"));
                    return (RatingChoiceKind.Quit, (Rating?)null);
                }
                if (key.KeyChar is 's' or 'S')
                {
                    update(new Markup("  [dim]– skipped, not rated[/]"));
                    return (RatingChoiceKind.Skipped, null);
                }
                if (RatingOf(key.KeyChar) is { } rating)
                {
                    update(save(rating));
                    return (RatingChoiceKind.Rated, rating);
                }
            }
        });
    }

    private Rating? RatingOf(char c) => passFail
        ? c switch { '1' or 'm' or 'M' => Rating.Again, '2' or 'g' or 'G' => Rating.Good, _ => null }
        : c switch { '1' => Rating.Again, '2' => Rating.Hard, '3' => Rating.Good, '4' => Rating.Easy, _ => null };

    private IRenderable Choices(SchedulingPreview preview, DateTimeOffset now)
    {
        string Choice(char key, string name, SchedulingResult result) =>
            $"[bold]{key}[/] {name} [dim]{PracticeOutput.Interval(result.Card.Due - now)}[/]";
        string choices = passFail
            ? $"{Choice('1', "missed it", preview.Again)}   {Choice('2', "got it", preview.Good)}"
            : $"{Choice('1', "again", preview.Again)}   {Choice('2', "hard", preview.Hard)}   {Choice('3', "good", preview.Good)}   {Choice('4', "easy", preview.Easy)}";
        return new Markup($"  {choices}     [dim]s skip · q quit[/]");
    }
}
