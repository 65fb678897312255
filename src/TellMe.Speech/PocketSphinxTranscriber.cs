using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TellMe.Practice.Audio;

namespace TellMe.Speech;

/// <summary>
/// The default speech recogniser: Debian's CMU PocketSphinx (<c>pocketsphinx_continuous</c> with the
/// <c>pocketsphinx-en-us</c> model), offline and installed from the distribution, with nothing to download at
/// run time. Word times come from its <c>-time yes</c> output. The speech is cut at pauses into one part per
/// core and the parts are recognised in parallel; audio reaches the tool through a pipe, never a file, at one
/// level whatever the microphone's gain (<see cref="Gain"/>), and a part the fast search loses is searched again
/// (<see cref="FewestWordsPerSecond"/>).
/// </summary>
public sealed partial class PocketSphinxTranscriber : ITranscriber
{
    /// <summary>The tool Debian's <c>pocketsphinx</c> package installs.</summary>
    public const string Tool = "pocketsphinx_continuous";

    /// <summary>Where Debian's <c>pocketsphinx-en-us</c> installs the US English model (the tool's built-in default).</summary>
    public const string DebianModel = "/usr/share/pocketsphinx/model/en-us";

    /// <summary>
    /// Search settings: the narrower beams and pruning of CMU's "fast" recipe (fewer Gaussians scored, fewer
    /// words and HMMs per frame, phone-loop lookahead, no second flat pass), about three times faster than the
    /// defaults; and a language weight of 8 instead of 6.5, which cuts the short words the recogniser inserts
    /// into slow speech (word counts of +25 % at 120 words a minute fell to about +10 %). docs/benchmarks.md
    /// has the measurements.
    /// </summary>
    public static readonly ImmutableArray<string> SearchSettings = ["-topn", "2", "-maxwpf", "5", "-maxhmmpf", "3000", "-pl_window", "5", "-fwdflat", "no", "-lw", "8"];

    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MinPart = TimeSpan.FromSeconds(8);

    /// <summary>
    /// A part whose fast search found fewer words than this per second of speech is searched again with
    /// pocketsphinx's own (wider) settings: the narrow beams occasionally lose the whole hypothesis and print no
    /// word for several seconds of clear speech (3 of 30 eight-second cuts of one synthesised answer), while
    /// speech is two to three words a second.
    /// </summary>
    internal const double FewestWordsPerSecond = 0.5;

    /// <summary>The level the loudest speech of a part is brought to before recognition (of full scale).</summary>
    internal const float SpeechLevel = 0.5f;

    private readonly string _executable;
    private readonly string? _model;
    private readonly int _workers;
    private readonly ImmutableArray<string> _fastSettings;

    /// <summary>Creates the engine for an installed tool.</summary>
    /// <param name="executable">The full path of <see cref="Tool"/>.</param>
    /// <param name="model">A model folder laid out as Debian's (en-us/, en-us.lm.bin, cmudict-en-us.dict); null for the tool's default.</param>
    /// <param name="workers">How many recognisers run at once; default one per core.</param>
    public PocketSphinxTranscriber(string executable, string? model = null, int? workers = null)
        : this(executable, model, workers, SearchSettings)
    {
    }

    /// <summary>With other first-pass search settings (tests: settings that lose every word show the second pass).</summary>
    internal PocketSphinxTranscriber(string executable, string? model, int? workers, ImmutableArray<string> fastSettings)
    {
        _executable = executable;
        _model = model;
        _workers = Math.Max(1, workers ?? Environment.ProcessorCount);
        _fastSettings = fastSettings;
    }

    /// <summary>
    /// The engine with the installed tool and model, or an explanation of what to install. <paramref name="model"/>
    /// overrides Debian's model folder (e.g. a model for another accent laid out the same way).
    /// </summary>
    /// <exception cref="AudioException">The tool or the model is missing.</exception>
    public static PocketSphinxTranscriber Find(ToolLocator tools, string? model = null, int? workers = null)
    {
        ArgumentNullException.ThrowIfNull(tools);
        string? executable = tools.Find(Tool)
            ?? throw new AudioException($"the speech recogniser {Tool} is not installed: install Debian's pocketsphinx and its model (sudo apt-get install pocketsphinx pocketsphinx-en-us), or choose Whisper with --engine whisper --model FILE");
        string folder = model ?? DebianModel;
        if (!File.Exists(Path.Combine(folder, "en-us", "mdef")) || !File.Exists(Path.Combine(folder, "en-us.lm.bin")) || !File.Exists(Path.Combine(folder, "cmudict-en-us.dict")))
            throw new AudioException(model is null
                ? $"the US English model of pocketsphinx is not installed (no {folder}): install Debian's pocketsphinx-en-us (sudo apt-get install pocketsphinx-en-us)"
                : $"'{model}' is not a pocketsphinx model folder: it needs en-us/ (the acoustic model), en-us.lm.bin and cmudict-en-us.dict");
        return new PocketSphinxTranscriber(executable, model, workers);
    }

