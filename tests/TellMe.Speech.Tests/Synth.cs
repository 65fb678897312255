using TellMe.Testing;
using System.Globalization;

namespace TellMe.Speech.Tests;

/// <summary>A synthesised answer and what is known about it because the test made it.</summary>
/// <param name="Path">The WAV file.</param>
/// <param name="Words">Words in the text.</param>
/// <param name="Rate">Its true rate: words over speaking time, the speaking time measured on each sentence by sox.</param>
/// <param name="EspeakSpeed">The -s given to espeak-ng to get that rate.</param>
/// <param name="Speaking">Speaking time: the sentences (sox-trimmed) and the short gaps between them.</param>
/// <param name="Pauses">The silences of a second or more put between sentences: start and duration, seconds.</param>
/// <param name="Duration">The whole file.</param>
public sealed record SynthAnswer(string Path, int Words, double Rate, int EspeakSpeed, double Speaking, IReadOnlyList<(double Start, double Duration)> Pauses, double Duration);

/// <summary>
/// Makes spoken answers with espeak-ng at a known rate and puts known silences in them with sox. espeak's -s
/// is only approximate (at -s 150 it says this text at about 178 words a minute of speech), so the rate is
/// measured: each sentence is synthesised, trimmed of its own edge silence by sox's silence effect (an
/// implementation independent of TellMe's), and espeak's speed is corrected until words over speaking time is
/// the wanted rate within 3 %.
/// </summary>
public sealed class Synth : IDisposable
{
    /// <summary>Eight sentences of a conflict story (the demo bank's CR4): 159 words.</summary>
    public static readonly string[] Sentences =
    [
        "At the time I was a platform engineer at a security company, and management proposed moving about five thousand servers from one cloud provider to another.",
        "My task was to judge whether the migration made sense for the team that would have to run it.",
        "I opposed it at first, because I thought it would hurt maintainability, and I collected numbers on incidents and on the hours we spent on upgrades.",
        "I presented that data to the stakeholders and explained the risks in a short document.",
        "The final decision was made on cost, and it went the other way.",
        "After the decision I fully committed to the project and planned the migration in waves of a few hundred servers.",
        "I wrote the automation that moved each service and checked it before we switched traffic.",
        "As a result we moved all five thousand servers in four months without a major outage, and our infrastructure costs dropped by about thirty percent.",
    ];

    /// <summary>The silence after each sentence but the last: 0.25 s is the rhythm of speech; 1.0, 2.0, 3.0 and 1.5 s are pauses.</summary>
    public static readonly double[] Gaps = [0.25, 1.0, 0.25, 2.0, 0.25, 3.0, 1.5];

    public const double Lead = 0.6, Tail = 1.0;

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tellme-speech-tests", Guid.NewGuid().ToString("N"));

    public Synth() => Directory.CreateDirectory(Folder);

    public static int WordCount => Sentences.Sum(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    /// <summary>An answer at <paramref name="rate"/> words a minute of speaking time.</summary>
    public SynthAnswer Answer(int rate, string name)
    {
        int speed = (int)Math.Round(rate / 1.18); // espeak's usual overshoot, corrected below
        for (int attempt = 0; ; attempt++)
        {
            var clips = Sentences.Select((s, i) => Clip(s, speed, $"{name}-{speed}-{i}")).ToList();
            double speaking = clips.Sum(c => c.Duration) + Gaps.Where(g => g < 0.75).Sum();
            double actual = WordCount / speaking * 60;
            if (Math.Abs(actual - rate) / rate <= 0.03 || attempt == 3)
            {
                Assert.InRange(actual, rate * 0.97, rate * 1.03);
                return Join(clips, name, actual, speed, speaking);
            }
            speed = (int)Math.Round(speed * rate / actual);
        }
    }

    private (string Path, double Duration) Clip(string sentence, int speed, string name)
    {
        string raw = File($"{name}-raw.wav"), trimmed = File($"{name}.wav");
        Tool.Run("espeak-ng", "-v", "en-us", "-s", speed.ToString(CultureInfo.InvariantCulture), "-w", raw, sentence);
        // Trim the synthesiser's own silence at both ends (below 0.1 % of full scale).
        Tool.Run("sox", "-R", raw, trimmed, "silence", "1", "0.01", "0.1%", "reverse", "silence", "1", "0.01", "0.1%", "reverse");
        return (trimmed, Seconds(trimmed));
    }

    private SynthAnswer Join(List<(string Path, double Duration)> clips, string name, double rate, int speed, double speaking)
    {
        var parts = new List<string> { Silence(Lead) };
        var pauses = new List<(double, double)>();
        double t = Lead;
        for (int i = 0; i < clips.Count; i++)
        {
            parts.Add(clips[i].Path);
            t += clips[i].Duration;
            double gap = i < Gaps.Length ? Gaps[i] : Tail;
            if (i < Gaps.Length && gap >= 1) pauses.Add((t, gap));
            parts.Add(Silence(gap));
            t += gap;
        }
        string path = File($"{name}.wav");
        Tool.Run("sox", ["-R", .. parts, path]);
        return new SynthAnswer(path, WordCount, rate, speed, speaking, pauses, Seconds(path));
    }

    private string Silence(double seconds)
    {
        string path = File($"silence-{seconds.ToString("0.00", CultureInfo.InvariantCulture)}.wav");
        if (!System.IO.File.Exists(path))
            Tool.Run("sox", "-R", "-n", "-r", "22050", "-c", "1", "-b", "16", path, "trim", "0", seconds.ToString(CultureInfo.InvariantCulture));
        return path;
    }

    public string File(string name) => System.IO.Path.Combine(Folder, name);

    public static double Seconds(string wav) => double.Parse(Tool.Run("soxi", "-D", wav).Trim(), CultureInfo.InvariantCulture);


    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
