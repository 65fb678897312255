using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using TellMe.Practice.Audio;
using TellMe.Practice.Audio.Recording;

namespace TellMe.Speech;

/// <summary>
/// The microphone through Debian's <c>arecord</c> (alsa-utils) or, without it, sox's <c>rec</c>: 16 kHz mono
/// 16-bit PCM read from the tool's standard output as it records. Nothing touches the disk. Disposing stops
/// the tool. <c>arecord -D null</c> (ALSA's null device) gives a source without a microphone for tests.
/// </summary>
public sealed class MicrophoneSource : IAudioSource
{
    private readonly Process _process;
    private readonly Stream _output;
    private readonly byte[] _bytes = new byte[8192];
    private readonly Task<string> _error;
    private int _carry;

    private MicrophoneSource(Process process)
    {
        _process = process;
        _output = process.StandardOutput.BaseStream;
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>
    /// Once the tool has stopped by itself (no sound card, a device that went away): the last line it wrote to
    /// standard error, for the message that says why there is no audio. Null while it runs.
    /// </summary>
    public string? Failure => _process.HasExited && _error.IsCompleted ? ToolProcess.LastLine(_error.Result) : null;

    /// <inheritdoc/>
    public int SampleRate => AudioClip.StandardRate;

    /// <summary>The tool that records, for messages.</summary>
    public string Tool => Path.GetFileName(_process.StartInfo.FileName);

    /// <summary>Starts recording from <paramref name="device"/> (an ALSA device such as "default" or "null"; null for the default).</summary>
    /// <exception cref="AudioException">Neither arecord nor rec is installed, or the tool could not start.</exception>
    public static MicrophoneSource Start(ToolLocator tools, string? device = null)
    {
        ArgumentNullException.ThrowIfNull(tools);
        string rate = AudioClip.StandardRate.ToString(CultureInfo.InvariantCulture);
        ProcessStartInfo start;
        if (tools.Find("arecord") is { } arecord)
        {
            start = new ProcessStartInfo(arecord);
            foreach (var a in new[] { "-q", "-t", "raw", "-f", "S16_LE", "-c", "1", "-r", rate }) start.ArgumentList.Add(a);
            if (device is not null) { start.ArgumentList.Add("-D"); start.ArgumentList.Add(device); }
        }
        else if (tools.Find("rec") is { } rec)
        {
            start = new ProcessStartInfo(rec);
            foreach (var a in new[] { "-q", "-t", "raw", "-e", "signed-integer", "-b", "16", "-L", "-c", "1", "-r", rate, "-" }) start.ArgumentList.Add(a);
            if (device is not null) start.Environment["AUDIODEV"] = device;
        }
        else throw new AudioException("recording needs arecord or sox's rec: install Debian's alsa-utils (sudo apt-get install alsa-utils)");
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true; // never the terminal's: Enter is for stopping
        start.UseShellExecute = false;
        var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            throw new AudioException($"could not start {Path.GetFileName(start.FileName)}: {ex.Message}", ex);
        }
        process.StandardInput.Close();
        return new MicrophoneSource(process);
    }

    /// <inheritdoc/>
    public async ValueTask<int> ReadAsync(Memory<float> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.Length == 0) return 0;
        int capacity = Math.Min(_bytes.Length, buffer.Length * 2 + 1);
        while (_carry < 2)
        {
            int n = await _output.ReadAsync(_bytes.AsMemory(_carry, capacity - _carry), cancellationToken).ConfigureAwait(false);
            if (n <= 0) return 0; // the tool stopped (a trailing odd byte is no sample)
            _carry += n;
        }
        int samples = Math.Min(_carry / 2, buffer.Length);
        var span = buffer.Span;
        for (int i = 0; i < samples; i++) span[i] = BinaryPrimitives.ReadInt16LittleEndian(_bytes.AsSpan(i * 2)) / 32768f;
        int used = samples * 2;
        Array.Copy(_bytes, used, _bytes, 0, _carry - used);
        _carry -= used;
        return samples;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
    }
}

/// <summary>A recording played out as if it were live: for tests of the recording loop, and a dry run without a microphone.</summary>
public sealed class ClipSource(AudioClip clip) : IAudioSource
{
    private int _position;

    /// <inheritdoc/>
    public int SampleRate => clip.SampleRate;

    /// <inheritdoc/>
    public ValueTask<int> ReadAsync(Memory<float> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int n = Math.Min(buffer.Length, clip.Length - _position);
        clip.Samples.Slice(_position, n).CopyTo(buffer.Span);
        _position += n;
        return ValueTask.FromResult(n);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
