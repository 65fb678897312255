namespace TellMe.Practice.Audio;

/// <summary>What kind of file a recording is, as its first bytes say (never its name).</summary>
public enum AudioContainer
{
    /// <summary>Not a format TellMe knows: refused with a message.</summary>
    Unknown,
    /// <summary>RIFF/WAVE: read directly.</summary>
    Wav,
    /// <summary>Ogg (Opus or Vorbis), as Firefox's MediaRecorder writes: decoded by an external tool.</summary>
    Ogg,
    /// <summary>WebM/Matroska (Opus), as Chromium's MediaRecorder writes: decoded by an external tool.</summary>
    WebM,
    /// <summary>FLAC: decoded by an external tool.</summary>
    Flac,
    /// <summary>MP3: decoded by an external tool.</summary>
    Mp3,
    /// <summary>MP4/M4A (AAC), as Safari records: decoded by an external tool.</summary>
    Mp4,
}

/// <summary>Recognises a recording's container from its first bytes.</summary>
public static class AudioSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 12;

    /// <summary>The container the bytes start, or <see cref="AudioContainer.Unknown"/>.</summary>
    public static AudioContainer Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WAVE"u8)) return AudioContainer.Wav;
        if (head.Length >= 12 && head[..4].SequenceEqual("RF64"u8) && head[8..12].SequenceEqual("WAVE"u8)) return AudioContainer.Wav;
        if (head.Length >= 4 && head[..4].SequenceEqual("OggS"u8)) return AudioContainer.Ogg;
        if (head.Length >= 4 && head[..4].SequenceEqual((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3])) return AudioContainer.WebM;
        if (head.Length >= 4 && head[..4].SequenceEqual("fLaC"u8)) return AudioContainer.Flac;
        if (head.Length >= 3 && head[..3].SequenceEqual("ID3"u8)) return AudioContainer.Mp3;
        if (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0) return AudioContainer.Mp3;
        if (head.Length >= 8 && head[4..8].SequenceEqual("ftyp"u8)) return AudioContainer.Mp4;
        return AudioContainer.Unknown;
    }

    /// <summary>The container's name in messages.</summary>
    public static string Name(AudioContainer container) => container switch
    {
        AudioContainer.Wav => "WAV",
        AudioContainer.Ogg => "Ogg",
        AudioContainer.WebM => "WebM",
        AudioContainer.Flac => "FLAC",
        AudioContainer.Mp3 => "MP3",
        AudioContainer.Mp4 => "MP4/M4A",
        _ => "unknown",
    };
}
