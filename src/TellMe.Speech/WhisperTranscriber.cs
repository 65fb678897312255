using System.Collections.Immutable;
using TellMe.Practice.Audio;
using Whisper.net;

namespace TellMe.Speech;

/// <summary>
/// The better recogniser where the user provides a model: whisper.cpp through Whisper.net, with a ggml model
/// file (e.g. ggml-base.en.bin). Nothing is downloaded: without the file it says how to get one. Word times
/// come from whisper's token timestamps; punctuation is kept, so sentences come from it.
/// </summary>
public sealed class WhisperTranscriber : ITranscriber, IDisposable
{
    /// <summary>What to tell a user without a model.</summary>
    public const string HowToGetModel =
        "Whisper needs a ggml model file, which TellMe never downloads: get one once (e.g. ggml-base.en.bin, 142 MB, " +
        "with whisper.cpp's models/download-ggml-model.sh base.en), then pass --model FILE, set TELLME_WHISPER_MODEL=FILE, " +
        "or write `speech: {engine: whisper, model: FILE}` in tellme.yaml";

    private readonly WhisperFactory _factory;
    private readonly string _modelName;

    private WhisperTranscriber(WhisperFactory factory, string modelName)
    {
        _factory = factory;
        _modelName = modelName;
    }

    /// <summary>Loads the model file.</summary>
    /// <exception cref="AudioException">No model given, the file is missing, or it is not a ggml Whisper model.</exception>
    public static WhisperTranscriber Load(string? modelPath)
    {
        if (string.IsNullOrWhiteSpace(modelPath))
            throw new AudioException($"the whisper engine needs a model. {HowToGetModel}");
        if (!File.Exists(modelPath))
            throw new AudioException($"model not found: '{modelPath}'. {HowToGetModel}");
        WhisperFactory? factory = null;
        try
        {
            factory = WhisperFactory.FromPath(modelPath);
            // The factory loads lazily: build a processor now, so a bad file is reported here, not mid-answer.
            factory.CreateBuilder().WithLanguage("en").Build().Dispose();
            return new WhisperTranscriber(factory, Path.GetFileName(modelPath));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            factory?.Dispose();
            throw new AudioException($"'{modelPath}' is not a Whisper model that whisper.cpp can load ({ex.Message.TrimEnd('.')}). {HowToGetModel}", ex);
        }
    }

    /// <inheritdoc/>
    public string Name => $"whisper ({_modelName})";

    /// <inheritdoc/>
    public async Task<Transcript> TranscribeAsync(AudioClip clip, SpeechActivity activity, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clip);
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.HasSpeech) return new Transcript([], Name);
        var builder = _factory.CreateBuilder()
            .WithLanguage("en")
            .WithTokenTimestamps()
            .WithThreads(Math.Max(1, Environment.ProcessorCount));
        await using var processor = builder.Build();
        var words = ImmutableArray.CreateBuilder<TimedWord>();
        double total = clip.Duration.TotalSeconds;
        await foreach (var segment in processor.ProcessAsync(clip.Memory, cancellationToken).ConfigureAwait(false))
        {
            AddWords(segment, words);
            progress?.Report(Math.Min(1, segment.End.TotalSeconds / total));
        }
        progress?.Report(1);
        return new Transcript(words.ToImmutable(), Name, HearsEveryWord: true);
    }

    // Tokens that start with a space start a word; special tokens ([_BEG_], <|endoftext|>) are skipped.
    private static void AddWords(SegmentData segment, ImmutableArray<TimedWord>.Builder words)
    {
        string text = "";
        TimeSpan start = default, end = default;
        void Flush()
        {
            string word = text.Trim();
            if (word.Length > 0) words.Add(new TimedWord(word, start, end < start ? start : end));
            text = "";
        }
        foreach (var token in segment.Tokens ?? [])
        {
            if (token.Text is null || token.Text.StartsWith("[_", StringComparison.Ordinal) || token.Text.StartsWith("<|", StringComparison.Ordinal)) continue;
            var tokenStart = TimeSpan.FromMilliseconds(token.Start * 10);
            var tokenEnd = TimeSpan.FromMilliseconds(token.End * 10);
            if (token.Text.StartsWith(' ') || text.Length == 0)
            {
                Flush();
                start = tokenStart;
            }
            text += token.Text;
            end = tokenEnd;
        }
        Flush();
    }

    /// <inheritdoc/>
    public void Dispose() => _factory.Dispose();
}
