using TellMe.Practice.Cards;
using TellMe.Speech;

namespace TellMe.Cli.Output;

/// <summary>
/// The CLI's side of keeping a recording (<c>feedback --audio --keep-audio</c>, <c>drill --speak --keep-audio</c>):
/// <see cref="KeptRecordings"/> names and writes the file under the bank's git-ignored <c>.tellme/audio/</c>, as it
/// does for the web drill; this only turns a failure into a message on standard error instead of a lost answer.
/// </summary>
public static class KeptAudio
{
    /// <summary>
    /// Keeps the recording <paramref name="write"/> produces for <paramref name="card"/>; returns its path relative to
    /// the bank, or null (with the reason on standard error) when it could not be kept.
    /// </summary>
    public static string? Keep(Terminal terminal, string bankDirectory, Card card, string extension, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            // The writer may close the stream it is given (a WAV writer does, to put the sizes in the header);
            // a MemoryStream gives its bytes even then.
            var written = new MemoryStream();
            write(written);
            using var recording = new MemoryStream(written.ToArray(), writable: false);
            return KeptRecordings.Keep(bankDirectory, card, extension, recording, terminal.Time.GetUtcNow());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Fail($"the recording could not be kept: {ex.Message}");
            return null;
        }
    }
}
