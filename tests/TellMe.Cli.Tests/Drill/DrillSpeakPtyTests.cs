using TellMe.Testing;
using System.Diagnostics;
using System.Text.RegularExpressions;
using TellMe.Data;

namespace TellMe.Cli.Tests.Drill;

/// <summary>
/// <c>tellme drill --speak</c>, the real process in a pseudo-terminal (tmux), on real audio: an answer
/// synthesised by espeak-ng is played in real time through the recording path by <c>TELLME_AUDIO_INPUT</c>
/// (the microphone's stand-in), Enter stops it, and the screen shows the countdown with the level meter, then
/// the audio feedback, then the rating prompt; the rating is saved in the bank's SQLite history.
/// </summary>
public partial class DrillSpeakPtyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public DrillSpeakPtyTests()
    {
        var import = CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", Bank]);
        Assert.True(import.ExitCode == 0, import.Error);
    }

    public void Dispose() => _dir.Dispose();

    private string Bank => _dir.File("bank");

    [GeneratedRegex(@"^  (\d+):(\d\d) left ")]
    private static partial Regex CountdownLine();

    [GeneratedRegex(@"^  level +[█│·]{30}$")]
    private static partial Regex LevelLine();

    private static string Dotnet => Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator)
        .Select(d => Path.Combine(d, "dotnet")).First(File.Exists);

    private string Command(string extra = "", string? path = null) =>
        $"{(path is null ? "" : $"/usr/bin/env PATH='{path}' ")}'{Dotnet}' '{Path.Combine(AppContext.BaseDirectory, "tellme.dll")}' drill --speak {extra} --bank '{Bank}' --seed 3 --time 0:40";


    // Two sentences of the first card's answer (the vision answer) with a 2 s pause between them: about 10 s.
    private (string Path, double Seconds) Answer()
    {
        string a = _dir.File("a.wav"), b = _dir.File("b.wav"), gap = _dir.File("gap.wav"), answer = _dir.File("answer.wav");
        Tool.Run("espeak-ng", "-v", "en-us", "-s", "140", "-w", a, "I believe reliability is a product's core feature, and I fought for tests in every code review.");
        Tool.Run("espeak-ng", "-v", "en-us", "-s", "140", "-w", b, "As a result our incidents dropped by half in one quarter.");
        Tool.Run("sox", "-n", "-r", "22050", "-c", "1", "-b", "16", gap, "trim", "0", "2.0");
        Tool.Run("sox", a, gap, b, answer);
        var info = new FileInfo(answer);
        return (answer, (info.Length - 44) / 2.0 / 22050);
    }

    private static string[] Lines(string screen) => screen.Split('\n');

    private static int SecondsLeft(string screen) =>
        Lines(screen).Select(l => CountdownLine().Match(l)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value) * 60 + int.Parse(m.Groups[2].Value)).DefaultIfEmpty(int.MaxValue).First();

    [Fact]
    public void A_spoken_answer_is_recorded_with_a_level_meter_stopped_by_Enter_given_audio_feedback_and_rated()
    {
        var (wav, seconds) = Answer();
        using var tmux = new Tmux(_dir.Path, Command(), width: 140, height: 120,
            environment: new Dictionary<string, string?> { ["NO_COLOR"] = null, ["TELLME_AUDIO_INPUT"] = wav });

        // The countdown, with the level meter on the line under it, moving when the answer is spoken.
        var recording = tmux.WaitFor(s => Lines(s).Any(l => LevelLine().IsMatch(l) && l.Contains('█')), "the level meter showing speech", seconds: 120);
        var lines = Lines(recording);
        int countdown = Array.FindIndex(lines, l => CountdownLine().IsMatch(l));
        Assert.True(countdown >= 0, recording);
        Assert.Contains("recording · Enter: stop · q: quit", lines[countdown]);
        Assert.Matches(LevelLine(), lines[countdown + 1]);
        Assert.Single(lines, l => LevelLine().IsMatch(l));

        // Enter once the whole answer has been played (the countdown shows how much was recorded).
        tmux.WaitFor(s => SecondsLeft(s) <= 40 - Math.Ceiling(seconds) - 1, "the answer played out", seconds: 60);
        tmux.Send("Enter");
        var rating = tmux.WaitFor(s => s.Contains("s skip · q quit", StringComparison.Ordinal), "the rating prompt", seconds: 120);

        lines = Lines(rating);
        Assert.DoesNotContain(lines, l => CountdownLine().IsMatch(l) || LevelLine().IsMatch(l)); // replaced in place
        Assert.Single(lines, l => Regex.IsMatch(l, @"^  ✓ answered in 0:\d\d · target 0:40$"));
        int feedback = Array.FindIndex(lines, l => l.StartsWith("Feedback on your spoken answer to ", StringComparison.Ordinal));
        int audio = Array.FindIndex(lines, l => Regex.IsMatch(l, @"^Audio: 0:\d\d recorded, .* speaking \(pocketsphinx"));
        Assert.Matches(@"^  pace: \d+ words a minute; about \d+ words \(from \d+ syllables; \d+ recognised\)$", lines[audio + 1]);
        int pauses = Array.FindIndex(lines, l => Regex.IsMatch(l, @"^  pauses \(1\): 0:0\d 2\.\d s \(longest\)$"));
        int transcript = Array.FindIndex(lines, l => l.StartsWith("Transcript (S/T/A/R", StringComparison.Ordinal));
        int prompt = Array.FindIndex(lines, l => l.Contains("How well did you recall it?", StringComparison.Ordinal));
        Assert.True(feedback > 0 && audio > feedback && pauses > audio && transcript > pauses && prompt > transcript,
            $"feedback {feedback}, audio {audio}, pauses {pauses}, transcript {transcript}, prompt {prompt}:\n{rating}");
        Assert.Contains("not kept (--keep-audio keeps it under .tellme/)", rating);
        Assert.Single(lines, l => l.StartsWith("Feedback on your spoken answer", StringComparison.Ordinal));

        // 3: saved; q ends the session with the review counted.
        tmux.Send("3");
        tmux.WaitFor(s => s.Contains("Card 2 ·", StringComparison.Ordinal), "the second card", seconds: 60);
        tmux.Send("q");
        var end = tmux.WaitFor(s => s.Contains("[exit 0]", StringComparison.Ordinal), "the end of the session", seconds: 60);
        Assert.Single(Lines(end), l => Regex.IsMatch(l, @"^  ✓ good · saved · back in 10m \(\w{3} \d\d:\d\d\)$"));
        Assert.Contains("Session over: 1 review saved (good 1)", end);
        Assert.DoesNotContain('\u001b', end);

        using var store = SqlitePracticeStore.OpenBank(Bank);
        var review = Assert.Single(store.Reviews());
        Assert.Equal(TellMe.Practice.Scheduling.Rating.Good, review.Rating);
        Assert.InRange(review.AnswerWords ?? 0, 5, 40); // the transcript was saved with the review, as a typed answer is
        Assert.False(Directory.Exists(Path.Combine(Bank, ".tellme", "audio"))); // no audio kept without --keep-audio
    }

    [Fact]
    public void Keep_audio_stores_the_recording_as_a_WAV_under_the_git_ignored_tellme_folder()
    {
        var (wav, _) = Answer();
        using var tmux = new Tmux(_dir.Path, Command("--keep-audio"), width: 140, height: 120,
            environment: new Dictionary<string, string?> { ["NO_COLOR"] = "1", ["TELLME_AUDIO_INPUT"] = wav });
        tmux.WaitFor(s => SecondsLeft(s) <= 36, "four seconds recorded", seconds: 120);
        tmux.Send("Enter");
        var rating = tmux.WaitFor(s => s.Contains("s skip · q quit", StringComparison.Ordinal), "the rating prompt", seconds: 120);
        var kept = Regex.Match(rating, @"Recording kept at (\.tellme/audio/\d{8}-\d{6}-vision\.wav)\.");
        Assert.True(kept.Success, rating);
        tmux.Send("q");
        tmux.WaitFor(s => s.Contains("[exit 0]", StringComparison.Ordinal), "the end", seconds: 60);

        string file = Path.Combine(Bank, kept.Groups[1].Value);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        double recorded = (bytes.Length - 44) / 2.0 / 16000;
        Assert.InRange(recorded, 3.5, 10); // what was recorded until Enter, at 16 kHz mono
        Assert.Equal("*\n", File.ReadAllText(Path.Combine(Bank, ".tellme", "audio", ".gitignore")));
    }

    [Fact]
    public void Without_a_recording_tool_or_a_microphone_speak_says_so_and_exits_2()
    {
        string empty = _dir.File("no-tools");
        Directory.CreateDirectory(empty);
        using (var tmux = new Tmux(_dir.Path, Command(path: empty), environment: new Dictionary<string, string?> { ["NO_COLOR"] = "1" }))
        {
            var screen = tmux.WaitFor(s => s.Contains("[exit ", StringComparison.Ordinal), "the end", seconds: 120).Replace("\n", "", StringComparison.Ordinal); // joins a wrapped line
            Assert.Contains("tellme: --speak: recording needs arecord or sox's rec: install Debian's alsa-utils", screen);
            Assert.Contains("[exit 2]", screen);
            Assert.DoesNotContain("Card 1", screen);
        }

        // arecord installed, but no sound card: it stops at once, and what it said is in the message.
        string fake = _dir.File("fake-tools");
        Directory.CreateDirectory(fake);
        string arecord = Path.Combine(fake, "arecord");
        File.WriteAllText(arecord, "#!/bin/sh\necho 'arecord: main:831: audio open error: No such file or directory' >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(arecord, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using (var tmux = new Tmux(_dir.Path, Command(path: fake), environment: new Dictionary<string, string?> { ["NO_COLOR"] = "1" }))
        {
            var screen = tmux.WaitFor(s => s.Contains("[exit ", StringComparison.Ordinal), "the end", seconds: 120).Replace("\n", "", StringComparison.Ordinal); // joins a wrapped line
            Assert.Contains("tellme: --speak: no microphone: arecord stopped at once (arecord: main:831: audio open error: No such file or directory)", screen);
            Assert.Contains("[exit 2]", screen);
        }
    }
}
