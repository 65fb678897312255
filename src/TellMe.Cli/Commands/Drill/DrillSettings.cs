using System.CommandLine;
using System.Globalization;
using TellMe.Cli.Output;
using TellMe.Practice.Drill;

namespace TellMe.Cli.Commands.Drill;

/// <summary>How the user answers while the countdown runs.</summary>
public enum AnswerKind
{
    /// <summary>Aloud, unrecorded: Enter reveals.</summary>
    Aloud,
    /// <summary>Typed or pasted into the drill screen, with feedback before the rating.</summary>
    Typed,
    /// <summary>Recorded from the microphone (<c>--speak</c>), with audio feedback before the rating.</summary>
    Spoken,
}

/// <summary>What the user asked of one drill, read from the command line and checked.</summary>
public sealed record DrillSettings
{
    /// <summary>How answers are given.</summary>
    public required AnswerKind Answer { get; init; }
    /// <summary>A file to read each answer from at the reveal (a speech-to-text transcript); null for none.</summary>
    public string? AnswerFile { get; init; }
    /// <summary>Keep each recording under the bank's <c>.tellme/audio/</c> (<c>--speak --keep-audio</c>).</summary>
    public bool KeepAudio { get; init; }
    /// <summary>Rate "missed it" / "got it" instead of 1-4.</summary>
    public required bool PassFail { get; init; }
    /// <summary>The countdown and the target speaking time.</summary>
    public required TimeSpan Time { get; init; }
    /// <summary>The script to run instead of a terminal session, if any.</summary>
    public string? ScriptPath { get; init; }
    /// <summary>The seed of the prompt draws; null for a fresh one each run.</summary>
    public int? Seed { get; init; }
    /// <summary>How the session picks cards.</summary>
    public required DrillOptions Cards { get; init; }
    /// <summary>FSRS's desired retention.</summary>
    public required double Retention { get; init; }
}

/// <summary>The options of <c>tellme drill</c>, and reading them into <see cref="DrillSettings"/> with clear refusals.</summary>
public sealed class DrillCommandOptions
{
    /// <summary>--bank.</summary>
    public Option<DirectoryInfo> Bank { get; } = BankOption.Create();
    /// <summary>--type.</summary>
    public Option<bool> Type { get; } = new("--type") { Description = "Type (or paste) each answer instead of saying it aloud; you get feedback before rating." };
    /// <summary>--speak.</summary>
    public Option<bool> Speak { get; } = new("--speak") { Description = "Say each answer into the microphone (arecord or sox's rec): a level meter while you speak, Enter stops, then feedback on pace, pauses, fillers and key points, transcribed on this machine." };
    /// <summary>--keep-audio.</summary>
    public Option<bool> KeepAudio { get; } = new("--keep-audio") { Description = "With --speak: keep each recording as a WAV under the bank's .tellme/audio/ (git-ignored). Without it, no audio is stored." };
    /// <summary>--answer-file.</summary>
    public Option<string?> AnswerFile { get; } = new("--answer-file") { Description = "Read each answer from this file when you reveal (e.g. a speech-to-text transcript it keeps writing)." };
    /// <summary>--pass-fail.</summary>
    public Option<bool> PassFail { get; } = new("--pass-fail") { Description = "Rate with just \"missed it\" / \"got it\" (Again / Good) instead of 1-4." };
    /// <summary>--time.</summary>
    public Option<string> Time { get; } = new("--time") { Description = "Countdown and target speaking time, m:ss or seconds.", DefaultValueFactory = _ => "2:30" };
    /// <summary>--script.</summary>
    public Option<string?> Script { get; } = new("--script") { Description = "Run without a terminal from a script of ratings and answers (format below); - reads standard input." };
    /// <summary>--seed.</summary>
    public Option<int?> Seed { get; } = new("--seed") { Description = "Seed the prompt draws, so a run can be repeated." };
    /// <summary>--new.</summary>
    public Option<int> New { get; } = new("--new") { Description = "How many never-seen cards to introduce this session.", DefaultValueFactory = _ => 10 };
    /// <summary>--all.</summary>
    public Option<bool> IncludeNotDue { get; } = new("--all") { Description = "When nothing is due, go on with cards not due yet, soonest first (cramming before an interview)." };
    /// <summary>--retention.</summary>
    public Option<double> Retention { get; } = new("--retention") { Description = "Desired retention: the recall probability at which a card falls due (0.7-0.97).", DefaultValueFactory = _ => 0.9 };

    /// <summary>Every option, in help order.</summary>
    public IEnumerable<Option> Every => [Bank, Type, Speak, KeepAudio, AnswerFile, PassFail, Time, Script, Seed, New, IncludeNotDue, Retention];

    /// <summary>Reads and checks the options; on a bad value says why on standard error and returns null.</summary>
    public DrillSettings? Read(ParseResult parse, Terminal terminal)
    {
        if (!PracticeOutput.TryParseTime(parse.GetValue(Time), out var target))
        {
            terminal.Fail($"--time '{parse.GetValue(Time)}' is not a time: write m:ss (2:30) or seconds (150), up to an hour");
            return null;
        }
        double desired = parse.GetValue(Retention);
        if (!(desired >= 0.7 && desired <= 0.97))
        {
            terminal.Fail($"--retention {desired.ToString(CultureInfo.InvariantCulture)} is out of range: use 0.7 to 0.97 (default 0.9)");
            return null;
        }
        int newCards = parse.GetValue(New);
        if (newCards < 0)
        {
            terminal.Fail("--new must be 0 or more");
            return null;
        }
        string? scriptPath = parse.GetValue(Script);
        string? answerPath = parse.GetValue(AnswerFile);
        bool speak = parse.GetValue(Speak);
        if (speak && (parse.GetValue(Type) || answerPath is not null || scriptPath is not null))
        {
            terminal.Fail("--speak records each answer from the microphone; it does not go with --type, --answer-file or --script");
            return null;
        }
        if (parse.GetValue(KeepAudio) && !speak)
        {
            terminal.Fail("--keep-audio keeps the recordings of --speak; add --speak (for a file, tellme feedback --audio FILE --keep-audio)");
            return null;
        }
        if (answerPath is not null && scriptPath is not null)
        {
            terminal.Fail("--answer-file is for a live session; in a script, give each answer on its card's lines ('answer: …' or 'RATING | …')");
            return null;
        }
        if (answerPath is not null && PracticeOutput.ReadText(terminal, answerPath, "answer file") is null)
            return null; // missing, binary or not UTF-8: said why
        if (scriptPath is null && !terminal.CanPrompt)
        {
            terminal.Fail("tellme drill needs a terminal to ask and read answers; to run without one, give --script FILE (see tellme drill --help)");
            return null;
        }
        return new DrillSettings
        {
            Answer = speak ? AnswerKind.Spoken : parse.GetValue(Type) ? AnswerKind.Typed : AnswerKind.Aloud,
            KeepAudio = parse.GetValue(KeepAudio),
            AnswerFile = answerPath,
            PassFail = parse.GetValue(PassFail),
            Time = target,
            ScriptPath = scriptPath,
            Seed = parse.GetValue(Seed),
            Cards = new DrillOptions { NewCardsPerSession = newCards, IncludeNotDue = parse.GetValue(IncludeNotDue) },
            Retention = desired,
        };
    }
}
