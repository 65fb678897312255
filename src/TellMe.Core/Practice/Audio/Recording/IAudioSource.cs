namespace TellMe.Practice.Audio.Recording;

/// <summary>
/// Live audio, mono at <see cref="SampleRate"/>, read as it arrives: the microphone (arecord or sox's rec in
/// TellMe.Speech), or a file played out for tests. Disposing stops it.
/// </summary>
public interface IAudioSource : IAsyncDisposable
{
    /// <summary>Samples per second.</summary>
    int SampleRate { get; }

    /// <summary>Reads the next samples into <paramref name="buffer"/>; 0 when the source has ended.</summary>
    ValueTask<int> ReadAsync(Memory<float> buffer, CancellationToken cancellationToken = default);
}
