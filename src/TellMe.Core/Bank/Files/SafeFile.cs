using System.Text;
using TellMe.Diagnostics;

namespace TellMe.Bank.Files;

/// <summary>
/// Reads user files defensively and writes bank files atomically. Reading refuses what is not a text page
/// (binary, not UTF-8, too large) with a diagnostic; writing goes to a temporary file in the same folder that
/// is then renamed over the target, so a failed write never leaves a half-written file behind.
/// </summary>
public static class SafeFile
{
    /// <summary>The largest file TellMe reads: real pages are a few hundred KB.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Reads a UTF-8 text file, normalising CRLF to LF; null with a diagnostic when it cannot.</summary>
    public static string? ReadText(string path, string displayName, ICollection<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return Fail(diagnostics, displayName, "file not found", "check the path");
            if (info.Length > MaxBytes)
                return Fail(diagnostics, displayName, $"file is {info.Length / (1024.0 * 1024.0):0.0} MB; TellMe reads files up to {MaxBytes / (1024 * 1024)} MB",
                    "split the page, or check that this is the file you meant");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(diagnostics, displayName, $"cannot read the file: {ex.Message}", "check permissions");
        }
        return Decode(bytes, displayName, diagnostics);
    }

    /// <summary>Decodes bytes that must be UTF-8 text (a BOM is dropped).</summary>
    public static string? Decode(byte[] bytes, string displayName, ICollection<Diagnostic> diagnostics)
    {
        int nul = Array.IndexOf(bytes, (byte)0, 0, (int)Math.Min(bytes.Length, 8192));
        if (nul >= 0)
            return Fail(diagnostics, displayName, "this is a binary file, not a text page", "give a Markdown or HTML page");
        try
        {
            var span = bytes.AsSpan();
            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
            string text = StrictUtf8.GetString(span);
            return text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException ex)
        {
            int offset = ex.Index;
            int line = 1;
            for (int i = 0; i < Math.Min(offset, bytes.Length); i++) if (bytes[i] == '\n') line++;
            diagnostics.Add(new Diagnostic(InputCodes.Unreadable, Severity.Error, displayName, line, 1,
                "the file is not valid UTF-8", "save it as UTF-8"));
            return null;
        }
    }

    private static string? Fail(ICollection<Diagnostic> diagnostics, string file, string message, string hint)
    {
        diagnostics.Add(new Diagnostic(InputCodes.Unreadable, Severity.Error, file, 1, 1, message, hint));
        return null;
    }

    /// <summary>Writes text as UTF-8 (no BOM) through a temporary file and an atomic rename.</summary>
    public static void WriteAtomic(string path, string text) =>
        WriteAtomic(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));

    /// <summary>
    /// Writes through <paramref name="write"/> into a temporary file beside <paramref name="path"/>, flushes it
    /// to disk, then renames it over the target. If anything fails before the rename, the target keeps its old
    /// content and the temporary file is removed.
    /// </summary>
    public static void WriteAtomic(string path, Action<Stream> write)
    {
        string dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        string temp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
