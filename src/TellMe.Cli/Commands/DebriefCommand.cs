using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TellMe.Bank;
using TellMe.Cli.Output;
using TellMe.Data;
using TellMe.Debrief;
using TellMe.Debrief.Transcripts;
using TellMe.Plan;
using TellMe.Practice;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme debrief</c>: record a real interview round, or show a company's rounds so far.</summary>
public static class DebriefCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var bank = BankOption.Create();
        var company = new Option<string?>("--company", "-c") { Description = "The company the round was with (required)." };
        var round = new Option<string?>("--round", "-r") { Description = "The round's label, e.g. \"phone screen\" or \"onsite 2 - bar raiser\"; with --questions or --transcript it records a round.", HelpName = "LABEL" };
        var questions = new Option<FileInfo?>("--questions", "-q") { Description = "The questions asked, one per line (format below).", HelpName = "FILE" };
        var transcript = new Option<FileInfo?>("--transcript", "-t") { Description = "A meeting transcript (WebVTT, SRT, or \"Speaker: text\" lines); the interviewer's questions are found in it.", HelpName = "FILE" };
        var date = new Option<string?>("--date") { Description = "The day of the round, YYYY-MM-DD (default: today)." };
        var type = new Option<string?>("--type") { Description = $"Who interviewed: {string.Join(", ", InterviewerTypes.EmbeddedIds)} (default: guessed from the label)." };
        var interviewer = new Option<string[]>("--interviewer", "-i") { Description = "The interviewer's name as the transcript writes it (repeat for a panel); also recorded with the round.", AllowMultipleArgumentsPerToken = true };
        var candidate = new Option<string?>("--candidate") { Description = "Your name as the transcript writes it (default: the bank's owner); everyone else is an interviewer." };
        var notes = new Option<string?>("--notes") { Description = "Notes on the whole round." };
        var json = new Option<bool>("--json") { Description = "Print the outcome (or the company's rounds) as JSON." };
        var command = new Command("debrief", $"""
            After a real interview round, record what happened: the questions asked (from a questions file, or found
            in a meeting transcript, where only the interviewer's questions count), the story you told for each and
            how it went (1-4, from the file; asked for on a terminal; otherwise left unrated), and notes. TellMe
            matches each question to your bank, stores the round in the practice history, schedules each rated
            answer as a review of the right card (a weak answer comes back soon), warns when a story was already
            told to the same company, and lists what to prepare for the next round. Without --round it shows the
            company's rounds so far.
            Exit code 0: recorded (or shown); 2: bad usage, unreadable input, an unknown story, no questions.

            Questions file (--questions FILE):
            {QuestionList.Format}

            Examples:
              tellme debrief --company Stripe --round "phone screen" --questions questions.txt --bank my-bank
              tellme debrief --company Stripe --round "onsite 1 - hiring manager" --transcript call.vtt --interviewer "Priya"
              tellme debrief --company Stripe --json
            """) { bank, company, round, questions, transcript, date, type, interviewer, candidate, notes, json };
        command.SetAction(parse =>
        {
            string? companyName = parse.GetValue(company);
            if (string.IsNullOrWhiteSpace(companyName))
            {
                terminal.Fail("give the company with --company NAME");
                return ExitCodes.Usage;
            }
            string? label = parse.GetValue(round);
            var questionFile = parse.GetValue(questions);
            var transcriptFile = parse.GetValue(transcript);
            var dir = parse.GetValue(bank)!;
            if (label is null && questionFile is null && transcriptFile is null)
                return History(terminal, dir, companyName, parse.GetValue(json));
            if (string.IsNullOrWhiteSpace(label))
            {
                terminal.Fail("give the round's label with --round LABEL (\"phone screen\", \"onsite 2\")");
                return ExitCodes.Usage;
            }
            if ((questionFile is null) == (transcriptFile is null))
            {
                terminal.Fail("give the questions with exactly one of --questions FILE or --transcript FILE");
                return ExitCodes.Usage;
            }
            DateOnly? heldOn = null;
            if (parse.GetValue(date) is { } day)
            {
                if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    terminal.Fail($"--date '{day}' is not a day; write YYYY-MM-DD");
                    return ExitCodes.Usage;
                }
                heldOn = parsed;
            }
            InterviewerType? interviewerType = null;
            if (parse.GetValue(type) is { } typeName && (interviewerType = InterviewerTypes.Embedded.Find(typeName)) is null)
            {
                terminal.Fail($"unknown interviewer type '{typeName}'; use: {string.Join(", ", InterviewerTypes.Embedded.All.Select(t => t.Id))}");
                return ExitCodes.Usage;
            }
            var interviewers = (parse.GetValue(interviewer) ?? []).SelectMany(i => i.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();

            var matcher = MatchCommand.LoadMatcher(terminal, dir);
            if (matcher is null) return ExitCodes.Usage;
            var file = (questionFile ?? transcriptFile)!;
            string? text = TextInput.Read(terminal, file, questionFile is not null ? "questions file" : "transcript");
            if (text is null) return ExitCodes.Usage;
            var read = questionFile is not null
                ? DebriefInput.Read(text, null)
                : DebriefInput.Read(null, text, new ExtractionOptions(interviewers, parse.GetValue(candidate)), matcher.Bank.Settings.Owner);
            if (!read.Ok)
            {
                foreach (var problem in read.Problems) terminal.Fail(Problem(file, problem));
                return ExitCodes.Usage;
            }
            var asked = read.Questions;
            var extraction = read.Extraction;
            if (extraction is not null)
            {
                if (!parse.GetValue(json)) DebriefOutput.Transcript(terminal, file.ToString(), extraction);
                if (interviewers.Count == 0 && !extraction.Interviewers.IsEmpty) interviewers = [.. extraction.Interviewers];
            }

            using var store = PracticeOutput.OpenStore(terminal, dir.FullName);
            if (store is null) return ExitCodes.Usage;
            try
            {
                var service = new DebriefService(matcher, store, terminal.Time);
                if (terminal.CanPrompt && !parse.GetValue(json))
                    asked = Ask(terminal, matcher.Bank, service.Suggest(companyName, asked), asked);
                var outcome = service.Record(new DebriefRequest
                {
                    Company = companyName,
                    Round = label,
                    Questions = asked,
                    HeldOn = heldOn,
                    Type = interviewerType,
                    Interviewer = interviewers.Count == 0 ? null : string.Join(", ", interviewers),
                    Source = read.Source,
                    Notes = parse.GetValue(notes),
                });
                if (!outcome.Problems.IsEmpty)
                {
                    foreach (var p in outcome.Problems) terminal.Fail(p.Line > 0 ? $"{file}:{p.Line}: {p.Message}" : p.Message);
                    terminal.Error.WriteLine("Nothing was recorded.");
                    return ExitCodes.Usage;
                }
                if (parse.GetValue(json)) Json.Write(terminal.Out, DebriefJson.From(outcome, extraction));
                else DebriefOutput.Recorded(terminal, outcome);
                return ExitCodes.Ok;
            }
            catch (PracticeStoreException ex)
            {
                terminal.Fail(ex.Message);
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    /// <summary>A problem with the questions, worded for the command line: the file and its line, the option to use.</summary>
    private static string Problem(FileInfo file, DebriefInputProblem problem) => problem.Issue switch
    {
        DebriefInputIssue.BadLine => $"{file}:{problem.Line}: {problem.Message}",
        DebriefInputIssue.NoneGiven or DebriefInputIssue.OnlyComments => $"the questions file {file} has no questions; write one question per line",
        DebriefInputIssue.NoInterviewerQuestions => $"found no interviewer questions in {file} ({problem.Speakers}). Name the interviewer with --interviewer NAME, " +
            "or write the questions one per line and use --questions FILE",
        _ => $"{file}: {problem.Message}",
    };

    private static int History(Terminal terminal, DirectoryInfo dir, string company, bool json)
    {
        var matcher = MatchCommand.LoadMatcher(terminal, dir);
        if (matcher is null) return ExitCodes.Usage;
        // No history yet: say so rather than creating a database just to read it.
        if (!File.Exists(SqlitePracticeStore.PathFor(dir.FullName)))
        {
            var empty = DebriefService.NoHistory(matcher, company);
            if (json) Json.Write(terminal.Out, DebriefHistoryJson.From(empty));
            else DebriefOutput.History(terminal, empty);
            return ExitCodes.Ok;
        }
        using var store = PracticeOutput.OpenStore(terminal, dir.FullName);
        if (store is null) return ExitCodes.Usage;
        try
        {
            var history = new DebriefService(matcher, store, terminal.Time).History(company);
            if (json) Json.Write(terminal.Out, DebriefHistoryJson.From(history));
            else DebriefOutput.History(terminal, history);
            return ExitCodes.Ok;
        }
        catch (PracticeStoreException ex)
        {
            terminal.Fail(ex.Message);
            return ExitCodes.Usage;
        }
    }

    // On a terminal: for each question the file did not settle, ask which story was told, how it went, and notes.
    // Keys are read through the terminal's input (LineInput), so a test can type them.
    private static ImmutableArray<AskedQuestion> Ask(Terminal terminal, StoryBank bank, ImmutableArray<DebriefSuggestion> suggestions, ImmutableArray<AskedQuestion> asked)
    {
        var console = terminal.Console;
        var input = new LineInput(terminal);
        var result = ImmutableArray.CreateBuilder<AskedQuestion>(asked.Length);
        console.MarkupLine("[dim]For each question: the story or answer you told (Enter takes TellMe's suggestion, - for none), how it went (1 again, 2 hard, 3 good, 4 easy; Enter: not rated), and notes.[/]");
        for (int i = 0; i < asked.Length; i++)
        {
            var q = asked[i];
            var s = suggestions[i];
            if (q.Told is not null && q.Rating is not null && q.Notes is not null)
            {
                result.Add(q);
                continue;
            }
            console.Write(new Rule($"[bold]Question {i + 1} of {asked.Length}[/]") { Justification = Justify.Left });
            DebriefOutput.Suggestion(console, q, s);
            string? told = q.Told;
            while (told is null)
            {
                string? line = input.Ask($"Story or answer told [[{Markup.Escape(s.Story ?? s.Answer ?? "-")}]]: ");
                if (line is null) return result.ToImmutable().AddRange(asked.Skip(i)); // input ended: keep the rest as the file has them
                line = line.Trim();
                if (line.Length == 0) { told = s.Story ?? s.Answer ?? ""; break; }
                if (line == "-") { told = ""; break; }
                if ((StoryId.TryParse(line, out var id) && bank.Find(id) is not null) || bank.Find(line) is not null || bank.FindAnswer(line) is not null) { told = line; break; }
                console.MarkupLine($"[red]no story or answer '{Markup.Escape(line)}' in the bank[/]");
            }
            var rating = q.Rating;
            bool ended = false;
            while (rating is null)
            {
                string? line = input.Ask("How did it go? 1 again, 2 hard, 3 good, 4 easy (Enter: not rated): ");
                ended = line is null;
                if (line is null || line.Trim().Length == 0) break;
                if (QuestionList.TryParseRating(line, out var r)) rating = r;
                else console.MarkupLine("[red]type 1, 2, 3 or 4[/]");
            }
            string? notes = q.Notes;
            if (notes is null && !ended)
            {
                notes = input.Ask("Notes (Enter: none): ")?.Trim();
                ended = notes is null;
            }
            result.Add(q with { Told = told.Length == 0 ? null : told, Rating = rating, Notes = string.IsNullOrEmpty(notes) ? null : notes });
            // The input ended (Esc, Ctrl+D): what was typed for this question stays, the rest as the file has them.
            if (ended) return result.ToImmutable().AddRange(asked.Skip(i + 1));
        }
        return result.ToImmutable();
    }
}
