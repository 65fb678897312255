using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;
using TellMe.Cli.Output;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Drill;
using TellMe.Practice.Feedback;
using TellMe.Practice.Scheduling;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme drill</c>: spaced-repetition practice of the bank's answers, principles and stories.</summary>
public static class DrillCommand
{
    private sealed record Settings
    {
        public required bool Type { get; init; }
        public required string? AnswerFile { get; init; }
        public required bool PassFail { get; init; }
        public required TimeSpan Time { get; init; }
        public required int WordsPerMinute { get; init; }
    }

    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var bank = BankOption.Create();
        var type = new Option<bool>("--type") { Description = "Type (or paste) each answer instead of saying it aloud; you get feedback before rating." };
        var answerFile = new Option<string?>("--answer-file") { Description = "Read each answer from this file when you reveal (e.g. a speech-to-text transcript it keeps writing)." };
        var passFail = new Option<bool>("--pass-fail") { Description = "Rate with just \"missed it\" / \"got it\" (Again / Good) instead of 1-4." };
        var time = new Option<string>("--time") { Description = "Countdown and target speaking time, m:ss or seconds.", DefaultValueFactory = _ => "2:30" };
        var script = new Option<string?>("--script") { Description = "Run without a terminal from a script of ratings and answers (format below); - reads standard input." };
        var seed = new Option<int?>("--seed") { Description = "Seed the prompt draws, so a run can be repeated." };
        var fresh = new Option<int>("--new") { Description = "How many never-seen cards to introduce this session.", DefaultValueFactory = _ => 10 };
        var all = new Option<bool>("--all") { Description = "When nothing is due, go on with cards not due yet, soonest first (cramming before an interview)." };
        var retention = new Option<double>("--retention") { Description = "Desired retention: the recall probability at which a card falls due (0.7-0.97).", DefaultValueFactory = _ => 0.9 };
        var command = new Command("drill", $"""
            Drill the bank with spaced repetition (FSRS-6). Each card is an answer key, a principle or a
            story; its prompt is an interviewer's question drawn afresh each time. Answer aloud (or type
            with --type) against a visible countdown, reveal the story, key points and STAR outline, and rate
            how well you recalled it; you see when each rating brings the card back. Each review is saved
            (in .tellme/practice.db in the bank) before the next card is shown. Press q to stop at any time.

            Script format (--script FILE), one step per card:
            {DrillScript.Format}
            Each saved review prints a line "saved review ID for CARD: RATING, due ...".

            Examples:
              tellme drill --bank examples/bank
              tellme drill --type --pass-fail --time 2:00
              tellme drill --script session.txt --seed 7
            """) { bank, type, answerFile, passFail, time, script, seed, fresh, all, retention };
        command.SetAction(parse =>
        {
            if (!PracticeOutput.TryParseTime(parse.GetValue(time), out var target))
            {
                terminal.Fail($"--time '{parse.GetValue(time)}' is not a time: write m:ss (2:30) or seconds (150), up to an hour");
                return ExitCodes.Usage;
            }
            double desired = parse.GetValue(retention);
            if (!(desired >= 0.7 && desired <= 0.97))
            {
                terminal.Fail($"--retention {desired.ToString(CultureInfo.InvariantCulture)} is out of range: use 0.7 to 0.97 (default 0.9)");
                return ExitCodes.Usage;
            }
            int newCards = parse.GetValue(fresh);
            if (newCards < 0)
            {
                terminal.Fail("--new must be 0 or more");
                return ExitCodes.Usage;
            }
            bool pf = parse.GetValue(passFail);
            string? scriptPath = parse.GetValue(script);
            ScriptStep[]? steps = null;
            string? answerPath = parse.GetValue(answerFile);
            if (answerPath is not null && PracticeOutput.ReadText(terminal, answerPath, "answer file") is null)
                return ExitCodes.Usage; // missing, binary or not UTF-8: said why
            if (answerPath is not null && scriptPath is not null)
            {
                terminal.Fail("--answer-file is for a live session; in a script, give each answer on its card's lines ('answer: …' or 'RATING | …')");
                return ExitCodes.Usage;
            }
            if (scriptPath is not null)
            {
                string? text = PracticeOutput.ReadText(terminal, scriptPath, "script");
                if (text is null) return ExitCodes.Usage;
                var (parsed, errors) = DrillScript.Parse(text, pf);
                if (errors.Length > 0)
                {
                    foreach (var e in errors) terminal.Fail($"{scriptPath}:{e.Line}: {e.Message}");
                    return ExitCodes.Usage;
                }
                steps = [.. parsed];
            }
            else if (Console.IsInputRedirected || Console.IsOutputRedirected)
            {
                terminal.Fail("tellme drill needs a terminal to ask and read answers; to run without one, give --script FILE (see tellme drill --help)");
                return ExitCodes.Usage;
            }

            var dir = parse.GetValue(bank)!;
            var loaded = BankOption.Load(terminal, dir);
            if (loaded is null) return ExitCodes.Usage;
            var deck = CardDeck.FromBank(loaded);
            if (deck.IsEmpty)
            {
                terminal.Fail($"the bank '{dir}' has no answers, principles with stories, or stories to drill; import or write some first");
                return ExitCodes.Usage;
            }
            var settings = new Settings
            {
                Type = parse.GetValue(type),
                AnswerFile = answerPath,
                PassFail = pf,
                Time = target,
                WordsPerMinute = loaded.Settings.Check.WordsPerMinute,
            };
            var scheduler = new FsrsScheduler(FsrsParameters.Default with { DesiredRetention = desired, EnableFuzz = true });
            var random = parse.GetValue(seed) is { } s ? new Random(s) : new Random();
            using var store = PracticeOutput.OpenStore(terminal, dir.FullName);
            if (store is null) return ExitCodes.Usage;
            try
            {
                var session = DrillSession.Start(store, deck, scheduler, new Prompts(PracticeOutput.Questions, loaded.Taught), random, TimeProvider.System,
                    new DrillOptions { NewCardsPerSession = newCards, IncludeNotDue = parse.GetValue(all) });
                Announce(terminal, session);
                return steps is not null ? RunScript(terminal, session, steps, settings) : RunInteractive(terminal, session, settings);
            }
            catch (PracticeStoreException ex)
            {
                terminal.Fail(ex.Message);
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static void Announce(Terminal terminal, DrillSession session)
    {
        var sync = session.Sync;
        if (sync.Retired.Length > 0)
            terminal.Console.MarkupLine($"[dim]{sync.Retired.Length} card(s) left the bank and are retired, history kept: {Markup.Escape(string.Join(", ", sync.Retired.Take(5)))}[/]");
        if (sync.Returned.Length > 0)
            terminal.Console.MarkupLine($"[dim]{sync.Returned.Length} card(s) are back with their history: {Markup.Escape(string.Join(", ", sync.Returned.Take(5)))}[/]");
        if (sync.Added.Length > 0)
            terminal.Console.MarkupLine($"[dim]{sync.Added.Length} new card(s) from the bank.[/]");
    }

    private static int RunScript(Terminal terminal, DrillSession session, ScriptStep[] steps, Settings settings)
    {
        int shown = 0;
        foreach (var step in steps)
        {
            if (step.Action == ScriptAction.Quit)
            {
                terminal.Console.MarkupLine("[dim]q: session ended.[/]");
                break;
            }
            var turn = session.Next();
            if (turn is null)
            {
                NothingDue(terminal, session);
                break;
            }
            shown++;
            ShowTurn(terminal, turn, shown);
            terminal.Console.MarkupLine("[bold]Reveal[/]");
            PracticeOutput.Reveal(terminal, turn.Card);
            if (step.Answer is { } answer)
            {
                terminal.Console.MarkupLine("[bold]Feedback[/]");
                PracticeOutput.Feedback(terminal, FeedbackAnalyzer.Analyze(answer, turn.Card, new FeedbackOptions { Target = settings.Time, WordsPerMinute = settings.WordsPerMinute }));
            }
            terminal.Console.MarkupLine($"[dim]{Markup.Escape(PracticeOutput.Choices(turn.Preview, turn.ShownAt, settings.PassFail))}[/]");
            if (step.Action == ScriptAction.Skip)
            {
                session.Skip(turn);
                terminal.Console.MarkupLine("skipped (not rated)");
                continue;
            }
            Saved(terminal, session.Rate(turn, step.Rating!.Value, step.Answer), settings.PassFail);
        }
        terminal.Console.MarkupLine($"Session over: {session.Reviewed} review(s) saved.");
        return ExitCodes.Ok;
    }

    private static void ShowTurn(Terminal terminal, DrillTurn turn, int number)
    {
        string state = turn.IsNew ? "new" : turn.Schedule.State.ToString().ToLowerInvariant();
        terminal.Console.Write(new Rule($"[bold]Card {number}[/] · {Markup.Escape(turn.Card.Id.ToString())} · {state}") { Justification = Justify.Left });
        string source = turn.Prompt.Source switch
        {
            PromptSource.QuestionBank => "question bank",
            PromptSource.Taught => "asked before (questions.yaml)",
            _ => "built-in",
        };
        terminal.Console.MarkupLine($"[bold]Q:[/] {Markup.Escape(turn.Prompt.Text)} [dim]({source})[/]");
        if (turn.Prompt.Hint is { } hint) terminal.Console.MarkupLine($"[dim]   {Markup.Escape(hint)}[/]");
    }

    private static void Saved(Terminal terminal, DrillOutcome outcome, bool passFail)
    {
        var r = outcome.Review;
        string due = SqliteTime(outcome.NextDue);
        // The acknowledgement: printed only after the review's transaction committed (tests rely on this).
        terminal.Out.WriteLine($"saved review {r.Id} for {r.CardId}: {PracticeOutput.RatingName(r.Rating, passFail)}, due {due} (in {PracticeOutput.Interval(outcome.NextDue - r.ReviewedAt)})");
        terminal.Out.Flush();
    }

    private static string SqliteTime(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private static void NothingDue(Terminal terminal, DrillSession session)
    {
        string next = session.NextDue() is { } due ? $" The next card is due {SqliteTime(due)} (in {PracticeOutput.Interval(due - DateTimeOffset.UtcNow)})." : "";
        terminal.Console.MarkupLine($"Nothing left to drill now.{Markup.Escape(next)} [dim]--all drills ahead; --new N brings in more new cards.[/]");
    }

    // ---------------------------------------------------------------- interactive

    private enum Outcome { Reveal, Quit }

    private static int RunInteractive(Terminal terminal, DrillSession session, Settings settings)
    {
        var console = terminal.Console;
        bool treatCtrlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true; // Ctrl+C ends the session like q: saved reviews stay saved
        string? lastFileAnswer = null;
        try
        {
            int shown = 0;
            while (true)
            {
                var turn = session.Next();
                if (turn is null)
                {
                    NothingDue(terminal, session);
                    break;
                }
                shown++;
                console.WriteLine();
                ShowTurn(terminal, turn, shown);
                string? answer = null;
                var watch = Stopwatch.StartNew();
                if (settings.Type)
                {
                    answer = TypeAnswer(console, settings.Time, watch);
                    if (answer is null) break;
                }
                else if (Countdown(console, settings.Time, watch) == Outcome.Quit) break;

                if (settings.AnswerFile is { } path && answer is null)
                {
                    string? text = TryRead(path);
                    if (text is not null && text != lastFileAnswer && !string.IsNullOrWhiteSpace(text)) answer = text;
                    lastFileAnswer = text;
                }
                console.MarkupLine($"[dim]answered in {FeedbackAnalyzer.Clock(watch.Elapsed)}[/]");
                console.Write(new Rule("[bold]Reveal[/]") { Justification = Justify.Left });
                PracticeOutput.Reveal(terminal, turn.Card);
                if (answer is not null)
                {
                    console.Write(new Rule("[bold]Feedback[/]") { Justification = Justify.Left });
                    PracticeOutput.Feedback(terminal, FeedbackAnalyzer.Analyze(answer, turn.Card, new FeedbackOptions { Target = settings.Time, WordsPerMinute = settings.WordsPerMinute }));
                }
                var now = DateTimeOffset.UtcNow;
                var preview = session.Scheduler.Preview(turn.Schedule, now < turn.ShownAt ? turn.ShownAt : now);
                console.MarkupLine($"[bold]How well did you recall it?[/]  {Markup.Escape(PracticeOutput.Choices(preview, now, settings.PassFail))}   s skip   q quit");
                var choice = ReadRating(settings.PassFail);
                if (choice is null) break;
                if (choice == "skip")
                {
                    session.Skip(turn);
                    console.MarkupLine("[dim]skipped[/]");
                    continue;
                }
                var rating = DrillScript.ParseRating(choice, settings.PassFail)!.Value;
                var outcome = session.Rate(turn, rating, answer);
                console.MarkupLine($"[green]✓ saved[/] {PracticeOutput.RatingName(rating, settings.PassFail)} · back in {PracticeOutput.Interval(outcome.NextDue - outcome.Review.ReviewedAt)} [dim]({outcome.NextDue.ToLocalTime():ddd HH:mm})[/]");
            }
        }
        finally
        {
            Console.TreatControlCAsInput = treatCtrlC;
        }
        console.MarkupLine($"Session over: {session.Reviewed} review(s) saved. [dim]tellme stats shows your progress.[/]");
        return ExitCodes.Ok;
    }

    private static string? TryRead(string path)
    {
        try { return File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
    }

    private static IRenderable Clock(TimeSpan limit, Stopwatch watch, string help)
    {
        var left = limit - watch.Elapsed;
        string clock = left >= TimeSpan.Zero
            ? $"[bold {(left.TotalSeconds <= 30 ? "yellow" : "green")}]⏱ {FeedbackAnalyzer.Clock(left)}[/]"
            : $"[bold red]⏱ +{FeedbackAnalyzer.Clock(-left)} over[/]";
        return new Markup($"{clock}  [dim]{Markup.Escape(help)}[/]");
    }

    // Answer aloud: a live countdown until Enter (reveal) or q (quit).
    private static Outcome Countdown(IAnsiConsole console, TimeSpan limit, Stopwatch watch)
    {
        Outcome result = Outcome.Reveal;
        const string help = "answer aloud · Enter: reveal · q: quit";
        console.Live(Clock(limit, watch, help)).AutoClear(false).Start(ctx =>
        {
            while (true)
            {
                while (Console.KeyAvailable)
                {
                    var key = Console.ReadKey(true);
                    if (key.Key == ConsoleKey.Enter || key.Key == ConsoleKey.Spacebar) return;
                    if (IsQuit(key)) { result = Outcome.Quit; return; }
                }
                ctx.UpdateTarget(Clock(limit, watch, help));
                Thread.Sleep(100);
            }
        });
        return result;
    }

    // Type the answer: a countdown above the text; an empty line (Enter twice) or Ctrl+D submits, Esc or a line "q" quits.
    private static string? TypeAnswer(IAnsiConsole console, TimeSpan limit, Stopwatch watch)
    {
        var text = new StringBuilder();
        string? result = null;
        const string help = "type or paste · Enter twice or Ctrl+D: reveal · Esc: quit";
        IRenderable View() => new Rows(Clock(limit, watch, help), new Panel(new Spectre.Console.Text(text + "▌")) { Expand = true });
        console.Live(View()).AutoClear(false).Overflow(VerticalOverflow.Ellipsis).Cropping(VerticalOverflowCropping.Top).Start(ctx =>
        {
            while (true)
            {
                bool changed = false;
                while (Console.KeyAvailable)
                {
                    var key = Console.ReadKey(true);
                    changed = true;
                    if (key.Key == ConsoleKey.Escape || (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.C)) return;
                    if (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.D) { result = text.ToString(); return; }
                    if (key.Key == ConsoleKey.Enter)
                    {
                        string current = text.ToString();
                        string lastLine = current[(current.LastIndexOf('\n') + 1)..].Trim();
                        if (lastLine.Equals("q", StringComparison.OrdinalIgnoreCase)) return;
                        if (current.Length > 0 && current.EndsWith('\n')) { result = current.TrimEnd(); return; }
                        text.Append('\n');
                    }
                    else if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; }
                    else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
                }
                ctx.UpdateTarget(View());
                if (!changed) Thread.Sleep(100);
            }
        });
        return result;
    }

    private static bool IsQuit(ConsoleKeyInfo key) =>
        key.KeyChar is 'q' or 'Q' || key.Key == ConsoleKey.Escape || (key.Modifiers.HasFlag(ConsoleModifiers.Control) && key.Key == ConsoleKey.C);

    // "1".."4" (or "1", "2" for pass/fail), "skip", or null to quit.
    private static string? ReadRating(bool passFail)
    {
        while (true)
        {
            var key = Console.ReadKey(true);
            if (IsQuit(key)) return null;
            if (key.KeyChar is 's' or 'S') return "skip";
            if (key.KeyChar is '1' or '2' || (!passFail && key.KeyChar is '3' or '4')) return key.KeyChar.ToString();
            if (passFail && key.KeyChar is 'g' or 'G') return "got";
            if (passFail && key.KeyChar is 'm' or 'M') return "missed";
        }
    }
}
