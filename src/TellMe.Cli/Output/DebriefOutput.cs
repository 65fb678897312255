using System.Globalization;
using Spectre.Console;
using TellMe.Debrief;
using TellMe.Debrief.Transcripts;
using TellMe.Prep;

namespace TellMe.Cli.Output;

/// <summary>The text screens of <c>tellme debrief</c>.</summary>
public static class DebriefOutput
{
    /// <summary>A round just recorded: its questions, what was scheduled, the warnings, and what to prepare next.</summary>
    public static void Recorded(Terminal terminal, DebriefOutcome outcome)
    {
        var console = terminal.Console;
        var round = outcome.Round!;
        console.MarkupLine($"[green]Recorded[/] [bold]{Markup.Escape(round.Label)}[/] with {Markup.Escape(round.Company)} on {round.HeldOn:yyyy-MM-dd}" +
            $"{(round.InterviewerType is { } t ? $" ({Markup.Escape(t)})" : "")}: {round.Questions.Length} question{(round.Questions.Length == 1 ? "" : "s")}, " +
            $"{outcome.Reviews.Length} scheduled as review{(outcome.Reviews.Length == 1 ? "" : "s")}.");
        Questions(console, round, outcome.Reviews);
        foreach (var warning in outcome.Warnings) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        if (outcome.Next is { } next) Next(console, round.Company, next);
    }

    /// <summary>How a transcript was read: its format, the questions found, who asked them and how TellMe decided.</summary>
    public static void Transcript(Terminal terminal, string file, TranscriptExtraction extraction)
    {
        int count = extraction.Questions.Length;
        string who = string.Join(", ", extraction.Interviewers.DefaultIfEmpty("every speaker"));
        terminal.Console.MarkupLine($"[dim]{Markup.Escape($"{file} read as {DebriefJson.Describe(extraction.Format)}: {count} question{(count == 1 ? "" : "s")} from {who} ({extraction.HowDecided}).")}[/]");
    }

    /// <summary>A question to ask about on a terminal: the question, what TellMe reads it as, and the story it suggests.</summary>
    public static void Suggestion(IAnsiConsole console, AskedQuestion question, DebriefSuggestion s)
    {
        console.MarkupLine($"[bold]Q:[/] {Markup.Escape(question.Text)}");
        string probes = Topic(s.Principle, s.Competency) is { Length: > 0 } topic ? $"probes {topic}" : "TellMe cannot tell what it probes";
        string suggests = (s.Answer, s.Story) switch
        {
            ({ } answer, { } story) => $"your answer '{answer}' ({story} {s.StoryTitle})",
            ({ } answer, null) => $"your answer '{answer}'",
            (null, { } story) => $"{story} {s.StoryTitle}",
            _ => "nothing",
        };
        console.MarkupLine($"[dim]{Markup.Escape($"{probes}; TellMe suggests {suggests}")}[/]"
            + (s.ToldBefore is { } where ? $" [yellow](already told to this company in {Markup.Escape(where)})[/]" : ""));
    }

