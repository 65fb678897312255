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
/// A page as its layout writes it, before drift: its lines with their segments, and a hash of each segment's
/// text so that recorded drift is applied only to a segment that still renders the same.
/// </summary>
public sealed record ComposedPage(ImmutableArray<ComposedLine> Lines, ImmutableDictionary<string, string> Hashes, bool Bom)
{
    /// <summary>The page's text without drift.</summary>
    public string Text => (Bom ? "\uFEFF" : "") + string.Join('\n', Lines.Select(l => l.Text));
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

        var text = new StringBuilder();
        var starts = new List<(int Offset, string Segment)>();
        var hashes = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (segment, content) in segments)
        {
            if (content.Length == 0) continue;
            starts.Add((text.Length, segment));
            hashes[segment] = Hash(content);
            text.Append(content);
        }
        // The page's own ending replaces the final newline: a trailing space, no newline at all…
        if (text.Length > 0 && text[^1] == '\n') text.Length--;
        text.Append(page.Trailer);

        var lines = ImmutableArray.CreateBuilder<ComposedLine>();
        string all = text.ToString();
        int offset = 0, s = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] split = LineShape.Lines(all);
        for (int i = 0; i < split.Length; i++)
        {
            while (s + 1 < starts.Count && starts[s + 1].Offset <= offset) s++;
            string segment = starts.Count == 0 ? "" : starts[s].Segment;
            int at = counts.GetValueOrDefault(segment);
            counts[segment] = at + 1;
            string line = split[i];
            if (layout.CrLf && i < split.Length - 1) line += "\r";
            lines.Add(new ComposedLine(line, segment, at));
            offset += split[i].Length + 1;
        }
        return new ComposedPage(lines.ToImmutable(), hashes.ToImmutable(), layout.Bom);
    }

    /// <summary>The page as built: its layout, with the drift recorded at import applied where it still fits.</summary>
    public static string Finish(PageSettings page, ComposedPage composed)
    {
        if (page.Drift.IsDefaultOrEmpty) return composed.Text;
        var ops = new Dictionary<(string, int), LineDrift>();
        foreach (var drift in page.Drift)
        {
            bool applies = drift.Segment == End || composed.Hashes.TryGetValue(drift.Segment, out var hash) && hash == drift.Hash;
            if (!applies) continue;
            foreach (var line in drift.Lines) ops[(drift.Segment, line.At)] = line;
        }
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
            output.Add(op is null ? line.Text : (op.Lead ?? shape.Lead) + shape.Body + (op.Trail ?? shape.Trail));
        }
        output.AddRange(ops.TryGetValue((End, 0), out var end) && end.Blanks is { } tail ? tail : pending);
        return (composed.Bom ? "\uFEFF" : "") + string.Join('\n', output);
    }

    /// <summary>A short, stable fingerprint of a segment's text.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 4));

    private static string FrontMatter(PageSettings page)
    {
        if (page.FrontMatterRaw is { } raw) return raw;
        var sb = new StringBuilder();
        FrontMatterText.Write(sb, page.FrontMatter);
        return sb.ToString();
    }
}
