namespace TellMe.Web.Files;

/// <summary>A bank file as opened for editing: its text and the hash of the bytes it was read from.</summary>
/// <param name="Path">The bank-relative path (<c>stories/CR2.md</c>).</param>
/// <param name="Text">The text, line endings as LF.</param>
/// <param name="Hash">SHA-256 of the file's bytes when it was read: the version the user is editing.</param>
public sealed record BankFileText(string Path, string Text, string Hash);

/// <summary>How a save ended.</summary>
public enum SaveOutcome
{
    /// <summary>Written.</summary>
    Saved,
    /// <summary>The file on disk is no longer the version that was opened; nothing was written.</summary>
    Conflict,
    /// <summary>The path is not a bank file this app may write (outside the bank, a link out, not a bank file).</summary>
    Refused,
}

/// <summary>What a save did.</summary>
/// <param name="Outcome">Saved, conflict or refused.</param>
/// <param name="Current">After a save, the file as written; after a conflict, the file as it is on disk now (null if it was deleted).</param>
/// <param name="Message">For a refusal, why.</param>
public sealed record SaveResult(SaveOutcome Outcome, BankFileText? Current, string? Message = null);

/// <summary>
/// Opening and saving bank files from the browser.
/// </summary>
/// <remarks>
/// TEMPORARY ADAPTER: the safe-save API (atomic write in the file's own encoding, only if the disk file is still the
/// version opened, refusal of any path outside the bank) is being built in TellMe.Core on branch <c>writes</c>. This
/// interface and <see cref="Sha256BankFileSaver"/> stand in for it until that merge, when the lead replaces the
/// implementation with the Core API; nothing else in the web app writes files.
/// </remarks>
public interface IBankFileSaver
{
    /// <summary>Opens a bank file; null with <paramref name="problem"/> when the path is refused or the file cannot be read.</summary>
    BankFileText? Open(string relativePath, out string? problem);

    /// <summary>
    /// Saves <paramref name="text"/> if the file is still the version whose hash is <paramref name="expectedHash"/>;
    /// with a null hash, creates the file and refuses if it already exists.
    /// </summary>
    SaveResult Save(string relativePath, string text, string? expectedHash);
}
