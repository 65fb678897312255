using System.Collections.Immutable;
using System.Text;
using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Import;

/// <summary>
/// A page as read from disk, ready for the layout readers: its text with LF line ends, split into front matter
/// and body, and what the bytes said beyond the text (a byte-order mark, CR LF line ends) so that the page can
/// be written back as it was.
/// </summary>
public sealed record PageSource
{
    /// <summary>The file as given on the command line.</summary>
    public required string File { get; init; }

    /// <summary>The whole text, LF line ends, no BOM.</summary>
    public required string Text { get; init; }

    /// <summary>The whole text with the file's own line ends (no BOM).</summary>
    public required string Raw { get; init; }

    /// <summary>The file starts with a UTF-8 byte-order mark.</summary>
    public bool Bom { get; init; }

    /// <summary>Most of the file's lines end with CR LF.</summary>
    public bool CrLf { get; init; }

    /// <summary>The front matter's keys and scalar values, in order.</summary>
    public ImmutableArray<KeyValuePair<string, string>> FrontMatter { get; init; } = [];

    /// <summary>The front matter as written, <c>---</c> lines included (LF), or empty.</summary>
    public string FrontMatterText { get; init; } = "";

    /// <summary>The text after the front matter.</summary>
    public required string Body { get; init; }

    /// <summary>The line of the page the body starts on.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>What follows the body's last visible character.</summary>
    public string Trailer => PageSplit.Trailer(Body);

    /// <summary>Reads a page file; null (with a diagnostic) when it cannot be read as text.</summary>
    public static PageSource? Read(string path, string display, List<Diagnostic> diagnostics)
    {
        if (SafeFile.ReadText(path, display, diagnostics) is not { } text) return null;
        string raw = text;
        bool bom = false;
        try
        {
            byte[] bytes = System.IO.File.ReadAllBytes(path);
            bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
            string decoded = new UTF8Encoding(false).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
            // Only when the bytes are the UTF-8 the text came from do their line ends say anything.
            if (decoded.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') == text) raw = decoded;
            else bom = false;
        }
        catch (IOException) { }
        return FromText(text, display, diagnostics, raw, bom);
    }

    /// <summary>Splits a page's text; null (with a diagnostic) when its front matter is broken.</summary>
    public static PageSource? FromText(string text, string file, List<Diagnostic> diagnostics, string? raw = null, bool bom = false)
    {
        if (!PageSplit.TrySplit(text, file, diagnostics, out var front, out string body, out int bodyLine)) return null;
        raw ??= text;
        int lf = raw.Count(c => c == '\n');
        int crlf = CountCrLf(raw);
        return new PageSource
        {
            File = file,
            Text = text,
            Raw = raw,
            Bom = bom,
            CrLf = lf > 0 && crlf * 2 > lf,
            FrontMatter = front,
            FrontMatterText = text[..(text.Length - body.Length)],
            Body = body,
            BodyLine = bodyLine,
        };
    }

    private static int CountCrLf(string text)
    {
        int n = 0;
        for (int i = text.IndexOf("\r\n", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\r\n", i + 2, StringComparison.Ordinal)) n++;
        return n;
    }
}
