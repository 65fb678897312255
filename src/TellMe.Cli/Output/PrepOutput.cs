using System.Globalization;
using Spectre.Console;
using TellMe.Debrief;
using TellMe.Plan;
using TellMe.Prep;

namespace TellMe.Cli.Output;

/// <summary>The text screens of <c>tellme prep</c>, and the loop-by-type table <c>tellme plan --rounds</c> shares.</summary>
public static class PrepOutput
{
    private const int SentenceWidth = 110;

    /// <summary>The whole report.</summary>
    public static void Text(Terminal terminal, PrepReport report)
    {
        var console = terminal.Console;
        console.MarkupLine($"[bold]{Markup.Escape(report.Title ?? report.Source)}[/] [dim]({Markup.Escape(report.Source)})[/]");
        if (report.Framework is { } f)
        {
            console.MarkupLine($"Company: [bold]{Markup.Escape(f.Company ?? report.Company ?? f.Name)}[/] · {Markup.Escape(f.Name)}{(f.FromBank ? " (your bank's file)" : "")}");
            foreach (var source in f.Sources)
                console.MarkupLine($"[dim]  source: {Markup.Escape(source.Title)}{(source.Url is { } url ? " " + Markup.Escape(url) : "")}[/]");
        }
        foreach (var note in report.Notes) console.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");

        console.Write(new Rule("What the posting asks for") { Justification = Justify.Left });
        if (report.Competencies.IsEmpty) console.MarkupLine("[dim]Nothing recognised.[/]");
        foreach (var c in report.Competencies) Competency(console, c, evidence: true);

        if (!report.CompanyValues.IsEmpty)
        {
            console.Write(new Rule($"{report.Framework?.Company ?? report.Company}'s values") { Justification = Justify.Left });
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Value").AddColumn(new TableColumn("In posting").RightAligned()).AddColumn("Your stories");
            foreach (var v in report.CompanyValues)
                table.AddRow(Markup.Escape(v.Competency.Name), v.Emphasis > 0 ? PostingAnalyzer.Format(v.Emphasis) : "[dim]—[/]", Stories(v));
            console.Write(table);
        }

        console.Write(new Rule("Technologies named") { Justification = Justify.Left });
        if (report.Technologies.IsEmpty) console.MarkupLine("[dim]None recognised.[/]");
        else
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Technology").AddColumn(new TableColumn("Mentions").RightAligned()).AddColumn("Lines").AddColumn("Your stories naming it");
            foreach (var t in report.Technologies)
                table.AddRow(Markup.Escape(t.Name), t.Evidence.Length.ToString(CultureInfo.InvariantCulture),
                    string.Join(", ", t.Evidence.Select(e => e.Line).Distinct()),
                    t.Stories.IsEmpty ? "[dim]none[/]" : Markup.Escape(string.Join(", ", t.Stories.Select(s => $"{s.Id} ({s.Drill.Describe()})"))));
            console.Write(table);
        }

        console.Write(new Rule("Gaps") { Justification = Justify.Left });
        if (report.Gaps.IsEmpty) console.MarkupLine("[green]Every competency the posting stresses has a story of its own.[/]");
        foreach (var gap in report.Gaps)
            console.MarkupLine($"[yellow]{(gap.Kind == "overloaded" ? "overloaded" : "gap")}:[/] {Markup.Escape(gap.Message)}");

        if (report.Plan is { } plan)
        {
            console.Write(new Rule("The loop, weighted by the posting") { Justification = Justify.Left });
            Loop(terminal, plan);
        }

        int stressed = report.Competencies.Count(c => c.Stressed);
        int covered = report.Competencies.Count(c => c.Stressed && !c.Stories.IsEmpty);
        console.MarkupLine($"[bold]{stressed}[/] competenc{(stressed == 1 ? "y" : "ies")} stressed by the posting, {covered} with a story of yours" +
            (report.Gaps.IsEmpty ? "; [green]no gaps[/]." : $"; [yellow]{report.Gaps.Length} gap{(report.Gaps.Length == 1 ? "" : "s")}[/] to close."));
    }

    private static void Competency(IAnsiConsole console, PrepCompetency c, bool evidence)
    {
        string stress = c.Stressed ? "[bold]stressed[/]" : "[dim]mentioned[/]";
        console.MarkupLine($"[bold]{Markup.Escape(c.Competency.Name)}[/] [dim]{Markup.Escape(c.Competency.Id.ToString())}[/] · emphasis {PostingAnalyzer.Format(c.Emphasis)} · {stress}");
        if (evidence)
            foreach (var e in c.Evidence)
            {
                // One line each: the sentence is cut to what the screen leaves beside the line number and the reason.
                int room = Math.Max(40, console.Profile.Width - 20 - e.Why.Length - e.Line.ToString(CultureInfo.InvariantCulture).Length);
                console.MarkupLine($"    [dim]line {e.Line}:[/] \u201c{Markup.Escape(Shorten(e.Sentence, room))}\u201d [dim]({Markup.Escape(e.Why)})[/]");
            }
        if (c.Stories.IsEmpty) console.MarkupLine($"    stories: {Stories(c)}");
        for (int i = 0; i < c.Stories.Length; i++)
            console.MarkupLine($"    {(i == 0 ? "stories:" : "        ")} {Story(c.Stories[i], 60)}");
    }

    private static string Story(CoveringStory s, int titleWidth) =>
        $"[bold]{Markup.Escape(s.Id)}[/] {Title(s.Title, titleWidth)} [dim]({s.Role}, {Drill(s.Drill)})[/]";

    // A story without a title (the user left it empty) still reads as one.
    private static string Title(string title, int width) =>
        string.IsNullOrWhiteSpace(title) ? "[dim](no title)[/]" : Markup.Escape(Shorten(title, width));

    private static string Stories(PrepCompetency c) =>
        c.Stories.IsEmpty ? $"[red]{Markup.Escape(c.Gap ?? "none")}[/]"
        : string.Join("\n", c.Stories.Select(s => Story(s, 40)));

    private static string Drill(DrillState d) => d.RecallNow is { } r
        ? $"{d.Describe()}, {d.Reviews} review{(d.Reviews == 1 ? "" : "s")}, recall {r.ToString("P0", CultureInfo.InvariantCulture)}"
        : d.Describe();

    /// <summary>The note after a report whose posting was remembered for a company's debriefs.</summary>
    public static void Remembered(Terminal terminal, SavedPosting saved)
    {
        int count = saved.Competencies.Length;
        terminal.Console.MarkupLine($"[dim]{Markup.Escape($"Remembered the {count} competenc{(count == 1 ? "y" : "ies")} this posting stresses for {saved.Company}: " +
            $"`tellme debrief --company \"{saved.Company}\"` will list those no round has asked about yet.")}[/]");
    }

