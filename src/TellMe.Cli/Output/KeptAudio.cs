using System.Globalization;
using TellMe.Practice.Cards;

namespace TellMe.Cli.Output;

/// <summary>
/// Where a recording the user asked to keep goes: <c>.tellme/audio/DATE-TIME-CARD.EXT</c> in the bank, a folder
/// with a <c>.gitignore</c> of its own so no recording ever reaches the user's git history. Shared by
/// <c>feedback --audio --keep-audio</c> and <c>drill --speak --keep-audio</c>.
/// </summary>
public static class KeptAudio
{
    /// <summary>
    /// Creates the file for a recording of <paramref name="card"/> and lets <paramref name="write"/> fill it;
    /// returns its path relative to the bank, or null (with the reason on standard error) when it could not be kept.
    /// </summary>
    public static string? Keep(Terminal terminal, string bankDirectory, Card card, string extension, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(write);
        string? target = null;
        try
        {
            string folder = Path.Combine(bankDirectory, ".tellme", "audio");
            Directory.CreateDirectory(folder);
            string ignore = Path.Combine(folder, ".gitignore");
            if (!File.Exists(ignore)) File.WriteAllText(ignore, "*\n");
            string stamp = terminal.Time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            target = Path.Combine(folder, $"{stamp}-{card.Id.Key.Replace('/', '-')}{extension.ToLowerInvariant()}");
            if (File.Exists(target)) throw new IOException($"'{target}' already exists");
            write(target);
            return Path.GetRelativePath(bankDirectory, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Fail($"the recording could not be kept: {ex.Message}");
            return null;
        }
    }
}
