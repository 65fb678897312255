using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TellMe.Cli.Output;
using TellMe.Match.Evaluation;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme eval</c>: how often matching gets labelled questions right.</summary>
public static class EvalCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<FileInfo>("file") { Description = "A TSV file: type<TAB>question<TAB>label;label…" };
        var bank = BankOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var framework = new Option<string?>("--framework") { Description = "Score lp lines on the principles of this framework of the bank only (its ID), for a bank with several.", HelpName = "ID" };
        var command = new Command("eval", """
            Measure matching on labelled questions. Each line of FILE is type<TAB>question<TAB>labels, type lp
            (labels are principle names) or bq (labels are answer keys), labels separated by ';' (a ';'
            followed by a space stays inside a name). Prints top-1 and top-3 accuracy per type and every miss.
            Each figure comes with its 95 % confidence interval (Wilson). A bad line is reported with its number and skipped. Exit code 0: all lines scored; 1: some lines
            were skipped; 2: no line could be scored.

            Example:
              tellme eval bench/match/dev-set.tsv --bank my-bank
            """) { file, bank, json, framework };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (InputText.Read(terminal, path.ToString(), "evaluation file") is not { } text) return ExitCodes.Usage;
            var (cases, problems) = EvalFile.Parse(text);
            var matcher = MatchCommand.LoadMatcher(terminal, parse.GetValue(bank)!);
            if (matcher is null) return ExitCodes.Usage;
            string? frameworkId = parse.GetValue(framework);
            if (frameworkId is not null && !matcher.Frameworks.Contains(frameworkId, StringComparer.Ordinal))
            {
                terminal.Fail($"--framework {frameworkId}: the bank has no such framework; use one of: {string.Join(", ", matcher.Frameworks)}");
                return ExitCodes.Usage;
            }
            var report = Evaluator.Run(matcher, cases, problems, frameworkId);
            foreach (var problem in report.Problems) terminal.Fail($"{path}:{problem.Line}: {problem.Message}");
            if (parse.GetValue(json)) Json.Write(terminal.Out, EvalJson.From(report));
            else if (report.HasScores) Text(terminal, report);
            if (!report.HasScores)
            {
                terminal.Fail("no line could be scored");
                return ExitCodes.Usage;
            }
            return report.Problems.IsEmpty ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    private static void Text(Terminal terminal, EvalReport report)
    {
        var console = terminal.Console;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Type").AddColumn(new TableColumn("Questions").RightAligned())
            .AddColumn(new TableColumn("Top-1 (95 % CI)").RightAligned()).AddColumn(new TableColumn("Top-3 (95 % CI)").RightAligned());
        foreach (var s in report.Scores)
            table.AddRow(EvalJson.Type(s.Kind), s.Count.ToString(CultureInfo.InvariantCulture), Percent(s.Top1Share), Percent(s.Top3Share));
        console.Write(table);
        foreach (var s in report.Scores)
        {
            if (s.Misses.IsEmpty) continue;
            console.MarkupLine($"[bold]{EvalJson.Type(s.Kind)} misses ({s.Misses.Length})[/]");
            foreach (var m in s.Misses)
            {
                string rank = m.Rank is { } r ? $"right answer at #{r}" : "right answer not in the top 3";
                console.MarkupLine($"  line {m.Line}: {Markup.Escape(m.Question)}");
                console.MarkupLine($"    [dim]want[/] {Markup.Escape(string.Join("; ", m.Expected))}  [dim]got[/] {Markup.Escape(string.Join(" | ", m.Predicted))}  [dim]({rank})[/]");
            }
        }
    }

    private static string Percent(Proportion share) =>
        string.Create(CultureInfo.InvariantCulture, $"{100 * share.Value:0.0} % ({share.Hits}/{share.Count}) [dim]{100 * share.Low:0.0}–{100 * share.High:0.0}[/]");
}