    /// <summary>A loop laid out by interviewer type: each round with who interviews and what they listen for, then its slots.</summary>
    public static void Loop(Terminal terminal, LoopLayout layout)
    {
        var console = terminal.Console;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Round").AddColumn("Probes").AddColumn("Tell").AddColumn("Backup");
        foreach (var round in layout.Rounds)
        {
            var slots = layout.Plan.Slots.Where(s => s.Slot.Interviewer == round.Number).ToList();
            for (int i = 0; i < Math.Max(slots.Count, 1); i++)
            {
                string who = i == 0 ? $"[bold]{round.Number}. {Markup.Escape(round.Type.Name)}[/]" : "";
                if (slots.Count == 0) { table.AddRow(who, "[dim]nothing left to probe[/]", "", ""); continue; }
                var s = slots[i];
                string topic = Markup.Escape(s.Slot.Topic) + (s.Slot.Question is { } q && q != s.Slot.Topic ? $"\n[dim]{Markup.Escape(q)}[/]" : "");
                table.AddRow(who, topic,
                    s.Answer is { } answer ? $"[dim]answer:[/] {Markup.Escape(answer.Key)}" : Choice(s.Primary, s.Primary is null ? s.Problem : null),
                    Choice(s.Backup, s.Primary is not null ? s.Problem : null));
            }
        }
        console.Write(table);
        foreach (var round in layout.Rounds)
            console.MarkupLine($"[dim]{round.Number}. {Markup.Escape(round.Type.Name)} listens for: {Markup.Escape(round.Type.ListensFor)}[/]");
        int unfilled = layout.Plan.Unfilled;
        console.MarkupLine(unfilled == 0
            ? $"[green]{layout.Plan.Slots.Length} slots planned over {layout.Rounds.Length} rounds, no story told twice[/]"
            : $"[yellow]{layout.Plan.Slots.Length - unfilled} of {layout.Plan.Slots.Length} slots planned; {unfilled} could not get a story of their own[/]");
    }

    private static string Choice(StoryChoice? choice, string? problem) =>
        choice is { } c ? $"{Markup.Escape(c.Id)} {Title(c.Title, 40)}" : problem is null ? "[dim]—[/]" : $"[yellow]{Markup.Escape(problem)}[/]";

    /// <summary>Text cut at a word to fit a line, with an ellipsis.</summary>
    public static string Shorten(string text, int width = SentenceWidth)
    {
        if (text.Length <= width) return text;
        int cut = text.LastIndexOf(' ', width - 1);
        return text[..(cut > width / 2 ? cut : width - 1)] + "…";
    }
}
