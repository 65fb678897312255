using TellMe.Testing;
using System.Buffers.Binary;
using System.Text.Json;

namespace TellMe.Cli.Tests;

/// <summary><c>tellme feedback --audio</c> on real recordings, and on everything that is not one.</summary>
public class FeedbackAudioTests : IDisposable
{
    private readonly TempDir _dir = new();

    public FeedbackAudioTests() => Assert.Equal(0, CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", Bank]).ExitCode);

    public void Dispose() => _dir.Dispose();

    private string Bank => _dir.File("bank");


    // Two sentences with a 2 s pause between them, spoken by espeak-ng, as 44.1 kHz stereo.
    private string Answer()
    {
        string a = _dir.File("a.wav"), b = _dir.File("b.wav"), gap = _dir.File("gap.wav"), mono = _dir.File("mono.wav"), answer = _dir.File("answer.wav");
        Tool.Run("espeak-ng", "-v", "en-us", "-s", "130", "-w", a, "I opposed the migration at first and I collected numbers on incidents.");
        Tool.Run("espeak-ng", "-v", "en-us", "-s", "130", "-w", b, "As a result we moved five thousand servers and costs dropped by thirty percent.");
        Tool.Run("sox", "-n", "-r", "22050", "-c", "1", "-b", "16", gap, "trim", "0", "2.0");
        Tool.Run("sox", a, gap, b, mono);
        Tool.Run("sox", mono, "-r", "44100", "-c", "2", answer);
        return answer;
    }

    private string SparseWav(string name, double seconds, int rate = 16000)
    {
        string path = _dir.File(name);
        long data = (long)(seconds * rate) * 2;
        var h = new byte[44];
        "RIFF"u8.CopyTo(h);
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(4), (uint)Math.Min(uint.MaxValue, data + 36));
        "WAVEfmt "u8.CopyTo(h.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(22), 1);
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(24), rate);
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(28), rate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(34), 16);
        "data"u8.CopyTo(h.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(40), (uint)data);
        using var f = new FileStream(path, FileMode.Create);
        f.Write(h);
        f.SetLength(44 + data); // sparse: silence that takes no disk
        return path;
    }

    [Fact]
    public void A_spoken_answer_gets_the_typed_feedback_plus_time_pace_pauses_and_a_marked_transcript()
    {
        var result = CliRunner.Run("feedback", "--for", "Conflict", "--audio", Answer(), "--bank", Bank);

        Assert.True(result.ExitCode == 0, result.Error);
        string o = result.Out;
        Assert.StartsWith("Feedback on your spoken answer to Conflict (answer:conflict)\n", o);
        Assert.Contains("first word to last (target 2:30)", o);      // length measured, not estimated
        Assert.Contains("  ✓ pace: ", o);
        Assert.Contains("words a minute over 0:", o);
        Assert.Contains("pauses: 1 pause, the longest 2.", o);
        Assert.Contains("Audio: 0:", o);
        Assert.Matches(@"\nAudio: 0:\d\d recorded, 0:\d\d first word to last, 0:\d\d speaking \(pocketsphinx \(en-us\)\)\n  pace: \d+ words a minute; about \d+ words \(from \d+ syllables; \d+ recognised\)\n", o);
        Assert.Contains("pace per 15 s: 0:00 ", o);
        Assert.Contains("\nTranscript (S/T/A/R", o);
        Assert.Contains("not kept (--keep-audio keeps it under .tellme/)", o);
        Assert.False(Directory.Exists(Path.Combine(Bank, ".tellme", "audio")));
        Assert.DoesNotContain("\u001b[", o);
    }

    [Fact]
    public void Json_has_plain_names_and_keep_audio_stores_a_git_ignored_copy()
    {
        string answer = Answer();
        var result = CliRunner.Run("feedback", "--for", "Conflict", "--audio", answer, "--bank", Bank, "--json", "--keep-audio");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("answer:conflict", root.GetProperty("card").GetString());
        Assert.True(root.GetProperty("words").GetInt32() > 10); // the typed feedback's fields are all there
        var audio = root.GetProperty("audio");
        Assert.Equal("pocketsphinx (en-us)", audio.GetProperty("engine").GetString());
        Assert.InRange(audio.GetProperty("words_per_minute").GetDouble(), 80, 250);
        Assert.Equal("syllables", audio.GetProperty("pace_from").GetString()); // pocketsphinx's word count is not trusted for the pace
        Assert.InRange(audio.GetProperty("syllables").GetInt32(), audio.GetProperty("recognised_words").GetInt32(), audio.GetProperty("recognised_words").GetInt32() * 3);
        Assert.Equal(Math.Round(audio.GetProperty("syllables").GetInt32() / 1.75), audio.GetProperty("words").GetInt32()); // words said, from the syllables
        var pause = Assert.Single(audio.GetProperty("pauses").EnumerateArray());
        Assert.InRange(pause.GetProperty("duration_seconds").GetDouble(), 1.9, 2.7); // 2 s put in, plus espeak's own silence at the sentence edges
        Assert.True(pause.GetProperty("start_seconds").GetDouble() > 1);
        Assert.Equal(pause.GetProperty("start_seconds").GetDouble(), audio.GetProperty("longest_pause").GetProperty("start_seconds").GetDouble());
        Assert.True(audio.GetProperty("speaking_seconds").GetDouble() < audio.GetProperty("duration_seconds").GetDouble() - 2);
        Assert.NotEmpty(audio.GetProperty("windows").EnumerateArray());
        Assert.True(audio.GetProperty("windows")[0].TryGetProperty("words_per_minute", out _));
        var sentence = audio.GetProperty("transcript")[0];
        Assert.True(sentence.TryGetProperty("star", out _));
        Assert.True(sentence.GetProperty("words")[0].TryGetProperty("key_term", out _));
        Assert.Equal(JsonValueKind.Array, audio.GetProperty("fillers").ValueKind);

        string kept = audio.GetProperty("kept_audio").GetString()!;
        Assert.StartsWith(Path.Combine(".tellme", "audio") + Path.DirectorySeparatorChar, kept);
        Assert.Equal(File.ReadAllBytes(answer), File.ReadAllBytes(Path.Combine(Bank, kept)));
        Assert.Equal("*\n", File.ReadAllText(Path.Combine(Bank, ".tellme", "audio", ".gitignore")));
        // One style in the whole document, the typed feedback's fields included.
        Assert.All(Names(root), name => Assert.Matches("^[a-z0-9]+(_[a-z0-9]+)*$", name));
    }

    private static IEnumerable<string> Names(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Names(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Names),
        _ => [],
    };

    /// <summary>
    /// The <c>audio</c> object of <c>feedback --audio --json</c>, written from its typed records with the
    /// command's JSON options, pinned by a snapshot: every name plain snake_case, times in seconds. The figures
    /// are given here (a recogniser's words vary with its version), so the snapshot is the same on every machine;
    /// the test above checks the same names on the command's real output.
    /// </summary>
    [Fact]
    public void Audio_json_is_written_from_typed_records_with_snake_case_names()
    {
        var audio = new TellMe.Cli.Output.AudioJson("pocketsphinx (en-us)", 12.5, 0.6, 11.4, 9.25, 24, 21, 155.7, "syllables", 42,
            [new(0, 12.5, 24, 9.25, 155.7)],
            [new(4.1, 2.05)],
            new(4.1, 2.05),
            [new("um", 1.2, 1.45)],
            [new(0.6, 4.1, "um I opposed the migration", "action", ["Disagree"],
                [new("um", 1.2, 1.45, "um", false), new("opposed", 1.6, 2.1, null, true)])],
            [new("pauses", true, "1 pause, the longest 2.1 s at 0:04", "short pauses sound thoughtful: keep them")],
            null);

        string json = System.Text.Json.JsonSerializer.Serialize(audio, TellMe.Cli.Output.Json.Options);

        Snapshot.Match(json + "\n", "feedback-audio-json");
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(json, "\"([^\"]+)\":").Select(m => m.Groups[1].Value))
            Assert.Matches("^[a-z]+(_[a-z]+)*$", name);
    }

    [Fact]
    public void Bad_recordings_get_a_clear_message_and_exit_2_never_a_crash()
    {
        string empty = _dir.File("empty.wav");
        File.WriteAllBytes(empty, []);
        string text = _dir.File("notes.wav");
        File.WriteAllText(text, "I opposed the migration at first.\n");
        string hourOfSilence = SparseWav("silence.wav", 3600);
        string huge = SparseWav("huge.wav", 500_000_000 / 32000.0); // 500 MB of declared audio, sparse on disk
        Assert.True(new FileInfo(huge).Length >= 500_000_000);
        string junk = _dir.File("junk.bin");
        using (var f = new FileStream(junk, FileMode.Create)) f.SetLength(500_000_000); // 500 MB of zeros, not audio

        var cases = new (string File, string Message)[]
        {
            (empty, "is empty (0 bytes)"),
            (text, "is not a recording TellMe can read: it is text"),
            (hourOfSilence, "no speech in 'silence.wav': 1:00:00 of silence or steady noise"),
            (huge, "is 4:20:25 long; TellMe analyses one answer of up to 1:00:00"),
            (junk, "is not a recording TellMe can read"),
            (_dir.File("missing.wav"), "does not exist"),
        };
        foreach (var (file, message) in cases)
        {
            // The real executable, as a user runs it.
            var result = CliRunner.RunProcess(_dir.Path, "feedback", "--for", "Conflict", "--audio", file, "--bank", Bank);
            Assert.True(result.ExitCode == 2, $"{file}: exit {result.ExitCode}\n{result.Error}");
            Assert.Contains(message, result.Error);
            Assert.StartsWith("tellme: ", result.Error);
            Assert.DoesNotContain("   at ", result.Error + result.Out);
        }
    }

    [Fact]
    public void Audio_and_a_text_file_together_or_neither_is_bad_usage()
    {
        var both = CliRunner.Run("feedback", "--for", "Conflict", "answer.txt", "--audio", "answer.wav", "--bank", Bank);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("not both", both.Error);
        var neither = CliRunner.Run("feedback", "--for", "Conflict", "--bank", Bank);
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("--audio FILE (a recording)", neither.Error);
        var engine = CliRunner.Run("feedback", "--for", "Conflict", "--audio", Answer(), "--engine", "whisper", "--model", _dir.File("ggml-base.en.bin"), "--bank", Bank);
        Assert.Equal(2, engine.ExitCode);
        Assert.Contains("model not found", engine.Error);
    }
}
