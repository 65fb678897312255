using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Pages;

namespace TellMe.Import.Layouts;

/// <summary>
/// Reads a page of Markdown pipe tables, <c>| Key | Value |</c>. A value cell holds its points as lines split by
/// <c>&lt;br&gt;</c>: a line with no bullet is a point of its own, a <c>- </c> line is a bullet (under the point
/// before it), and <c>&amp;nbsp;&amp;nbsp;</c> before a bullet nests it one level deeper. Several tables make
/// several groups (one per story on a project page); a table of more than two columns is left alone. As in
/// GitHub-flavoured Markdown, the pipes at either end of a row are optional and the rule under the header is
/// one or more dashes per column, with or without alignment colons (<c>Key | Value</c> over <c>:-- | :--</c>):
/// the header's edges are the page's, and a row written otherwise is remembered by its key.
/// </summary>
public sealed partial class PipeTableReader : ILayoutReader
{
    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex RuleRow();

    [GeneratedRegex(@"[ \t]*<br\s*/?>[ \t]*", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"^(?<nest>(?:&nbsp;|&emsp;|&ensp;|\u00A0| )*)(?<marker>[-*+\u2022] )?(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex Segment();

    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.PipeTable;

    /// <inheritdoc />
    public KvDocument? Read(PageSource page, List<Diagnostic> diagnostics)
    {
        string body = page.Body;
        var lines = body.Split('\n');
        var offsets = new int[lines.Length + 1];
        for (int i = 0; i < lines.Length; i++) offsets[i + 1] = offsets[i] + lines[i].Length + 1;

        var tally = new StyleTally();
        var breaks = new Dictionary<string, int>();
        var nests = new Dictionary<string, int>();
        var groups = ImmutableArray.CreateBuilder<KvGroup>();
        int start = -1, end = -1, bold = 0, plainKeys = 0, padded = 0, tight = 0;
        var pipes = PipeEdges.Both;
        var rowPipes = ImmutableDictionary.CreateBuilder<string, PipeEdges>(StringComparer.Ordinal);
        string rule = "";
        ImmutableArray<string> columns = [];
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            if (!lines[i].Contains('|') || !RuleRow().IsMatch(lines[i + 1])) continue;
            var header = Cells(lines[i]);
            // A table's header and rule have as many cells as it has columns: 'Title | x' over '---' is a heading.
            if (header.Count != 2 || Cells(lines[i + 1]).Count != 2) continue;
            if (start < 0)
            {
                start = offsets[i];
                rule = lines[i + 1].TrimEnd('\r');
                columns = [.. header.Select(h => h.Trim())];
                pipes = Edges(lines[i]);
            }
            var entries = ImmutableArray.CreateBuilder<KvEntry>();
            int row = i + 2;
            for (; row < lines.Length && lines[row].Contains('|') && lines[row].Trim().Length > 0; row++)
            {
                int line = page.BodyLine + row;
                string text = lines[row].TrimEnd('\r', ' ', '\t');
                var cells = Cells(text);
                if (cells.Count != 2)
                {
                    diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, page.File, line, 1,
                        $"a row with {cells.Count} cells is not imported; each row needs a key and a value", "write '| key | value |'"));
                    continue;
                }
                // A cell's pad is the space between it and a pipe: a row with no leading pipe has none before its key.
                var rowEdges = Edges(text);
                for (int c = 0; c < cells.Count; c++)
                {
                    if (cells[c].Length == 0) continue;
                    bool before = c > 0 || rowEdges.HasFlag(PipeEdges.Leading), after = c < cells.Count - 1 || rowEdges.HasFlag(PipeEdges.Closing);
                    if ((!before || cells[c].StartsWith(' ')) && (!after || cells[c].EndsWith(' '))) padded++;
                    else tight++;
                }
                string keyCell = Unescape(cells[0].Trim());
                bool isBold = keyCell.Length > 4 && keyCell.StartsWith("**", StringComparison.Ordinal) && keyCell.EndsWith("**", StringComparison.Ordinal);
                if (isBold) { bold++; keyCell = keyCell[2..^2]; }
                else plainKeys++;
                string key = Regex.Replace(LineBreak().Replace(keyCell, " "), " {2,}", " ").Trim();
                if (key.Length == 0)
                {
                    diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, page.File, line, 1,
                        "a row with an empty key is not imported", "write the key in the first cell"));
                    continue;
                }
                var value = Value(Unescape(cells[1].Trim()), line, tally, breaks, nests);
                if (rowEdges != pipes) rowPipes.TryAdd(key, rowEdges);
                entries.Add(new KvEntry(key, value, line) { Shown = key == keyCell ? null : keyCell, Bold = isBold });
            }
            groups.Add(new KvGroup(entries.ToImmutable(), page.BodyLine + i));
            end = offsets[row - 1] + lines[row - 1].Length;
            i = row - 1;
        }
        if (groups.Count == 0) return null;

        string nest = nests.Count == 0 ? "&nbsp;&nbsp;" : nests.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Length).First().Key;
        var layout = new PageLayout
        {
            Kind = LayoutKind.PipeTable,
            Labels = tally.Labels(),
            Points = tally.Points(),
            Bullets = tally.Bullets(),
            BoldKeys = bold >= plainKeys,
            Break = breaks.Count == 0 ? "<br>" : breaks.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Length).First().Key,
            Nest = nest,
            Rule = rule,
            OuterPipes = pipes.HasFlag(PipeEdges.Leading),
            ClosingPipe = pipes.HasFlag(PipeEdges.Closing),
            Pad = tight > padded ? "" : " ",
            CrLf = page.CrLf,
            Bom = page.Bom,
        };
        string trailer = page.Trailer;
        int outroEnd = Math.Max(end, body.Length - trailer.Length);
        return new KvDocument
        {
            Layout = layout,
            Groups = groups.ToImmutable(),
            Intro = body[..start],
            Outro = body[end..outroEnd],
            Columns = columns,
            RowPipes = rowPipes.ToImmutable(),
        };
    }

    // A value cell as points: lines split by <br>; plain lines are points, bullets nest by their indentation.
    private static ImmutableArray<KvNode> Value(string cell, int line, StyleTally tally, Dictionary<string, int> breaks, Dictionary<string, int> nests)
    {
        if (cell.Length == 0) return [];
        foreach (System.Text.RegularExpressions.Match m in LineBreak().Matches(cell)) breaks[m.Value] = breaks.GetValueOrDefault(m.Value) + 1;
        var segments = LineBreak().Split(cell);
        string unit = segments.Select(s => Segment().Match(s).Groups["nest"].Value).Where(n => n.Length > 0).OrderBy(n => n.Length).FirstOrDefault() ?? "";
        if (unit.Length > 0) nests[unit] = nests.GetValueOrDefault(unit) + 1;

        var top = new List<Builder>();
        Builder? lastPlain = null;
        var stack = new List<Builder>();
        foreach (var segment in segments)
        {
            var m = Segment().Match(segment);
            string nest = m.Groups["nest"].Value;
            string text = m.Groups["text"].Value;
            if (!m.Groups["marker"].Success)
            {
                // A line with no bullet is a point of its own; indentation before it is kept as its text.
                var plain = new Builder(nest + text, NodeForm.Plain, line);
                top.Add(plain);
                tally.Point(false);
                tally.Label(plain.Text);
                lastPlain = plain;
                stack.Clear();
                continue;
            }
            int depth = unit.Length == 0 ? 0 : nest.Length / unit.Length;
            tally.Marker(depth, m.Groups["marker"].Value[0]);
            var node = new Builder(text, NodeForm.Bullet, line);
            if (depth == 0)
            {
                if (lastPlain is not null) lastPlain.Children.Add(node);
                else { top.Add(node); tally.Point(true); tally.Label(text); }
            }
            else if (depth - 1 < stack.Count) stack[depth - 1].Children.Add(node);
            else if (stack.Count > 0) stack[^1].Children.Add(node);
            else if (lastPlain is not null) lastPlain.Children.Add(node);
            else top.Add(node);
            if (stack.Count > depth) stack.RemoveRange(depth, stack.Count - depth);
            while (stack.Count < depth) stack.Add(node);
            stack.Add(node);
        }
        return [.. top.Select(b => b.Build())];
    }

    // Splits a row on the pipes that are not escaped; the outer pipes, when written, open and close it.
    private static List<string> Cells(string row)
    {
        var cells = new List<string>();
        var current = new StringBuilder();
        string text = row.TrimEnd('\r');
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '|') { current.Append("\\|"); i++; continue; }
            if (text[i] == '|') { cells.Add(current.ToString()); current.Clear(); continue; }
            current.Append(text[i]);
        }
        cells.Add(current.ToString());
        if (text.TrimStart().StartsWith('|')) cells.RemoveAt(0);
        if (text.TrimEnd().EndsWith('|') && !text.TrimEnd().EndsWith("\\|", StringComparison.Ordinal)) cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    // Which of a row's outer pipes are written: a leading one, a closing one (not an escaped '\|'), both or none.
    private static PipeEdges Edges(string row)
    {
        string text = row.TrimEnd('\r', ' ', '\t').TrimStart(' ', '\t');
        var edges = PipeEdges.None;
        if (text.StartsWith('|')) edges |= PipeEdges.Leading;
        if (text.Length > 1 && text.EndsWith('|') && !text.EndsWith("\\|", StringComparison.Ordinal)) edges |= PipeEdges.Closing;
        return edges;
    }

    private static string Unescape(string cell) => cell.Replace("\\|", "|", StringComparison.Ordinal);

    private sealed class Builder(string text, NodeForm form, int line)
    {
        public string Text { get; } = text;
        public List<Builder> Children { get; } = [];
        public KvNode Build() => new(Text, [.. Children.Select(c => c.Build())], form, line);
    }
}
