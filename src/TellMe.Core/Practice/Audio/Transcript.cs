using System.Collections.Immutable;

namespace TellMe.Practice.Audio;

/// <summary>A recognised word and when it was said.</summary>
/// <param name="Text">The word as the engine wrote it (lower case for pocketsphinx; with punctuation for Whisper).</param>
/// <param name="Start">When it starts, from the start of the recording.</param>
/// <param name="End">When it ends.</param>
/// <param name="Confidence">The engine's confidence in [0, 1], when it gives one.</param>
public sealed record TimedWord(string Text, TimeSpan Start, TimeSpan End, double? Confidence = null)
{
    /// <summary>The middle of the word: what decides which window it falls in.</summary>
    public TimeSpan Middle => Start + (End - Start) / 2;
}

/// <summary>What a speech recogniser heard: the words with their times, in order.</summary>
/// <param name="Words">The words; silence and noise markers are left out by the engine.</param>
/// <param name="Engine">Which engine produced it, e.g. "pocketsphinx (en-us)".</param>
/// <param name="HearsEveryWord">
/// True when the engine's word count can be trusted for the pace (Whisper). pocketsphinx's cannot: it inserts
/// words into slow speech and merges those of fast speech, so the pace is then measured from the syllables.
/// </param>
public sealed record Transcript(ImmutableArray<TimedWord> Words, string Engine, bool HearsEveryWord = false)
{
    /// <summary>The words joined by spaces.</summary>
    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>
/// Turns speech into timed words, entirely on this machine. Implementations (pocketsphinx, Whisper) live in
/// TellMe.Speech, where running processes and loading native libraries belongs; Core only depends on this.
/// </summary>
public interface ITranscriber
{
    /// <summary>The engine's name in output, e.g. "pocketsphinx (en-us)".</summary>
    string Name { get; }

    /// <summary>
    /// Transcribes the speech of <paramref name="clip"/>. <paramref name="activity"/> says where the speech is,
    /// so an engine may skip silence and work on stretches in parallel; word times are from the start of the clip.
    /// </summary>
    /// <exception cref="AudioException">The engine cannot run (not installed, model missing) or failed.</exception>
    Task<Transcript> TranscribeAsync(AudioClip clip, SpeechActivity activity, IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// Decodes a compressed recording (WebM/Opus, Ogg, FLAC, MP3, MP4) to a mono clip. Implementations run a
/// Debian tool (ffmpeg, sox) and live in TellMe.Speech; WAV needs none (<see cref="WavDecoder"/>).
/// </summary>
public interface IAudioConverter
{
    /// <summary>The tool's name in messages.</summary>
    string Name { get; }

    /// <summary>True when this converter can decode the container.</summary>
    bool CanDecode(AudioContainer container);

    /// <summary>Decodes <paramref name="input"/> (read to its end; it need not be seekable) to a mono clip at <paramref name="sampleRate"/>.</summary>
    /// <exception cref="AudioException">The tool failed (a damaged file), or the recording is longer than <see cref="AudioLimits.MaxDuration"/>.</exception>
    Task<AudioClip> DecodeAsync(Stream input, AudioContainer container, string name, int sampleRate, CancellationToken cancellationToken = default);
}
