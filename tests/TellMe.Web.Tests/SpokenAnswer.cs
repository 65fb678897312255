using TellMe.Testing;

namespace TellMe.Web.Tests;

/// <summary>A spoken answer synthesised with espeak-ng (as the speech tests make theirs), in a temporary folder.</summary>
public sealed class SpokenAnswer : IDisposable
{
    public const string Text = "At the time I was a platform engineer and management proposed a big migration. " +
        "My task was to judge whether it made sense for the team. I collected numbers on incidents and presented them to the stakeholders. " +
        "As a result we moved all the servers in four months without a major outage.";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "tellme-web-speech", Guid.NewGuid().ToString("N"));

    /// <summary>The answer as espeak-ng writes it (22,050 Hz mono WAV).</summary>
    public string Wav { get; }

    /// <summary>The same at 48 kHz with a second of silence before, as Chromium wants a fake microphone file.</summary>
    public string Microphone { get; }

    public SpokenAnswer()
    {
        Directory.CreateDirectory(Folder);
        Wav = Path.Combine(Folder, "answer.wav");
        Tool.Run("espeak-ng", "-v", "en-us", "-s", "150", "-w", Wav, Text);
        Microphone = Path.Combine(Folder, "microphone.wav");
        Tool.Run("sox", Wav, "-r", "48000", "-c", "1", "-b", "16", Microphone, "pad", "1", "2");
    }


    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