    /// <inheritdoc/>
    public string Name => "pocketsphinx (en-us)";

    /// <inheritdoc/>
    public async Task<Transcript> TranscribeAsync(AudioClip clip, SpeechActivity activity, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(activity);
        if (clip.SampleRate != AudioClip.StandardRate) throw new ArgumentException($"pocketsphinx needs {AudioClip.StandardRate} Hz audio", nameof(clip));
        if (!activity.HasSpeech) return new Transcript([], Name);

        var parts = Parts(activity, clip.Duration, _workers);
        var done = new double[parts.Count];
        double total = parts.Sum(p => (p.End - p.Start).TotalSeconds);
        void Report(int part, double seconds)
        {
            lock (done)
            {
                done[part] = Math.Max(done[part], seconds); // a second search of the part does not move the bar back
                progress?.Report(Math.Min(1, done.Sum() / total));
            }
        }
        using var gate = new SemaphoreSlim(_workers);
        var tasks = parts.Select(async (part, index) =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var words = await RecogniseAsync(clip, part.Start, part.End, _fastSettings, s => Report(index, s), cancellationToken).ConfigureAwait(false);
                double speaking = activity.SpeakingTimeBetween(part.Start, part.End).TotalSeconds;
                if (words.Count < speaking * FewestWordsPerSecond)
                {
                    var again = await RecogniseAsync(clip, part.Start, part.End, [], s => Report(index, s), cancellationToken).ConfigureAwait(false);
                    if (again.Count > words.Count) words = again;
                }
                return words;
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        progress?.Report(1);
        return new Transcript([.. results.SelectMany(r => r)], Name);
    }

    /// <summary>
    /// Cuts the speech into up to <paramref name="count"/> parts of similar speaking time, each cut in the
    /// middle of the longest silence near its ideal place, so no word is split; every part is at least
    /// <see cref="MinPart"/> long, since each recogniser pays a second to load its model.
    /// </summary>
    internal static List<(TimeSpan Start, TimeSpan End)> Parts(SpeechActivity activity, TimeSpan duration, int count)
    {
        var spans = activity.Spans;
        var start = Clamp(spans[0].Start - Margin, duration);
        var end = Clamp(spans[^1].End + Margin, duration);
        int wanted = (int)Math.Clamp(Math.Floor((end - start) / MinPart), 1, count);
        var cuts = new List<TimeSpan>();
        for (int k = 1; k < wanted; k++)
        {
            var ideal = start + (end - start) * k / wanted;
            // The widest gap between spans within a fifth of a part of the ideal cut.
            var window = (end - start) / wanted / 5;
            (TimeSpan Gap, TimeSpan At)? best = null;
            for (int i = 1; i < spans.Length; i++)
            {
                var gapStart = spans[i - 1].End;
                var gapEnd = spans[i].Start;
                var middle = gapStart + (gapEnd - gapStart) / 2;
                if ((middle - ideal).Duration() > window && best is not null) continue;
                var gap = gapEnd - gapStart;
                double score = gap.TotalSeconds - (middle - ideal).Duration().TotalSeconds * 0.2;
                if (best is null || score > best.Value.Gap.TotalSeconds - (best.Value.At - ideal).Duration().TotalSeconds * 0.2)
                    best = (gap, middle);
            }
            if (best is { } b && (cuts.Count == 0 || b.At > cuts[^1])) cuts.Add(b.At);
        }
        var result = new List<(TimeSpan, TimeSpan)>();
        var from = start;
        foreach (var cut in cuts)
        {
            result.Add((from, cut));
            from = cut;
        }
        result.Add((from, end));
        return result;
    }

    /// <summary>
    /// The gain that brings a part's loud speech (its 99.9th percentile of amplitude, so a click does not set it) to
    /// <see cref="SpeechLevel"/>. The recogniser's voice detection and search depend on the level: a quiet
    /// microphone (speech peaking at 1 % of full scale) gave 4 words for 8 seconds of speech, and 25 once brought up.
    /// </summary>
    internal static float Gain(ReadOnlySpan<float> samples)
    {
        if (samples.IsEmpty) return 1f;
        const int bins = 2048;
        Span<int> histogram = stackalloc int[bins];
        foreach (float x in samples) histogram[Math.Min(bins - 1, (int)(MathF.Abs(x) * bins))]++;
        long wanted = (long)(samples.Length * 0.999), seen = 0;
        int level = bins - 1;
        for (int i = 0; i < bins; i++)
        {
            seen += histogram[i];
            if (seen >= wanted) { level = i; break; }
        }
        float loud = (level + 1) / (float)bins;
        return Math.Clamp(SpeechLevel / loud, 0.25f, 100f);
    }

    private static TimeSpan Clamp(TimeSpan t, TimeSpan duration) => t < TimeSpan.Zero ? TimeSpan.Zero : t > duration ? duration : t;

    private async Task<List<TimedWord>> RecogniseAsync(AudioClip clip, TimeSpan start, TimeSpan end, ImmutableArray<string> settings, Action<double> progress, CancellationToken cancellationToken)
    {
        var args = new List<string> { "-infile", "/dev/stdin", "-time", "yes" };
        if (_model is not null)
        {
            args.AddRange(["-hmm", Path.Combine(_model, "en-us"), "-lm", Path.Combine(_model, "en-us.lm.bin"), "-dict", Path.Combine(_model, "cmudict-en-us.dict")]);
        }
        args.AddRange(settings);
        var words = new List<TimedWord>();
        int from = clip.SampleAt(start), to = clip.SampleAt(end);
        var memory = clip.Memory;
        float gain = Gain(memory.Span[from..to]);
        var result = await ToolProcess.RunAsync(_executable, args,
            async (stdin, ct) =>
            {
                // 16-bit little-endian PCM, the raw input pocketsphinx reads at 16 kHz.
                var buffer = new byte[16_384];
                for (int i = from; i < to;)
                {
                    int n = Math.Min(buffer.Length / 2, to - i);
                    var samples = memory.Span.Slice(i, n);
                    for (int k = 0; k < n; k++)
                        BinaryPrimitives.WriteInt16LittleEndian(buffer.AsSpan(k * 2), (short)Math.Clamp(MathF.Round(samples[k] * gain * 32767f), -32768, 32767));
                    await stdin.WriteAsync(buffer.AsMemory(0, n * 2), ct).ConfigureAwait(false);
                    i += n;
                }
            },
            async (stdout, ct) =>
            {
                using var reader = new StreamReader(stdout, Encoding.UTF8, leaveOpen: true);
                while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
                {
                    if (ParseLine(line, start) is not { } word) continue;
                    words.Add(word);
                    progress((word.End - start).TotalSeconds);
                }
            }, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
            throw new AudioException($"{Tool} failed (exit code {result.ExitCode}): {ToolProcess.LastLine(result.Error)}");
        progress((end - start).TotalSeconds);
        return words;
    }

    [GeneratedRegex(@"^(?<word>\S+) (?<start>\d+\.\d+) (?<end>\d+\.\d+) (?<p>-?\d+(\.\d+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimedLine();

    [GeneratedRegex(@"\(\d+\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Variant();

    /// <summary>
    /// One word line of <c>-time yes</c> output ("word start end probability", seconds from the part's start),
    /// or null for other lines, silence (&lt;sil&gt;), sentence marks (&lt;s&gt;) and noise ([NOISE], ++BREATH++).
    /// "on(2)" is the second pronunciation of "on".
    /// </summary>
    internal static TimedWord? ParseLine(string line, TimeSpan offset)
    {
        var m = TimedLine().Match(line.Trim());
        if (!m.Success) return null;
        string word = m.Groups["word"].Value;
        if (word.StartsWith('<') || word.StartsWith('[') || word.StartsWith("++", StringComparison.Ordinal)) return null;
        word = Variant().Replace(word, "");
        var start = offset + TimeSpan.FromSeconds(double.Parse(m.Groups["start"].Value, CultureInfo.InvariantCulture));
        var end = offset + TimeSpan.FromSeconds(double.Parse(m.Groups["end"].Value, CultureInfo.InvariantCulture));
        double p = double.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture);
        return new TimedWord(word, start, end, Math.Clamp(p, 0, 1));
    }
}
