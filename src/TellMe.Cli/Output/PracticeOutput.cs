using System.Globalization;
using System.Text;
using Spectre.Console;
using TellMe.Bank;
using TellMe.Data;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;
using TellMe.Practice.Scheduling;

namespace TellMe.Cli.Output;

/// <summary>What drill, feedback and stats share: opening the history, reading answer files, and showing cards and feedback.</summary>
public static class PracticeOutput
{
    /// <summary>
    /// Prompts come from the embedded question bank (<c>data/questions</c>), loaded on first use: the questions
    /// whose main competency is the card's; a card whose competencies have no questions gets a built-in phrasing.
    /// </summary>
    public static IQuestionSource Questions => EmbeddedQuestions.Source;

    /// <summary>Opens the bank's practice history, or explains why not and returns null.</summary>
    public static SqlitePracticeStore? OpenStore(Terminal terminal, string bankDirectory)
    {
        try
        {
            return SqlitePracticeStore.OpenBank(bankDirectory);
        }
        catch (PracticeStoreException ex)
        {
            terminal.Fail(ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Reads a text file (an answer or a script), or explains why not and returns null: missing, not text
    /// (see <see cref="InputText"/>), or too large. "-" reads standard input.
    /// </summary>
    public static string? ReadText(Terminal terminal, string path, string what) => InputText.Read(terminal, path, what);

    /// <summary>Parses a time such as <c>2:30</c>, <c>150</c> (seconds), <c>90s</c> or <c>3m</c>.</summary>
    public static bool TryParseTime(string? text, out TimeSpan time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim().ToLowerInvariant();
        int colon = text.IndexOf(':');
        if (colon > 0 && int.TryParse(text[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out int m) &&
            int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int s) && s < 60 && text.Length - colon - 1 == 2)
            time = TimeSpan.FromSeconds(m * 60 + s);
        else if (text.EndsWith('m') && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int mm))
            time = TimeSpan.FromMinutes(mm);
        else if (int.TryParse(text.TrimEnd('s'), NumberStyles.None, CultureInfo.InvariantCulture, out int ss))
            time = TimeSpan.FromSeconds(ss);
        else return false;
        return time > TimeSpan.Zero && time <= TimeSpan.FromHours(1);
    }

    /// <summary>
    /// Finds a card by ID (<c>answer:conflict</c>), answer key ("Conflict"), principle name or ID ("Earn trust",
    /// <c>earn-trust</c>) or story ID ("CR2").
    /// </summary>
    public static Card? FindCard(IReadOnlyList<Card> deck, string key)
    {
        key = key.Trim();
        if (CardId.TryParse(key, out var id) && deck.FirstOrDefault(c => c.Id == id) is { } exact) return exact;
        string slug = Bank.Files.AnswerFile.Slug(key);
        return deck.FirstOrDefault(c => c.Kind == CardKind.Answer && (c.Title.Equals(key, StringComparison.OrdinalIgnoreCase) || c.Id.Key == slug))
            ?? deck.FirstOrDefault(c => c.Kind == CardKind.Story && c.Id.Key.Equals(key, StringComparison.OrdinalIgnoreCase))
            ?? deck.FirstOrDefault(c => c.Kind == CardKind.Principle &&
                (c.Title.Equals(key, StringComparison.OrdinalIgnoreCase) || c.Id.Key.EndsWith("/" + slug, StringComparison.Ordinal)));
    }

    /// <summary>A short human interval: 45s, 10m, 3h, 4d, 2.5mo, 1.2y.</summary>
    public static string Interval(TimeSpan span) => TellMe.Text.Durations.Short(span);

    /// <summary>The four ratings (or the two of pass/fail) with when each would bring the card back.</summary>
    public static string Choices(SchedulingPreview preview, DateTimeOffset now, bool passFail) => passFail
        ? $"1 missed it ({Interval(preview.Again.Card.Due - now)})   2 got it ({Interval(preview.Good.Card.Due - now)})"
        : $"1 again ({Interval(preview.Again.Card.Due - now)})   2 hard ({Interval(preview.Hard.Card.Due - now)})   " +
          $"3 good ({Interval(preview.Good.Card.Due - now)})   4 easy ({Interval(preview.Easy.Card.Due - now)})";

    /// <summary>The rating's name as the session shows it.</summary>
    public static string RatingName(Rating rating, bool passFail) => passFail
        ? (rating == Rating.Again ? "missed it" : "got it")
        : rating.ToString().ToLowerInvariant();

    /// <summary>
    /// Shows what a card expects: each telling's story, key points and STAR outline. Bullets hang, so a long
    /// point wraps under its own text, not under the bullet.
    /// </summary>
    public static void Reveal(Terminal terminal, Card card)
    {
        var console = terminal.Console;
        foreach (var telling in card.Tellings)
        {
            string head = Tellings.RefAndTitle(telling.StoryRef, telling.Title);
            string company = telling.Company is { Length: > 0 } c ? $" [dim]at {Markup.Escape(c)}[/]" : "";
            console.MarkupLine($"[bold]{Markup.Escape(head)}[/]{company}");
            var points = Hanging();
            foreach (var point in telling.KeyPoints)
                points.AddRow(new Markup("•"), new Markup(point.Label.Length > 0
                    ? $"[bold]{Markup.Escape(point.Label)}:[/] {Markup.Escape(point.Text)}"
                    : Markup.Escape(point.Text)));
            if (telling.KeyPoints.Length > 0) console.Write(points);
            if (!telling.Star.IsStory) continue; // not a STAR story (e.g. "Why US")
            var star = Hanging();
            star.AddRow(new Markup("[dim]STAR[/]"), new Markup(string.Join("  ", telling.Star.Parts()
                .Select(p => p.Text is null ? $"[yellow]{p.Part[0]} —[/]" : $"{p.Part[0]} [green]✓[/]"))));
            foreach (var (part, text) in telling.Star.Parts())
                if (text is not null) star.AddRow(new Markup($"[dim]{part[0]}[/]"), new Markup(Markup.Escape(text)));
            console.Write(star);
        }
        if (card.Tellings.IsDefaultOrEmpty) console.MarkupLine("[dim](nothing written for this card yet)[/]");
    }

    /// <summary>Shows feedback, one line per aspect with its suggestion, wrapped under its own column.</summary>
    public static void Feedback(Terminal terminal, AnswerFeedback feedback)
    {
        var grid = Hanging();
        foreach (var f in feedback.Findings)
        {
            grid.AddRow(new Markup(f.Ok ? "[green]✓[/]" : "[yellow]✗[/]"), new Markup($"[bold]{Aspect(f.Aspect)}:[/] {Markup.Escape(f.Message)}"));
            if (!f.Ok) grid.AddRow(new Markup(""), new Markup($"[dim]→[/] {Markup.Escape(f.Suggestion)}"));
        }
        if (feedback.KeyPoints.Length > 0)
        {
            var covered = feedback.Covered.Select(Name).ToList();
            var missed = feedback.Missed.Select(Name).ToList();
            if (covered.Count > 0) grid.AddRow(new Markup(""), new Markup($"[dim]covered:[/] {Markup.Escape(string.Join(", ", covered))}"));
            if (missed.Count > 0) grid.AddRow(new Markup(""), new Markup($"[dim]missed:[/] {Markup.Escape(string.Join(", ", missed))}"));
        }
        terminal.Console.Write(grid);

        static string Name(KeyPoint p) => p.Label.Length > 0 ? p.Label : Short(p.Text);
    }

    // Two columns: a marker (bullet, check, STAR letter) and its text, indented by two.
    private static Grid Hanging() => new Grid()
        .AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1))
        .AddColumn(new GridColumn().PadRight(0));

