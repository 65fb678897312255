using System.Globalization;
using Spectre.Console;
using TellMe.Debrief;

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
            table.AddRow(q.Position.ToString(CultureInfo.InvariantCulture), question, Markup.Escape(q.CompetencyName ?? "—"), told, went);
        }
        console.Write(table);
    }

    private static void Next(IAnsiConsole console, string company, NextRoundPrep next)
    {
        console.Write(new Rule($"Prepare for the next round with {company}") { Justification = Justify.Left });
        if (next.Weak.IsEmpty) console.MarkupLine("[dim]No answer rated again or hard so far.[/]");
        foreach (var w in next.Weak)
            console.MarkupLine($"[yellow]answered weakly[/] ({QuestionList.Describe(w.Rating)}, {Markup.Escape(w.Round)}): {Markup.Escape(w.Name ?? "?")} · \u201c{Markup.Escape(PrepOutput.Shorten(w.Question, 90))}\u201d{(w.Story is { } s ? $" with {Markup.Escape(s)}" : "")}");
        foreach (var o in next.NotYetAsked)
            console.MarkupLine($"[bold]not asked yet[/] (the posting stresses it, emphasis {Prep.PostingAnalyzer.Format(o.Emphasis)}): {Markup.Escape(o.Name)}" +
                (o.Story is { } s ? $" · prepare {Markup.Escape(s)} {Markup.Escape(PrepOutput.Shorten(o.StoryTitle ?? "", 50))}" : " · [red]no untold story fits[/]"));
        if (next.Told.Length > 0) console.MarkupLine($"already told: {Markup.Escape(string.Join(", ", next.Told))} (do not tell them again)");
        var unused = next.Unused.Take(10).Select(u => u.Id + (u.For is { } f ? $" (for {f})" : "")).ToList();
        console.MarkupLine($"stories not told yet ({next.Unused.Length}): {Markup.Escape(string.Join(", ", unused))}{(next.Unused.Length > 10 ? ", …" : "")}");
    }
}
