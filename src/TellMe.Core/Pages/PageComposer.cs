using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using TellMe.Bank;

namespace TellMe.Pages;

/// <summary>One line of a composed page and the segment it belongs to.</summary>
/// <param name="Text">The line without its LF (a CR, on a CRLF page, is part of it).</param>
/// <param name="Segment">The segment the line starts in.</param>
/// <param name="At">The line's index within its segment.</param>
public readonly record struct ComposedLine(string Text, string Segment, int At);

/// <summary>
/// A page as its layout writes it, before drift: its text, and on demand its lines with their segments and a
/// hash of each segment's text, so that recorded drift is applied only to a segment that still renders the same.
/// Lines and hashes are only worked out for a page that has drift (or is being compared at import).
/// </summary>
public sealed class ComposedPage
{
    private readonly string _text;
    private readonly IReadOnlyList<(int Offset, string Segment, string Content)> _segments;
    private readonly bool _crLf;
    private ImmutableArray<ComposedLine> _lines;
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    internal ComposedPage(string text, IReadOnlyList<(int Offset, string Segment, string Content)> segments, bool crLf, bool bom)
    {
        _text = text;
        _segments = segments;
        _crLf = crLf;
        Bom = bom;
    }

    /// <summary>The page starts with a byte-order mark.</summary>
    public bool Bom { get; }

    /// <summary>The page's text without drift.</summary>
    public string Text => (Bom ? "\uFEFF" : "") + (_crLf ? _text.Replace("\n", "\r\n", StringComparison.Ordinal) : _text);

    /// <summary>The page's lines (a CR, on a CRLF page, part of each), each with its segment.</summary>
    public ImmutableArray<ComposedLine> Lines => _lines.IsDefault ? _lines = Split() : _lines;

    /// <summary>The fingerprint of a segment's text as the layout writes it, or null for a segment the page has not.</summary>
    public string? HashOf(string segment)
    {
        if (_hashes.TryGetValue(segment, out var known)) return known;
        foreach (var (_, name, content) in _segments)
            if (name == segment) return _hashes[segment] = PageComposer.Hash(content);
        return null;
    }

    private ImmutableArray<ComposedLine> Split()
    {
        var lines = ImmutableArray.CreateBuilder<ComposedLine>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int s = 0;
        for (int start = 0; ; )
        {
            while (s + 1 < _segments.Count && _segments[s + 1].Offset <= start) s++;
            string segment = _segments.Count == 0 ? "" : _segments[s].Segment;
            int at = counts.GetValueOrDefault(segment);
            counts[segment] = at + 1;
            int nl = _text.IndexOf('\n', start);
            if (nl < 0)
            {
                lines.Add(new ComposedLine(_text[start..], segment, at));
                return lines.ToImmutable();
            }
            lines.Add(new ComposedLine(_text[start..nl] + (_crLf ? "\r" : ""), segment, at));
            start = nl + 1;
        }
    }
}

/// <summary>
/// Puts a page together: front matter, intro, the layout's segments, outro and the page's own ending, then its
/// line ends, its recorded drift and its byte-order mark. The one place that turns segments into a file.
/// </summary>
public static class PageComposer
{
    /// <summary>The segment name of the page's end (blank lines after the last line), whose drift always applies.</summary>
    public const string End = "end";

    /// <summary>The page as its layout writes it (no drift).</summary>
    public static ComposedPage Compose(PageSettings page, IReadOnlyList<(string Segment, string Text)> body)
    {
        var layout = page.EffectiveLayout;
        var segments = new List<(string Segment, string Text)> { ("front", FrontMatter(page)), ("intro", page.Intro) };
        segments.AddRange(body);
        // The layout's last line ends with a newline; the outro follows right after the last table or entry.
        for (int i = segments.Count - 1; i >= 2; i--)
        {
            if (segments[i].Text.Length == 0) continue;
            if (segments[i].Text.EndsWith('\n')) segments[i] = (segments[i].Segment, segments[i].Text[..^1]);
            break;
        }
        segments.Add(("outro", page.Outro + "\n"));

        var text = new StringBuilder(segments.Sum(s => s.Text.Length) + page.Trailer.Length);
        var starts = new List<(int Offset, string Segment, string Content)>(segments.Count);
        foreach (var (segment, content) in segments)
        {
            if (content.Length == 0) continue;
            starts.Add((text.Length, segment, content));
            text.Append(content);
        }
        // The page's own ending replaces the final newline: a trailing space, no newline at all…
        if (text.Length > 0 && text[^1] == '\n') text.Length--;
        text.Append(page.Trailer);
        return new ComposedPage(text.ToString(), starts, layout.CrLf, layout.Bom);
    }

    /// <summary>The page as built: its layout, with the drift recorded at import applied where it still fits.</summary>
    public static string Finish(PageSettings page, ComposedPage composed)
    {
        if (page.Drift.IsDefaultOrEmpty) return composed.Text;
        var ops = new Dictionary<(string, int), LineDrift>();
        foreach (var drift in page.Drift)
        {
            bool applies = drift.Segment == End || composed.HashOf(drift.Segment) == drift.Hash;
            if (!applies) continue;
            foreach (var line in drift.Lines) ops[(drift.Segment, line.At)] = line;
        }
        if (ops.Count == 0) return composed.Text;
        var output = new List<string>(composed.Lines.Length + 8);
        var pending = new List<string>();
        foreach (var line in composed.Lines)
        {
            var shape = LineShape.Of(line.Text);
            if (shape.IsBlank)
            {
                pending.Add(line.Text);
                continue;
            }
            ops.TryGetValue((line.Segment, line.At), out var op);
            output.AddRange(op?.Blanks is { } blanks ? blanks : pending);
            pending.Clear();
            output.Add(op is null ? line.Text : (op.Lead ?? shape.Lead) + (op.Spell is { } spell ? Spelling.Apply(shape.Body, spell) : shape.Body) + (op.Trail ?? shape.Trail));
        }
        output.AddRange(ops.TryGetValue((End, 0), out var end) && end.Blanks is { } tail ? tail : pending);
        return (composed.Bom ? "\uFEFF" : "") + string.Join('\n', output);
    }

    /// <summary>A short, stable fingerprint of a segment's text.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 4));

    private static string FrontMatter(PageSettings page) => page.FrontMatterRaw ?? FrontMatterText.Of(page.FrontMatter);
}