    /// <summary>The aspect's name in output.</summary>
    public static string Aspect(FeedbackAspect aspect) => aspect switch
    {
        FeedbackAspect.Length => "length",
        FeedbackAspect.Star => "STAR",
        FeedbackAspect.FirstPerson => "I vs we",
        FeedbackAspect.Fillers => "fillers",
        FeedbackAspect.Number => "number",
        FeedbackAspect.Pace => "pace",
        FeedbackAspect.Pauses => "pauses",
        _ => "key points",
    };

    /// <summary>Feedback as its JSON record.</summary>
    public static FeedbackJson FeedbackJson(Card card, AnswerFeedback f) => new(
        card.Id.ToString(),
        card.Title,
        f.Words,
        (int)f.Speaking.TotalSeconds,
        (int)f.Target.TotalSeconds,
        f.WordsPerMinute,
        new FeedbackStarJson(f.Star.Situation, f.Star.Task, f.Star.Action, f.Star.Result),
        f.I,
        f.We,
        [.. f.Fillers.Select(x => new FeedbackFillerJson(x.Filler, x.Count))],
        f.ResultHasNumber,
        f.ComparedWith is { } t ? new FeedbackStoryJson(t.StoryRef, t.Title) : null,
        [.. f.KeyPoints.Select(k => new FeedbackKeyPointJson(k.Point.Label, k.Point.Text, k.Covered, k.Shared, k.Terms))],
        [.. f.Findings.Select(x => new FeedbackFindingJson(Aspect(x.Aspect), x.Ok, x.Message, x.Suggestion))]);

    private static string Short(string text) => text.Length <= 30 ? text : text[..29] + "…";
}
