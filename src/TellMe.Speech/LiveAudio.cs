using TellMe.Practice.Audio;
using TellMe.Practice.Audio.Recording;

namespace TellMe.Speech;

/// <summary>
/// Opens the live audio of <c>drill --speak</c>: the microphone, or, when <see cref="InputVariable"/> names a
/// recording, that recording played out in real time through the same <see cref="Recorder"/> path (for tests
/// and for trying the drill on a machine without a microphone).
/// </summary>
public static class LiveAudio
{
    /// <summary>
    /// For testing: a recording (WAV, or anything <see cref="AudioReader"/> reads) to play instead of the
    /// microphone, in real time, followed by silence as a quiet microphone would give.
    /// </summary>
    public const string InputVariable = "TELLME_AUDIO_INPUT";

    /// <summary>How long the microphone is given to deliver its first samples before it is declared missing.</summary>
    public static readonly TimeSpan ProbeTime = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Checks that live audio can be had before a session starts: the file of <see cref="InputVariable"/> is
    /// readable, or a recording tool is installed and a short probe of the microphone gives samples.
    /// </summary>
    /// <exception cref="AudioException">No recording tool, no microphone (with what the tool said), or an unreadable input file.</exception>
    public static async Task CheckAsync(ToolLocator tools, Func<string, string?> environment, AudioReader reader, string? device = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(reader);
        if (environment(InputVariable) is { Length: > 0 } path)
        {
            await reader.ReadAsync(path).ConfigureAwait(false);
            return;
        }
        await using var microphone = MicrophoneSource.Start(tools, device);
        var buffer = new float[1600];
        using var timeout = new CancellationTokenSource(ProbeTime);
        int read;
        try
        {
            read = await microphone.ReadAsync(buffer, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new AudioException($"the microphone gave no audio within {ProbeTime.TotalSeconds:0} s ({microphone.Tool}): check that it is plugged in and not used by another program");
        }
        if (read == 0)
        {
            await Task.Delay(100).ConfigureAwait(false); // let the tool's last words arrive
            throw new AudioException($"no microphone: {microphone.Tool} stopped at once ({microphone.Failure ?? "no message"}). Plug one in, or check `arecord -l`");
        }
    }

    /// <summary>Opens the microphone, or the recording of <see cref="InputVariable"/> played in real time.</summary>
    /// <exception cref="AudioException">As <see cref="CheckAsync"/>.</exception>
    public static async Task<IAudioSource> OpenAsync(ToolLocator tools, Func<string, string?> environment, AudioReader reader, TimeProvider time, string? device = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(reader);
        if (environment(InputVariable) is { Length: > 0 } path)
            return new RealTimeSource(new ClipSource(await reader.ReadAsync(path).ConfigureAwait(false)), time);
        return MicrophoneSource.Start(tools, device);
    }
}

/// <summary>
/// Plays a source no faster than real time, as a microphone delivers (each block is released when its last
/// sample would have been spoken), and goes on with silence after it ends, as a quiet microphone does: the
/// recording stops on Enter or at time, never because the file ran out.
/// </summary>
public sealed class RealTimeSource(IAudioSource inner, TimeProvider time) : IAudioSource
{
    private readonly long _start = time.GetTimestamp();
    private long _delivered;
    private bool _ended;

    /// <inheritdoc/>
    public int SampleRate => inner.SampleRate;

    /// <inheritdoc/>
    public async ValueTask<int> ReadAsync(Memory<float> buffer, CancellationToken cancellationToken = default)
    {
        int n = 0;
        if (!_ended)
        {
            n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            _ended = n == 0 && buffer.Length > 0;
        }
        if (_ended)
        {
            n = buffer.Length;
            buffer.Span.Clear();
        }
        _delivered += n;
        var due = TimeSpan.FromSeconds(_delivered / (double)SampleRate) - time.GetElapsedTime(_start);
        if (due > TimeSpan.Zero) await Task.Delay(due, time, cancellationToken).ConfigureAwait(false);
        return n;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
