using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using TellMe.Bank;
using TellMe.Cli.Output;
using TellMe.Diagnostics;
using TellMe.Match;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme match</c>: the answers and stories that fit an interview question.</summary>
public static class MatchCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var question = new Argument<string?>("question") { Description = "The question, in quotes.", Arity = ArgumentArity.ZeroOrOne };
        var bank = BankOption.Create();
        var top = new Option<int>("--top", "-n") { Description = "How many competencies, answers and stories to show.", DefaultValueFactory = _ => 5 };
        var batch = new Option<FileInfo?>("--batch") { Description = "Match every line of FILE ('-' for standard input); writes JSON Lines, one object per line, in order." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of tables." };
        var framework = new Option<string?>("--framework") { Description = "Rank only the principles of this framework of the bank (its ID, e.g. amazon), for a bank with several.", HelpName = "ID" };
        var teach = new Option<string?>("--teach") { Description = "Record that the question is answered by this answer key (or principle) in the bank's questions.yaml, so future matches learn from it; then match.", HelpName = "KEY" };
        var command = new Command("match", """
            Find the prepared answers and stories that fit an interview question, even one in words you never
            wrote: the question is classified into the competencies it probes (using TellMe's labelled question
            bank), and your answers and stories are matched by those competencies and by shared words.

            Examples:
              tellme match "Walk me through a time the data said one thing and your gut another" --bank my-bank
              tellme match --batch questions.txt --bank my-bank > matches.jsonl
              tellme match "Why Amazon?" --framework amazon --json --bank my-bank
              tellme match "Why did you take the job you have now?" --teach "Why Cybereason" --bank my-bank
            """) { question, bank, top, batch, json, framework, teach };
        command.SetAction(parse =>
        {
            string? text = parse.GetValue(question);
            var batchFile = parse.GetValue(batch);
            int count = parse.GetValue(top);
            if (count is < 1 or > 100)
            {
                terminal.Fail("--top must be between 1 and 100");
                return ExitCodes.Usage;
            }
            if (text is not null && batchFile is not null)
            {
                terminal.Fail("give either a question or --batch FILE, not both");
                return ExitCodes.Usage;
            }
            if (text is null && batchFile is null)
            {
                terminal.Fail("give a question in quotes, or --batch FILE with one question per line");
                return ExitCodes.Usage;
            }
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                terminal.Fail("the question is empty");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(teach) is { } label)
            {
                if (text is null)
                {
                    terminal.Fail("--teach needs a question in quotes (it cannot be used with --batch)");
                    return ExitCodes.Usage;
                }
                int taught = Teach(terminal, parse.GetValue(bank)!, text, label, quiet: parse.GetValue(json));
                if (taught != ExitCodes.Ok) return taught;
            }
            string[]? batchLines = null;
            if (batchFile is not null)
            {
                // The whole input is read (and refused if it is not text) before anything is printed.
                if (InputText.Read(terminal, batchFile.ToString(), "batch file") is not { } batchText) return ExitCodes.Usage;
                batchLines = InputText.Lines(batchText);
            }
            var matcher = LoadMatcher(terminal, parse.GetValue(bank)!);
            if (matcher is null) return ExitCodes.Usage;
            string? frameworkId = parse.GetValue(framework);
            if (frameworkId is not null && !matcher.Frameworks.Contains(frameworkId, StringComparer.Ordinal))
            {
                terminal.Fail(matcher.Frameworks.Count == 0
                    ? $"--framework {frameworkId}: the bank has no framework (frameworks/*.yaml)"
                    : $"--framework {frameworkId}: the bank has no such framework; use one of: {string.Join(", ", matcher.Frameworks)}");
                return ExitCodes.Usage;
            }
            if (batchLines is not null) return Batch(terminal, matcher, batchLines, count, frameworkId);

            var result = matcher.Match(text, count, frameworkId);
            if (parse.GetValue(json)) Json.Write(terminal.Out, MatchJson.From(result, null));
            else Text(terminal, result);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Adds the question to the bank's questions.yaml; says so in text mode (with --json only the match is printed).</summary>
    private static int Teach(Terminal terminal, DirectoryInfo dir, string question, string label, bool quiet)
    {
        var bank = BankOption.Load(terminal, dir);
        if (bank is null) return ExitCodes.Usage;
        var result = QuestionTeacher.Teach(dir.FullName, bank, question, label);
        if (result.Outcome == TeachOutcome.Refused)
        {
            terminal.Fail(result.Message);
            return ExitCodes.Usage;
        }
        if (!quiet) terminal.Console.MarkupLine($"[green]{(result.Outcome == TeachOutcome.Added ? "Taught" : "Already taught")}:[/] "
            + Markup.Escape($"\u201c{result.Question!.Text}\u201d \u2192 {result.Question.Answer ?? result.Question.Principle}"));
        return ExitCodes.Ok;
    }

    /// <summary>Loads the bank and builds its matcher, warning (not failing) when some files could not be read.</summary>
    public static Matcher? LoadMatcher(Terminal terminal, DirectoryInfo dir)
    {
        var bank = BankOption.Load(terminal, dir);
        if (bank is null) return null;
        int errors = bank.LoadDiagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
            terminal.Fail($"warning: {errors} bank file(s) could not be read and are left out; run `tellme check --bank {dir}`");
        return Matcher.Create(bank);
    }

    private static int Batch(Terminal terminal, Matcher matcher, string[] lines, int count, string? framework)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            string text = lines[i];
            object value = string.IsNullOrWhiteSpace(text)
                ? new BatchErrorJson(i + 1, text, "the line is empty; write one question per line")
                : MatchJson.From(matcher.Match(text, count, framework), i + 1);
            terminal.Out.WriteLine(JsonSerializer.Serialize(value, value.GetType(), Json.Compact));
        }
        return ExitCodes.Ok;
    }

    private static void Text(Terminal terminal, MatchResult result)
    {
        var console = terminal.Console;
        foreach (var note in result.Notes) terminal.Fail(note);
        if (result.IsEmpty)
        {
            console.MarkupLine("[yellow]No match.[/]");
            return;
        }
        // The principle the user prepared for comes first; the general topics say what else the question is about.
        if (result.ShownPrinciple is { } principle)
            console.MarkupLine($"[bold]Principle:[/] {Markup.Escape(principle.Name)}"
                + (result.Principles.Length > 1 ? $" [dim](then {Markup.Escape(string.Join(", ", result.Principles.Skip(1).Take(2).Select(p => p.Name)))})[/]" : ""));
        if (!result.Competencies.IsEmpty)
            console.MarkupLine("[bold]Probes:[/] " + string.Join(" · ", result.Competencies.Take(3).Select(c => Markup.Escape(c.Name))));
        if (!result.Answers.IsEmpty)
        {
            var answers = new Table().Border(TableBorder.Rounded).AddColumn("Answer").AddColumn("Story").AddColumn(new TableColumn("Score").RightAligned()).AddColumn("Why");
            foreach (var a in result.Answers)
                answers.AddRow(Markup.Escape(a.Key), Markup.Escape(a.Story ?? ""), Score(a.Score), Markup.Escape(a.Why));
            console.Write(answers);
        }
        if (!result.Stories.IsEmpty)
        {
            var stories = new Table().Border(TableBorder.Rounded).AddColumn("Story").AddColumn("Title").AddColumn(new TableColumn("Score").RightAligned()).AddColumn("Why");
            foreach (var s in result.Stories)
                stories.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Title), Score(s.Score), Markup.Escape(s.Why));
            console.Write(stories);
        }
    }

    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);
}
