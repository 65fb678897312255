using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TellMe.Cli.Output;
using TellMe.Data;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;
using TellMe.Practice.Stats;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme stats</c>: what is due, how practice went, and how well each competency is known.</summary>
public static class StatsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var bank = BankOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the statistics as JSON." };
        var command = new Command("stats", """
            Practice statistics from the drill history: cards due now and on each of the next 7 days,
            reviews per day (a bar chart), measured recall against FSRS's predicted recall, the weakest
            cards, and a competency × mastery table (new, learning, young, mature).

            Examples:
              tellme stats --bank examples/bank
              tellme stats --json
            """) { bank, json };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(bank)!;
            var loaded = BankOption.Load(terminal, dir);
            if (loaded is null) return ExitCodes.Usage;
            var deck = CardDeck.FromBank(loaded);
            IReadOnlyList<StoredCard> stored = [];
            IReadOnlyList<ReviewRecord> reviews = [];
            // No history yet: report the bank's cards as new rather than creating a database just to read it.
            if (File.Exists(SqlitePracticeStore.PathFor(dir.FullName)))
            {
                using var store = PracticeOutput.OpenStore(terminal, dir.FullName);
                if (store is null) return ExitCodes.Usage;
                try
                {
                    stored = store.Cards(includeRetired: true);
                    reviews = store.Reviews();
                }
                catch (PracticeStoreException ex)
                {
                    terminal.Fail(ex.Message);
                    return ExitCodes.Usage;
                }
            }
            var time = terminal.Time;
            var report = PracticeStats.Compute(deck, stored, reviews, new FsrsScheduler(), time.GetUtcNow(), time.LocalTimeZone);
            if (parse.GetValue(json)) Json.Write(terminal.Out, report);
            else Text(terminal, report);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Pct(double value) => (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static void Text(Terminal terminal, StatsReport r)
    {
        var console = terminal.Console;
        console.MarkupLine($"[bold]{r.Cards}[/] cards ({r.NewCards} new{(r.RetiredCards > 0 ? $", {r.RetiredCards} retired with history" : "")}), {r.TotalReviews} reviews. [bold]Due now: {r.DueNow}[/]");
        if (r.TotalReviews == 0) console.MarkupLine("[dim]No practice yet: run tellme drill.[/]");

        console.Write(new Rule("Due in the next 7 days") { Justification = Justify.Left });
        var due = new BarChart().Width(60);
        foreach (var d in r.DueNextDays) due.AddItem(d.Date.ToString("ddd MM-dd", CultureInfo.InvariantCulture), d.Count, Color.Blue);
        console.Write(due);

        console.Write(new Rule("Reviews per day (last 14 days)") { Justification = Justify.Left });
        var per = new BarChart().Width(60);
        foreach (var d in r.ReviewsPerDay) per.AddItem(d.Date.ToString("ddd MM-dd", CultureInfo.InvariantCulture), d.Reviews, d.Again > d.Reviews / 2 ? Color.Yellow : Color.Green);
        console.Write(per);

        console.Write(new Rule("Measured recall vs FSRS prediction") { Justification = Justify.Left });
        if (r.Recall.IsEmpty) console.MarkupLine("[dim]No reviews of cards past their first learning yet.[/]");
        else
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Predicted", "Reviews", "Predicted mean", "Measured");
            foreach (var b in r.Recall)
                table.AddRow($"{Pct(b.From)}–{Pct(b.To)}", b.Reviews.ToString(CultureInfo.InvariantCulture), Pct(b.Predicted), Pct(b.Measured));
            console.Write(table);
        }

        console.Write(new Rule("Weakest cards") { Justification = Justify.Left });
        if (r.Weakest.IsEmpty) console.MarkupLine("[dim]None reviewed yet.[/]");
        else
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Card", "Title", "Recall now", "Last rating", "Stability", "Lapses");
            foreach (var w in r.Weakest)
                table.AddRow(Markup.Escape(w.Id.ToString()), Markup.Escape(w.Title),
                    w.Retrievability is { } recall ? Pct(recall) : $"[yellow]{w.State.ToString().ToLowerInvariant()}[/]",
                    w.LastRating is { } last ? last.ToString().ToLowerInvariant() : "—",
                    w.Stability.ToString("0.0", CultureInfo.InvariantCulture) + "d", w.Lapses.ToString(CultureInfo.InvariantCulture));
            console.Write(table);
        }

        console.Write(new Rule("Competency × mastery") { Justification = Justify.Left });
        var mastery = new Table().Border(TableBorder.Rounded).AddColumns("Competency", "New", "Learning", "Young", "Mature", "Recall now");
        // Rows are per competency ID: a bank principle and a general competency of the same name get their framework.
        var shared = r.Mastery.GroupBy(m => m.Competency, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var m in r.Mastery)
        {
            string name = Markup.Escape(m.Competency) + (shared.Contains(m.Competency) && m.Id is { } id ? $" [dim]({Markup.Escape(id.Framework)})[/]" : "");
            mastery.AddRow(name, N(m.New), N(m.Learning), N(m.Young), N(m.Mature), m.MeanRetrievability is { } x ? Pct(x) : "—");
        }
        console.Write(mastery);
    }

    private static string N(int n) => n == 0 ? "·" : n.ToString(CultureInfo.InvariantCulture);
}
