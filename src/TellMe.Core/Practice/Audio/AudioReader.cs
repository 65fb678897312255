using System.Text;

namespace TellMe.Practice.Audio;

/// <summary>
/// Opens a recording, whatever it is: WAV is decoded here (<see cref="WavDecoder"/>); the formats browsers
/// record (WebM, Ogg) and other compressed ones go to an <see cref="IAudioConverter"/>; anything else is
/// refused with a message saying what the file looks like. The kind is taken from the content, never the name.
/// </summary>
public sealed class AudioReader(IAudioConverter? converter)
{
    /// <summary>The converter for compressed formats, if a tool for them is installed.</summary>
    public IAudioConverter? Converter { get; } = converter;

    /// <summary>Reads a recording file.</summary>
    /// <exception cref="AudioException">Missing, empty, not audio, damaged, too long, or a format no installed tool decodes.</exception>
    public async Task<AudioClip> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        string name = Path.GetFileName(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        }
        catch (FileNotFoundException) { throw new AudioException($"the recording '{path}' does not exist"); }
        catch (DirectoryNotFoundException) { throw new AudioException($"the recording '{path}' does not exist"); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { throw new AudioException($"cannot read the recording '{path}': {ex.Message}", ex); }
        await using (stream)
            return await ReadAsync(stream, name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a recording from a stream, e.g. a browser's upload. A stream that cannot seek is buffered first
    /// (WAV needs to seek); <paramref name="name"/> is only used in messages.
    /// </summary>
    public async Task<AudioClip> ReadAsync(Stream recording, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recording);
        Stream stream = recording;
        MemoryStream? buffered = null;
        if (!recording.CanSeek)
        {
            buffered = new MemoryStream();
            await recording.CopyToAsync(buffered, cancellationToken).ConfigureAwait(false);
            buffered.Position = 0;
            stream = buffered;
        }
        using (buffered)
        {
            long start = stream.Position;
            var head = new byte[64];
            int got = 0, n;
            while (got < head.Length && (n = stream.Read(head, got, head.Length - got)) > 0) got += n;
            stream.Position = start;
            if (got == 0) throw new AudioException($"the recording '{name}' is empty (0 bytes): record the answer again");
            var container = AudioSniffer.Detect(head.AsSpan(0, got));
            if (container == AudioContainer.Unknown)
                throw new AudioException($"'{name}' is not a recording TellMe can read: {Looks(head.AsSpan(0, got))}; give a WAV file, or WebM, Ogg, FLAC, MP3 or M4A with ffmpeg installed");
            if (container == AudioContainer.Wav) return WavDecoder.Decode(stream, name);
            if (Converter is null || !Converter.CanDecode(container))
                throw new AudioException($"'{name}' is {AudioSniffer.Name(container)} audio, which TellMe decodes with ffmpeg" +
                    (container == AudioContainer.WebM ? "" : " or sox") +
                    $", and neither is installed: install Debian's ffmpeg (sudo apt-get install ffmpeg), or convert the file to WAV elsewhere");
            return await Converter.DecodeAsync(stream, container, name, AudioClip.StandardRate, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Looks(ReadOnlySpan<byte> head)
    {
        int printable = 0;
        foreach (byte b in head) if (b is (>= 0x20 and < 0x7F) or (byte)'\n' or (byte)'\r' or (byte)'\t' or >= 0x80) printable++;
        if (head.IndexOf((byte)0) < 0 && printable == head.Length)
        {
            string start = Encoding.UTF8.GetString(head).Split('\n')[0].Trim();
            if (start.Length > 24) start = start[..24] + "…";
            return $"it is text (it starts \"{start}\")";
        }
        return head.IndexOf((byte)0) < 0 && head.Length > 0 ? "its first bytes are no audio format TellMe knows" : "its first bytes are no audio format TellMe knows (binary data)";
    }
}
