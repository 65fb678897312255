using System.Text;
using TellMe.Diagnostics;

namespace TellMe.Bank.Files;

/// <summary>
/// The one reader of the user's text files, for every command: bank files, imported pages, question lists,
/// answers, scripts and standard input all go through it, so that each command recognises text the same way.
/// </summary>
/// <remarks>
/// <para>Read: UTF-8 with or without a byte-order mark, and UTF-16 (little- or big-endian) with one. Anything
/// else is refused with one diagnostic (<see cref="InputCodes.Unreadable"/>) that says why: a binary file
/// (a NUL or another control character no text has), UTF-16 without a byte-order mark, bytes that are not
/// valid UTF-8 (with the line they are on), or a file over <see cref="MaxBytes"/>.</para>
/// <para>Write: bank files go back in their own encoding and line endings (<see cref="SourceText"/>), always
/// through a temporary file beside the target and a rename (<see cref="FileTransaction"/>), so a failed write
/// never leaves a half-written file behind.</para>
/// </remarks>
public static class SafeFile
{
    /// <summary>The largest file TellMe reads: real pages are a few hundred KB.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Reads a text file with its encoding and line endings; null with a diagnostic when it cannot.</summary>
    public static SourceText? Read(string path, string displayName, ICollection<Diagnostic> diagnostics)
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
            bytes = FileSystem.Current.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(diagnostics, displayName, $"cannot read the file: {ex.Message}", "check permissions");
        }
        return DecodeSource(bytes, displayName, diagnostics);
    }

    /// <summary>Reads a text file as text with <c>\n</c> line endings (a byte-order mark is dropped); null with a diagnostic when it cannot.</summary>
    public static string? ReadText(string path, string displayName, ICollection<Diagnostic> diagnostics) =>
        Read(path, displayName, diagnostics)?.Text;

    /// <summary>Reads standard input (or any stream) to its end, then decodes it as a file is.</summary>
    public static SourceText? ReadStream(Stream stream, string displayName, ICollection<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > MaxBytes)
                    return Fail(diagnostics, displayName, $"the input is over {MaxBytes / (1024 * 1024)} MB; TellMe reads text up to {MaxBytes / (1024 * 1024)} MB", "check that this is the input you meant");
            }
        }
        catch (IOException ex)
        {
            return Fail(diagnostics, displayName, $"cannot read the input: {ex.Message}", "check the input");
        }
        return DecodeSource(buffer.ToArray(), displayName, diagnostics);
    }

    /// <summary>Decodes bytes that must be text, as a file is; <c>\n</c> line endings, no byte-order mark.</summary>
    public static string? Decode(byte[] bytes, string displayName, ICollection<Diagnostic> diagnostics) =>
        DecodeSource(bytes, displayName, diagnostics)?.Text;

    /// <summary>Decodes bytes that must be text, keeping their encoding and line endings.</summary>
    public static SourceText? DecodeSource(ReadOnlySpan<byte> bytes, string displayName, ICollection<Diagnostic> diagnostics)
    {
        TextEncodingKind kind;
        Encoding encoding;
        int skip;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) (kind, encoding, skip) = (TextEncodingKind.Utf8Bom, StrictUtf8, 3);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) (kind, encoding, skip) = (TextEncodingKind.Utf16LittleEndian, StrictUtf16Le, 2);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) (kind, encoding, skip) = (TextEncodingKind.Utf16BigEndian, StrictUtf16Be, 2);
        else
        {
            (kind, encoding, skip) = (TextEncodingKind.Utf8, StrictUtf8, 0);
            int nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
                return LooksLikeUtf16WithoutBom(bytes)
                    ? Fail(diagnostics, displayName, "this is UTF-16 text without a byte-order mark, which cannot be told from binary data", "save it as UTF-8 (or as UTF-16 with a byte-order mark)")
                    : Fail(diagnostics, displayName, "this is a binary file, not text", "give a text file: UTF-8, or UTF-16 with a byte-order mark");
        }

        var body = bytes[skip..];
        string text;
        try
        {
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            int line = 1;
            if (kind is TextEncodingKind.Utf8 or TextEncodingKind.Utf8Bom) line = LineOf(body, Math.Max(ex.Index, 0));
            string name = kind is TextEncodingKind.Utf8 or TextEncodingKind.Utf8Bom ? "UTF-8" : "UTF-16";
            string hint = name == "UTF-8" ? "save it as UTF-8" : "save it again as UTF-16 with a byte-order mark, or as UTF-8";
            return Fail(diagnostics, displayName, $"the file is not valid {name}", hint, line);
        }
        int at = text.AsSpan().IndexOfAny(BinaryControls);
        if (at >= 0)
        {
            int i = at;
            if (text[i] == '\0') return Fail(diagnostics, displayName, "this is a binary file, not text", "give a text file: UTF-8, or UTF-16 with a byte-order mark");
            int line = 1;
            for (int j = 0; j < i; j++) if (text[j] == '\n') line++;
            return Fail(diagnostics, displayName, $"this is a binary file, not text (control character U+{(int)text[i]:X4} on line {line})", "give a text file: UTF-8, or UTF-16 with a byte-order mark", line);
        }
        return SourceText.FromDecoded(text, kind);
    }

    // Control characters that no text file holds (tab, line breaks, form feed and escape are text).
    private static readonly System.Buffers.SearchValues<char> BinaryControls = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 32).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\u001B'))]);

    // ASCII text in UTF-16 has a zero in every other byte.
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 512) & ~1;
        if (n < 4) return false;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        return (oddZero * 10 >= pairs * 9 && evenZero == 0) || (evenZero * 10 >= pairs * 9 && oddZero == 0);
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        int line = 1;
        for (int i = 0; i < Math.Min(offset, bytes.Length); i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static SourceText? Fail(ICollection<Diagnostic> diagnostics, string file, string message, string hint, int line = 1)
    {
        diagnostics.Add(new Diagnostic(InputCodes.Unreadable, Severity.Error, file, line, 1, message, hint));
        return null;
    }

    /// <summary>Writes text as UTF-8 (no BOM) through a temporary file and an atomic rename.</summary>
    public static void WriteAtomic(string path, string text) => WriteAtomic(path, SourceText.FromText(text));

    /// <summary>Writes a file's text in its own encoding through a temporary file and an atomic rename.</summary>
    public static void WriteAtomic(string path, SourceText text)
    {
        var transaction = new FileTransaction();
        transaction.Write(path, text.ToBytes());
        transaction.Commit();
    }

    /// <summary>
    /// Writes through <paramref name="write"/> into a temporary file beside <paramref name="path"/>, flushes it
    /// to disk, then renames it over the target. If anything fails before the rename, the target keeps its old
    /// content and the temporary file is removed.
    /// </summary>
    public static void WriteAtomic(string path, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        var transaction = new FileTransaction();
        transaction.Write(path, buffer.ToArray());
        transaction.Commit();
    }
}
