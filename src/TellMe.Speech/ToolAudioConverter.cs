using System.Globalization;
using TellMe.Practice.Audio;

namespace TellMe.Speech;

/// <summary>
/// Decodes compressed recordings with Debian's ffmpeg (every container browsers record: WebM/Opus, Ogg,
/// MP4/AAC, and FLAC, MP3) or, when ffmpeg is absent, sox with libsox-fmt-all (Ogg Vorbis, FLAC, MP3; Debian's
/// sox has no Opus reader, so not the Ogg Opus Firefox records, nor WebM or MP4). The recording goes through pipes: nothing is written to disk.
/// </summary>
public sealed class ToolAudioConverter : IAudioConverter
{
    private readonly string? _ffmpeg;
    private readonly string? _sox;

    private ToolAudioConverter(string? ffmpeg, string? sox)
    {
        _ffmpeg = ffmpeg;
        _sox = sox;
    }

    /// <summary>The converter with the tools found by <paramref name="tools"/>, or null when neither ffmpeg nor sox is installed.</summary>
    public static ToolAudioConverter? Find(ToolLocator tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        string? ffmpeg = tools.Find("ffmpeg"), sox = tools.Find("sox");
        return ffmpeg is null && sox is null ? null : new ToolAudioConverter(ffmpeg, sox);
    }

    /// <inheritdoc/>
    public string Name => _ffmpeg is not null ? "ffmpeg" : "sox";

    /// <inheritdoc/>
    public bool CanDecode(AudioContainer container) => container switch
    {
        AudioContainer.Wav => true,
        AudioContainer.WebM or AudioContainer.Mp4 => _ffmpeg is not null,
        AudioContainer.Ogg or AudioContainer.Flac or AudioContainer.Mp3 => _ffmpeg is not null || _sox is not null,
        _ => false,
    };

    /// <inheritdoc/>
    public async Task<AudioClip> DecodeAsync(Stream input, AudioContainer container, string name, int sampleRate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!CanDecode(container))
            throw new AudioException($"'{name}' is {AudioSniffer.Name(container)} audio, which needs ffmpeg: install Debian's ffmpeg (sudo apt-get install ffmpeg)");
        string rate = sampleRate.ToString(CultureInfo.InvariantCulture);
        // A file is given to the tool by name (MP4 keeps its index at the end, which a pipe cannot reach); an upload goes through standard input.
        string? file = input is FileStream fs ? fs.Name : null;
        string executable;
        List<string> args;
        if (_ffmpeg is not null)
        {
            executable = _ffmpeg;
            // -t caps the output just past the longest answer, so a huge file ends early and is refused below.
            string cap = (AudioLimits.MaxDuration.TotalSeconds + 1).ToString(CultureInfo.InvariantCulture);
            args = ["-nostdin", "-hide_banner", "-loglevel", "error", "-i", file ?? "pipe:0", "-vn", "-ac", "1", "-ar", rate, "-t", cap, "-f", "f32le", "pipe:1"];
        }
        else
        {
            executable = _sox!;
            if (container == AudioContainer.Ogg && IsOpus(input))
                throw new AudioException($"'{name}' is Ogg Opus audio, which needs ffmpeg (Debian's sox reads Ogg Vorbis only): install Debian's ffmpeg (sudo apt-get install ffmpeg)");
            string type = container switch
            {
                AudioContainer.Ogg => "vorbis",
                AudioContainer.Flac => "flac",
                _ => "mp3",
            };
            args = ["-q", "-t", type, file ?? "-", "-t", "raw", "-e", "floating-point", "-b", "32", "-L", "-c", "1", "-r", rate, "-"];
        }
        float[]? samples = null;
        var result = await ToolProcess.RunAsync(executable, args,
            file is null ? (stdin, ct) => input.CopyToAsync(stdin, ct) : null,
            async (stdout, ct) => samples = await PcmReader.ReadFloatsAsync(stdout, sampleRate, name, ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
            throw new AudioException($"'{name}' looks like {AudioSniffer.Name(container)} audio but {Path.GetFileName(executable)} could not decode it ({ToolProcess.LastLine(result.Error)}); the file may be damaged or cut short: record it again");
        if (samples is null || samples.Length == 0)
            throw new AudioException($"'{name}' is {AudioSniffer.Name(container)} with no audio in it: record it again");
        return new AudioClip(samples, sampleRate);
    }

    // An Ogg stream's first page names its codec: "OpusHead" for Opus, "\x01vorbis" for Vorbis.
    private static bool IsOpus(Stream input)
    {
        if (!input.CanSeek) return true; // browsers record Opus (and AudioReader hands over a seekable stream)
        long at = input.Position;
        var head = new byte[64];
        int n = input.Read(head, 0, head.Length);
        input.Position = at;
        return head.AsSpan(0, n).IndexOf("OpusHead"u8) >= 0;
    }
}
