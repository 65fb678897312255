using System.Globalization;
using Spectre.Console;
using TellMe.Cli.Output;
using TellMe.Practice.Cards;
using TellMe.Practice.Drill;
using TellMe.Practice.Feedback;

namespace TellMe.Cli.Commands.Drill;

/// <summary>
/// The parts of the drill screen that are printed once and stay: the session's opening, each card's header and
/// question, the reveal, the feedback and the closing summary. Shared by the interactive loop and the script
/// runner, so both show a card the same way (the script in plain text).
/// </summary>
public sealed class DrillScreen(Terminal terminal, DrillSettings settings)
{
    private IAnsiConsole Console => terminal.Console;

    /// <summary>What syncing the bank's cards changed, one dim line each.</summary>
    public void Opening(DrillSession session)
    {
        var sync = session.Sync;
        if (sync.Retired.Length > 0)
            Console.MarkupLine($"[dim]{Cards(sync.Retired.Length)} left the bank and {(sync.Retired.Length == 1 ? "is" : "are")} retired, history kept: {Markup.Escape(string.Join(", ", sync.Retired.Take(5)))}[/]");
        if (sync.Returned.Length > 0)
            Console.MarkupLine($"[dim]{Cards(sync.Returned.Length)} {(sync.Returned.Length == 1 ? "is" : "are")} back with {(sync.Returned.Length == 1 ? "its" : "their")} history: {Markup.Escape(string.Join(", ", sync.Returned.Take(5)))}[/]");
        if (sync.Added.Length > 0)
            Console.MarkupLine($"[dim]{Plural(sync.Added.Length, "new card")} from the bank.[/]");
    }

    /// <summary>The header and the question of a card.</summary>
    public void Card(DrillTurn turn, int number)
    {
        string state = turn.IsNew ? "new" : turn.Schedule.State.ToString().ToLowerInvariant();
        Console.WriteLine();
        Console.Write(new Rule($"[bold]Card {number}[/] · {Markup.Escape(turn.Card.Id.ToString())} · {state}")
        {
            Justification = Justify.Left,
            Style = new Style(Color.Grey),
        });
        string source = turn.Prompt.Source switch
        {
            PromptSource.QuestionBank => "question bank",
            PromptSource.Taught => "asked before",
            _ => "built-in",
        };
        string header = turn.Prompt.Hint is { } hint ? $"{hint} · {source}" : source;
        Console.Write(new Panel(new Markup($"[bold]{Markup.Escape(turn.Prompt.Text)}[/]"))
        {
            Header = new PanelHeader($" [dim]{Markup.Escape(header)}[/] "),
            Border = BoxBorder.Rounded,
            BorderStyle = new Style(Color.Blue),
            Expand = true,
            Padding = new Padding(1, 0),
        });
    }

    /// <summary>What the card expects: its story, key points and STAR outline.</summary>
    public void Reveal(Card card)
    {
        Section("Reveal");
        PracticeOutput.Reveal(terminal, card);
    }

    /// <summary>Feedback on the answer given.</summary>
    public void Feedback(DrillTurn turn, string answer, int wordsPerMinute)
    {
        Section("Feedback");
        PracticeOutput.Feedback(terminal, FeedbackAnalyzer.Analyze(answer, turn.Card,
            new FeedbackOptions { Target = settings.Time, WordsPerMinute = wordsPerMinute }));
    }

    /// <summary>Feedback on a recorded answer: exactly what <c>tellme feedback --audio</c> prints (<see cref="SpokenOutput.Show"/>).</summary>
    public void SpokenFeedback(Card card, SpokenTake spoken)
    {
        ArgumentNullException.ThrowIfNull(spoken);
        Section("Feedback");
        if (spoken.Feedback is { } feedback)
        {
            SpokenOutput.Show(terminal, card, feedback, spoken.KeptAt);
            return;
        }
        Console.MarkupLine($"  [yellow]no feedback:[/] {Markup.Escape(spoken.Problem ?? "nothing was recorded")}");
        if (spoken.KeptAt is { } kept) Console.MarkupLine($"[dim]Recording kept at {Markup.Escape(kept)}.[/]");
    }

    /// <summary>Nothing is left to drill now: when the next card falls due, and how to drill more.</summary>
    public void NothingDue(DrillSession session)
    {
        var now = terminal.Time.GetUtcNow();
        string next = session.NextDue() is { } due ? $" The next card is due {Utc(due)} (in {PracticeOutput.Interval(due - now)})." : "";
        Console.WriteLine();
        Console.MarkupLine($"Nothing left to drill now.{Markup.Escape(next)} [dim]--all drills ahead; --new N brings in more new cards.[/]");
    }

    /// <summary>The closing lines: reviews saved by rating, cards skipped, and where to see progress.</summary>
    public void Summary(DrillTally tally, TimeSpan? duration)
    {
        string breakdown = tally.Reviews > 0 ? $" ({tally.Breakdown(settings.PassFail)})" : "";
        string skipped = tally.Skipped > 0 ? $", {tally.Skipped} skipped" : "";
        string time = duration is { } d ? $" in {FeedbackAnalyzer.Clock(d)}" : "";
        Console.WriteLine();
        Console.Write(new Rule { Style = new Style(Color.Grey) });
        Console.MarkupLine($"[bold]Session over:[/] {Plural(tally.Reviews, "review")} saved{Markup.Escape(breakdown)}{skipped}{time}. [dim]tellme stats shows your progress.[/]");
    }

    /// <summary>A time as the history stores it, to the minute: 2026-03-01T09:10Z.</summary>
    public static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>"1 review", "3 reviews".</summary>
    public static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";

    private static string Cards(int n) => Plural(n, "card");

    private void Section(string title) =>
        Console.Write(new Rule($"[bold]{title}[/]") { Justification = Justify.Left, Style = new Style(Color.Grey) });
}
