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
    /// Reads a text file (an answer or a script) as UTF-8, or explains why not and returns null: missing, binary
    /// (a NUL byte or invalid UTF-8), or over 1 MB. "-" reads standard input.
    /// </summary>
    public static string? ReadText(Terminal terminal, string path, string what)
    {
        byte[] bytes;
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    terminal.Fail($"the {what} '{path}' does not exist");
                    return null;
                }
                if (info.Length > 1_000_000)
                {
                    terminal.Fail($"the {what} '{path}' is {info.Length / 1024} KB; TellMe reads text files up to 1 MB");
                    return null;
                }
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Fail($"cannot read the {what} '{path}': {ex.Message}");
            return null;
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            terminal.Fail($"the {what} '{path}' is a binary file, not text; give a UTF-8 text file");
            return null;
        }
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            terminal.Fail($"the {what} '{path}' is not UTF-8 text; save it as UTF-8");
            return null;
        }
    }

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

    /// <summary>Shows what a card expects: each telling's story, key points and STAR outline.</summary>
    public static void Reveal(Terminal terminal, Card card)
    {
        var console = terminal.Console;
        foreach (var telling in card.Tellings)
        {
            string head = Tellings.RefAndTitle(telling.StoryRef, telling.Title) + (telling.Company is { Length: > 0 } c ? $" ({c})" : "");
            console.MarkupLine($"[bold]{Markup.Escape(head)}[/]");
            foreach (var point in telling.KeyPoints)
                console.MarkupLine(point.Label.Length > 0
                    ? $"  • [bold]{Markup.Escape(point.Label)}:[/] {Markup.Escape(point.Text)}"
                    : $"  • {Markup.Escape(point.Text)}");
            if (!telling.Star.IsStory) continue; // not a STAR story (e.g. "Why US")
            var star = string.Join("  ", telling.Star.Parts().Select(p => $"{p.Part[0]}: {(p.Text is null ? "—" : "✓")}"));
            console.MarkupLine($"  [dim]STAR[/] {Markup.Escape(star)}");
            foreach (var (part, text) in telling.Star.Parts())
                if (text is not null) console.MarkupLine($"    [dim]{part[0]}[/] {Markup.Escape(text)}");
        }
        if (card.Tellings.IsDefaultOrEmpty) console.MarkupLine("[dim](nothing written for this card yet)[/]");
    }

    /// <summary>Shows feedback, one line per aspect with its suggestion.</summary>
    public static void Feedback(Terminal terminal, AnswerFeedback feedback)
    {
        foreach (var f in feedback.Findings)
        {
            string mark = f.Ok ? "[green]✓[/]" : "[yellow]✗[/]";
            terminal.Console.MarkupLine($"  {mark} [bold]{Aspect(f.Aspect)}[/]: {Markup.Escape(f.Message)}");
            if (!f.Ok) terminal.Console.MarkupLine($"      [dim]→[/] {Markup.Escape(f.Suggestion)}");
        }
        var missed = feedback.Missed.ToList();
        if (feedback.KeyPoints.Length > 0)
        {
            var covered = feedback.Covered.Select(p => p.Label.Length > 0 ? p.Label : Short(p.Text)).ToList();
            if (covered.Count > 0) terminal.Console.MarkupLine($"      [dim]covered:[/] {Markup.Escape(string.Join(", ", covered))}");
            if (missed.Count > 0) terminal.Console.MarkupLine($"      [dim]missed:[/] {Markup.Escape(string.Join(", ", missed.Select(p => p.Label.Length > 0 ? p.Label : Short(p.Text))))}");
        }
    }

    /// <summary>The aspect's name in output.</summary>
    public static string Aspect(FeedbackAspect aspect) => aspect switch
    {
        FeedbackAspect.Length => "length",
        FeedbackAspect.Star => "STAR",
        FeedbackAspect.FirstPerson => "I vs we",
        FeedbackAspect.Fillers => "fillers",
        FeedbackAspect.Number => "number",
        _ => "key points",
    };

    /// <summary>Feedback as a JSON-friendly object.</summary>
    public static object FeedbackJson(Card card, AnswerFeedback f) => new
    {
        card = card.Id.ToString(),
        title = card.Title,
        words = f.Words,
        speakingSeconds = (int)f.Speaking.TotalSeconds,
        targetSeconds = (int)f.Target.TotalSeconds,
        wordsPerMinute = f.WordsPerMinute,
        star = new { situation = f.Star.Situation, task = f.Star.Task, action = f.Star.Action, result = f.Star.Result },
        i = f.I,
        we = f.We,
        fillers = f.Fillers.Select(x => new { word = x.Filler, count = x.Count }),
        resultHasNumber = f.ResultHasNumber,
        comparedWith = f.ComparedWith is { } t ? new { story = t.StoryRef, title = t.Title } : null,
        keyPoints = f.KeyPoints.Select(k => new { label = k.Point.Label, text = k.Point.Text, covered = k.Covered, shared = k.Shared, terms = k.Terms }),
        findings = f.Findings.Select(x => new { aspect = Aspect(x.Aspect), ok = x.Ok, message = x.Message, suggestion = x.Suggestion }),
    };

    private static string Short(string text) => text.Length <= 30 ? text : text[..29] + "…";
}
