using System.Globalization;
using TellMe.Practice.Audio;
using TellMe.Practice.Cards;

namespace TellMe.Speech;

/// <summary>
/// Keeps a recording the user asked to keep (<c>--keep-audio</c> in the CLI, the "keep the recording" box in the web
/// drill) under the bank's <c>.tellme/audio/</c>, a folder with its own <c>.gitignore</c> so the voice never reaches
/// git. One place for both, so both name and guard the copies alike. Without the request, nothing is kept anywhere.
/// </summary>
public static class KeptRecordings
{
    /// <summary>The folder, relative to the bank.</summary>
    public static readonly string Folder = Path.Combine(".tellme", "audio");

    /// <summary>Copies <paramref name="recording"/> (from its current position) and returns the copy's path relative to the bank.</summary>
    /// <param name="bankDirectory">The bank folder.</param>
    /// <param name="card">The card answered: part of the file name.</param>
    /// <param name="extension">The file extension with its dot (".wav", ".webm").</param>
    /// <param name="recording">The recording.</param>
    /// <param name="now">When it was recorded: the start of the file name.</param>
    /// <exception cref="IOException">The folder or file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static string Keep(string bankDirectory, Card card, string extension, Stream recording, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(recording);
        string folder = Path.Combine(bankDirectory, Folder);
        Directory.CreateDirectory(folder);
        string ignore = Path.Combine(folder, ".gitignore");
        if (!File.Exists(ignore)) File.WriteAllText(ignore, "*\n");
        string stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        string name = $"{stamp}-{card.Id.Key.Replace('/', '-')}{extension.ToLowerInvariant()}";
        string target = Path.Combine(folder, name);
        using (var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
            recording.CopyTo(file);
        return Path.GetRelativePath(bankDirectory, target);
    }

    /// <summary>The usual extension for a container, for a recording that came without a file name (a browser upload).</summary>
    public static string Extension(AudioContainer container) => container switch
    {
        AudioContainer.Wav => ".wav",
        AudioContainer.Ogg => ".ogg",
        AudioContainer.WebM => ".webm",
        AudioContainer.Flac => ".flac",
        AudioContainer.Mp3 => ".mp3",
        AudioContainer.Mp4 => ".m4a",
        _ => ".bin",
    };
}