    // "Have Backbone; Disagree and Commit · Disagreeing with a manager": the principle, then the general topic.
    private static string Topic(TellMe.Competencies.Competency? principle, TellMe.Competencies.Competency? competency) =>
        string.Join(" · ", new[] { principle?.Name, competency?.Name }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));

    /// <summary>A company's rounds so far and what to prepare next.</summary>
    public static void History(Terminal terminal, CompanyHistory history)
    {
        var console = terminal.Console;
        if (history.Rounds.IsEmpty)
            console.MarkupLine($"No rounds recorded for {Markup.Escape(history.Company)} yet. Record one with " +
                $"[bold]tellme debrief --company \"{Markup.Escape(history.Company)}\" --round \"phone screen\" --questions questions.txt[/].");
        else
        {
            console.MarkupLine($"[bold]{Markup.Escape(history.Company)}[/]: {history.Rounds.Length} round{(history.Rounds.Length == 1 ? "" : "s")} so far");
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Date", "Round", "Interviewer", "Questions", "Stories told", "Weak");
            foreach (var r in history.Rounds)
                table.AddRow(r.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Markup.Escape(r.Label),
                    Markup.Escape(string.Join(", ", new[] { r.InterviewerType, r.Interviewer }.OfType<string>())),
                    r.Questions.Length.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", r.Questions.Select(q => q.Story).OfType<string>().Distinct())),
                    r.Questions.Count(q => q.Rating is Practice.Scheduling.Rating.Again or Practice.Scheduling.Rating.Hard).ToString(CultureInfo.InvariantCulture));
            console.Write(table);
            foreach (var r in history.Rounds)
            {
                console.MarkupLine($"[bold]{r.HeldOn:yyyy-MM-dd} {Markup.Escape(r.Label)}[/]");
                Questions(console, r, []);
            }
        }
        if (history.Posting is { } p)
            console.MarkupLine($"[dim]Posting read for {Markup.Escape(p.Company)}: {Markup.Escape(p.Title ?? p.Source)} ({p.SavedAt:yyyy-MM-dd}), {p.Competencies.Length} stressed competencies.[/]");
        Next(console, history.Company, history.Next);
    }

    private static void Questions(IAnsiConsole console, InterviewRound round, IReadOnlyList<ScheduledReview> reviews)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("#").RightAligned()).AddColumns("Question", "Probes", "Told", "How it went");
        foreach (var q in round.Questions)
        {
            string told = q.AnswerKey is { } a ? $"{a}{(q.Story is { } s ? $" ({s})" : "")}" : q.Story ?? (q.SuggestedStory is { } sug ? $"[dim]not said (TellMe: {Markup.Escape(sug)})[/]" : "[dim]not said[/]");
            if (q.AnswerKey is not null || q.Story is not null) told = Markup.Escape(told);
            var review = reviews.FirstOrDefault(r => r.ReviewId == q.ReviewId);
            string went = q.Rating is { } rating
                ? QuestionList.Describe(rating) + (review is null ? "" : $"\n[dim]{Markup.Escape(review.Card.ToString())} due {review.Due.ToLocalTime():yyyy-MM-dd HH:mm}[/]")
                : "[dim]not rated[/]";
            string question = Markup.Escape(q.Question) + (q.Notes is { } n ? $"\n[dim]notes: {Markup.Escape(n)}[/]" : "")
                + string.Concat(q.FollowUps.Select(f => $"\n[dim]  follow-up: {Markup.Escape(f)}[/]"));
            string probes = Topic(q.Principle, q.Competency) is { Length: > 0 } topic ? Markup.Escape(topic) : "—";
            table.AddRow(q.Position.ToString(CultureInfo.InvariantCulture), question, probes, told, went);
        }
        console.Write(table);
    }

    private static void Next(IAnsiConsole console, string company, NextRoundPrep next)
    {
        console.Write(new Rule($"Prepare for the next round with {Markup.Escape(company)}") { Justification = Justify.Left });
        if (next.Weak.IsEmpty) console.MarkupLine("[dim]No answer rated again or hard so far.[/]");
        foreach (var w in next.Weak)
            console.MarkupLine($"[yellow]answered weakly[/] ({QuestionList.Describe(w.Rating)}, {Markup.Escape(w.Round)}): {Markup.Escape(w.Topic?.Name ?? "?")} · \u201c{Markup.Escape(PrepOutput.Shorten(w.Question, 90))}\u201d{(w.Story is { } s ? $" with {Markup.Escape(s)}" : "")}");
        foreach (var o in next.NotYetAsked)
            console.MarkupLine($"[bold]not asked yet[/] (the posting stresses it, emphasis {PostingAnalyzer.Format(o.Emphasis)}): {Markup.Escape(o.Competency.Name)}" +
                (o.Story is { } s ? $" · prepare {Markup.Escape(s)} {Markup.Escape(PrepOutput.Shorten(o.StoryTitle ?? "", 50))}" : " · [red]no untold story fits[/]"));
        if (next.Told.Length > 0) console.MarkupLine($"already told: {Markup.Escape(string.Join(", ", next.Told))} (do not tell them again)");
        var unused = next.Unused.Take(10).Select(u => u.Id + (u.For is { } f ? $" (for {f})" : "")).ToList();
        console.MarkupLine($"stories not told yet ({next.Unused.Length}): {Markup.Escape(string.Join(", ", unused))}{(next.Unused.Length > 10 ? ", …" : "")}");
        if (!next.HasPosting)
            console.MarkupLine($"[dim]{Markup.Escape($"To also see what the job posting stresses that no round has asked yet: tellme prep --job POSTING --company \"{company}\"")}[/]");
    }
}
