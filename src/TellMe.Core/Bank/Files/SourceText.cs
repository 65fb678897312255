using System.Security.Cryptography;
using System.Text;

namespace TellMe.Bank.Files;

/// <summary>How a text file's bytes encode its characters. Only encodings that say so unambiguously are read.</summary>
public enum TextEncodingKind
{
    /// <summary>UTF-8 without a byte-order mark (what TellMe writes for a new file).</summary>
    Utf8,
    /// <summary>UTF-8 starting with the bytes <c>EF BB BF</c>.</summary>
    Utf8Bom,
    /// <summary>UTF-16 little-endian starting with <c>FF FE</c>.</summary>
    Utf16LittleEndian,
    /// <summary>UTF-16 big-endian starting with <c>FE FF</c>.</summary>
    Utf16BigEndian,
}

/// <summary>
/// The text of one file as it was read, so that it can be written back exactly as the user keeps it.
/// </summary>
/// <remarks>
/// Parsers see <see cref="Text"/>, with every line ending as <c>\n</c>, because that is what their source
/// spans (YamlDotNet marks, Markdig spans) count in. The file keeps its own line endings, byte-order mark and
/// encoding in <see cref="Original"/>: <see cref="Apply"/> maps each edit from <see cref="Text"/> back onto
/// it, so every byte outside an edit is written back unchanged (a CRLF file with one LF line stays so), and
/// the new lines an edit brings take the file's usual ending (<see cref="NewLine"/>).
/// </remarks>
public sealed class SourceText
{
    // Original positions of the '\r' of each "\r\n", in order: Text has them removed.
    private readonly int[] _removedCr;

    private SourceText(string original, TextEncodingKind encoding)
    {
        Original = original;
        Encoding = encoding;
        if (original.AsSpan().IndexOf('\r') < 0)
        {
            // The usual bank file: LF only, nothing to map (a vectorised search, not a loop per character).
            _removedCr = [];
            NewLine = "\n";
            Text = original;
            return;
        }
        var removed = new List<int>();
        int crlf = 0, lf = 0, cr = 0;
        for (int i = 0; i < original.Length; i++)
        {
            if (original[i] == '\r')
            {
                if (i + 1 < original.Length && original[i + 1] == '\n') { removed.Add(i); crlf++; i++; }
                else cr++;
            }
            else if (original[i] == '\n') lf++;
        }
        _removedCr = [.. removed];
        NewLine = crlf > lf && crlf >= cr ? "\r\n" : cr > lf && cr > crlf ? "\r" : "\n";
        Text = removed.Count == 0 && cr == 0 ? original : original.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>The text with <c>\n</c> line endings: what the parsers read and edits are positioned in.</summary>
    public string Text { get; }

    /// <summary>The text exactly as the file holds it (its own line endings), without a byte-order mark.</summary>
    public string Original { get; }

    /// <summary>The file's encoding, kept when the file is written back.</summary>
    public TextEncodingKind Encoding { get; }

    /// <summary>The line ending most of the file's lines use; lines an edit adds get it.</summary>
    public string NewLine { get; }

    /// <summary>A new file's text: UTF-8 without a byte-order mark, the line endings given.</summary>
    public static SourceText FromText(string text, TextEncodingKind encoding = TextEncodingKind.Utf8) => new(text, encoding);

    /// <summary>Wraps text decoded from a file in <paramref name="encoding"/> (line endings as in the file).</summary>
    internal static SourceText FromDecoded(string original, TextEncodingKind encoding) => new(original, encoding);

    /// <summary>
    /// The text after <paramref name="edits"/> (positions in <see cref="Text"/>), in the same encoding; inserted
    /// line breaks take <see cref="NewLine"/>. Edits must not overlap; several insertions at one position keep
    /// their order.
    /// </summary>
    public SourceText Apply(IEnumerable<TextEdit> edits)
    {
        var ordered = TextEdit.Ordered(edits, Text.Length);
        if (ordered.Count == 0) return this;
        var sb = new StringBuilder(Original.Length + 64);
        int at = 0;
        foreach (var edit in ordered)
        {
            int start = ToOriginal(edit.Start), end = ToOriginal(edit.End);
            sb.Append(Original, at, start - at);
            sb.Append(NewLine == "\n" ? edit.Text : edit.Text.Replace("\n", NewLine, StringComparison.Ordinal));
            at = end;
        }
        sb.Append(Original, at, Original.Length - at);
        return new SourceText(sb.ToString(), Encoding);
    }

    /// <summary>This file with other content (given with <c>\n</c> line endings), in its own encoding and line endings.</summary>
    public SourceText WithText(string text) =>
        new(NewLine == "\n" ? text : text.Replace("\n", NewLine, StringComparison.Ordinal), Encoding);

    /// <summary>The bytes to write: the encoding's byte-order mark (when it has one), then the text.</summary>
    public byte[] ToBytes()
    {
        var (preamble, encoding) = Encoding switch
        {
            TextEncodingKind.Utf8Bom => ((byte[])[0xEF, 0xBB, 0xBF], (Encoding)new UTF8Encoding(false)),
            TextEncodingKind.Utf16LittleEndian => ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false)),
            TextEncodingKind.Utf16BigEndian => ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false)),
            _ => ([], new UTF8Encoding(false)),
        };
        byte[] body = encoding.GetBytes(Original);
        if (preamble.Length == 0) return body;
        return [.. preamble, .. body];
    }

    /// <summary>A content hash of the file's bytes (SHA-256, lower-case hex): what an editor compares to detect a change on disk.</summary>
    public string Hash => HashOf(ToBytes());

    /// <summary>The content hash of some bytes, as <see cref="Hash"/> computes it.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The 1-based line of a position in <see cref="Text"/>.</summary>
    public int LineOf(int position)
    {
        int line = 1;
        int end = Math.Min(position, Text.Length);
        for (int i = 0; i < end; i++) if (Text[i] == '\n') line++;
        return line;
    }

    // A position in Text is a position in Original plus the '\r's removed before it.
    private int ToOriginal(int position)
    {
        int lo = 0, hi = _removedCr.Length;
        // Count removed CRs whose normalised position (original index minus the CRs before it) is below position.
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_removedCr[mid] - mid < position) lo = mid + 1;
            else hi = mid;
        }
        return position + lo;
    }
}
