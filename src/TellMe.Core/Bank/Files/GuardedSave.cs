using System.Collections.Concurrent;
using TellMe.Diagnostics;

namespace TellMe.Bank.Files;

/// <summary>A bank file as an editor opened it: its text and the hash that proves which version it was.</summary>
/// <param name="Path">The bank-relative path.</param>
/// <param name="Text">The text, with <c>\n</c> line endings.</param>
/// <param name="Hash">The content hash of the file's bytes (<see cref="SourceText.Hash"/>); give it back to <see cref="GuardedSave.Save"/>.</param>
/// <param name="Encoding">How the file is stored; a save keeps it.</param>
public sealed record OpenedFile(string Path, string Text, string Hash, TextEncodingKind Encoding);

/// <summary>How a guarded save ended.</summary>
public enum SaveOutcome
{
    /// <summary>The new text is on disk.</summary>
    Saved,
    /// <summary>Nothing was written: the file on disk is not the version the user opened (see <see cref="SaveResult.Current"/>).</summary>
    Conflict,
    /// <summary>Nothing was written: the path or the text is not acceptable (see the message).</summary>
    Refused,
}

/// <summary>What <see cref="GuardedSave.Save"/> did.</summary>
/// <param name="Outcome">Saved, conflict or refused.</param>
/// <param name="Message">One sentence for the user.</param>
/// <param name="Current">After a save, the file as now on disk; after a conflict, the file as someone else left it (null when it was deleted).</param>
public sealed record SaveResult(SaveOutcome Outcome, string Message, OpenedFile? Current);

/// <summary>
/// Saves a bank file a user edited as a whole (the web editor): the new text is written atomically, in the
/// file's own encoding and line endings (only the changed characters differ on disk), only if the file on disk is still the version the user opened;
/// otherwise nothing is written and the result carries the text now on disk, so no one's edit is lost.
/// </summary>
/// <remarks>
/// <para>The version is the SHA-256 of the file's bytes, from <see cref="Open"/>. Saves of one file in this
/// process are serialised, and the check and the write happen under that lock, so two users saving from the
/// same version cannot both win. A writer outside TellMe that changes the file in the few milliseconds
/// between the check and the rename is not seen; every TellMe writer stages and renames
/// (<see cref="FileTransaction"/>), so a file is never seen half-written.</para>
/// <para>Every path goes through <see cref="BankPath.Resolve"/>: nothing outside the bank folder can be opened
/// or saved, whatever the caller passes.</para>
/// </remarks>
public static class GuardedSave
{
    private static readonly ConcurrentDictionary<string, object> Locks = new(StringComparer.Ordinal);

    /// <summary>Opens a bank file for editing; null with <paramref name="refusal"/> when the path is refused or the file is not readable text.</summary>
    public static OpenedFile? Open(string bankRoot, string relativePath, out string refusal)
    {
        if (BankPath.Resolve(bankRoot, relativePath, out refusal) is not { } full) return null;
        var diagnostics = new List<Diagnostic>();
        if (SafeFile.Read(full, relativePath, diagnostics) is not { } source)
        {
            refusal = diagnostics.Count > 0 ? $"{relativePath}: {diagnostics[0].Message}" : $"{relativePath} cannot be read";
            return null;
        }
        return new OpenedFile(relativePath, source.Text, source.Hash, source.Encoding);
    }

    /// <summary>
    /// Writes <paramref name="text"/> to the bank file <paramref name="relativePath"/> if it is still the version
    /// whose hash is <paramref name="expectedHash"/> (null: the file must not exist yet, it is created).
    /// </summary>
    public static SaveResult Save(string bankRoot, string relativePath, string text, string? expectedHash)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (BankPath.Resolve(bankRoot, relativePath, out string refusal) is not { } full)
            return new SaveResult(SaveOutcome.Refused, refusal, null);
        string normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (normalized.Contains('\0')) return new SaveResult(SaveOutcome.Refused, "the text holds a NUL character; bank files are text", null);

        lock (Locks.GetOrAdd(full, _ => new object()))
        {
            var diagnostics = new List<Diagnostic>();
            SourceText? current = null;
            if (File.Exists(full))
            {
                current = SafeFile.Read(full, relativePath, diagnostics);
                if (current is null)
                    return new SaveResult(SaveOutcome.Refused, $"{relativePath} is no longer readable text ({diagnostics[0].Message}); nothing was written", null);
            }
            if (current is null && expectedHash is not null)
                return new SaveResult(SaveOutcome.Conflict, $"{relativePath} was deleted since you opened it; nothing was written", null);
            if (current is not null && current.Hash != expectedHash)
                return new SaveResult(SaveOutcome.Conflict,
                    expectedHash is null ? $"{relativePath} already exists; nothing was written" : $"{relativePath} changed on disk since you opened it; nothing was written",
                    new OpenedFile(relativePath, current.Text, current.Hash, current.Encoding));

            var updated = current is null ? SourceText.FromText(normalized) : current.Apply([Difference(current.Text, normalized)]);
            try
            {
                SafeFile.WriteAtomic(full, updated);
            }
            catch (FileTransactionException ex)
            {
                return new SaveResult(SaveOutcome.Refused, ex.Message, null);
            }
            return new SaveResult(SaveOutcome.Saved, $"saved {relativePath}", new OpenedFile(relativePath, updated.Text, updated.Hash, updated.Encoding));
        }
    }

    // One edit from the first to the last changed character: the lines around it keep their exact bytes (a
    // CRLF file edited in a browser keeps its line endings, even where they were mixed).
    private static TextEdit Difference(string before, string after)
    {
        int prefix = 0, max = Math.Min(before.Length, after.Length);
        while (prefix < max && before[prefix] == after[prefix]) prefix++;
        int suffix = 0;
        while (suffix < max - prefix && before[^(suffix + 1)] == after[^(suffix + 1)]) suffix++;
        return TextEdit.Replace(prefix, before.Length - suffix, after[prefix..(after.Length - suffix)]);
    }
}
