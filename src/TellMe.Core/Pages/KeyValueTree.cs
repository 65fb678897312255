using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Text;

namespace TellMe.Pages;

/// <summary>How a point is written inside a value.</summary>
public enum NodeForm
{
    /// <summary>A bullet: <c>- text</c>, <c>&lt;li&gt;</c>, or a <c>- </c> line in a pipe cell.</summary>
    Bullet,
    /// <summary>A line of its own with no bullet: a paragraph, text in a cell outside any list.</summary>
    Plain,
    /// <summary>A Key/Value table nested in the value: its first row is the point, the other rows its children.</summary>
    Table,
}

/// <summary>
/// One point of a value, whatever the layout: Markdown text and the points nested under it. On the way in,
/// <see cref="Text"/> holds the point as written (<c>**Core:** I believe…</c>); on the way out a renderer may set
/// <see cref="Label"/> and keep only the rest in <see cref="Text"/>, and the writer spells the label in the page's style.
/// </summary>
public sealed record KvNode(string Text, ImmutableArray<KvNode> Children, NodeForm Form = NodeForm.Bullet, int Line = 0)
{
    /// <summary>The point's label when a renderer set it apart from <see cref="Text"/>; null when the text holds it.</summary>
    public string? Label { get; init; }

    /// <summary>How to write <see cref="Label"/> when it differs from the page's style (a bare <c>**Action**</c>).</summary>
    public LabelStyle? LabelStyle { get; init; }

    /// <summary>A bullet with no children.</summary>
    public static KvNode Leaf(string text, int line = 0) => new(text, [], NodeForm.Bullet, line);

    /// <summary>The point's Markdown text with its label, in the style given.</summary>
    public string TextWithLabel(LabelStyle pageStyle) =>
        Label is null ? Text : Labels.Line(Label, Text, LabelStyle ?? pageStyle);
}

/// <summary>One Key/Value entry: a row of a table, or a heading and what follows it.</summary>
/// <param name="Key">The key as plain text, a line break read as a space.</param>
/// <param name="Value">The value's points in order.</param>
/// <param name="Line">Where the entry starts on the page.</param>
public sealed record KvEntry(string Key, ImmutableArray<KvNode> Value, int Line = 0)
{
    /// <summary>The key as the page writes it (Markdown), when writing <see cref="Key"/> would not give it back.</summary>
    public string? Shown { get; init; }

    /// <summary>
    /// Markdown the page writes between the previous entry and this one: a heading of a higher level that groups the
    /// entries after it (<c>## Motivation</c> above <c>### Why us</c>), with anything under it.
    /// </summary>
    public string? Before { get; init; }
    /// <summary>Table readers: whether the row writes its key in bold; null where a layout has no such choice (headings).</summary>
    public bool? Bold { get; init; }

    /// <summary>Renderers: the segment the entry is written in (its answer key, principle ID…), for drift.</summary>
    public string Segment { get; init; } = "";
}

/// <summary>A table (or a page's run of headings): entries in order.</summary>
public sealed record KvGroup(ImmutableArray<KvEntry> Entries, int Line = 0)
{
    /// <summary>Renderers: the segment a whole table is written in when a page holds several tables.</summary>
    public string Segment { get; init; } = "";
}

/// <summary>
/// A page read into its Key/Value tree: the one shape every layout comes down to, so that importers read
/// entries and points and never a layout, and renderers write the tree back in the page's own layout.
/// </summary>
public sealed record KvDocument
{
    /// <summary>How the page is written.</summary>
    public required PageLayout Layout { get; init; }

    /// <summary>The tables (or the one run of headings) in order.</summary>
    public ImmutableArray<KvGroup> Groups { get; init; } = [];

    /// <summary>Markdown before the first entry (after the front matter).</summary>
    public string Intro { get; init; } = "";

    /// <summary>Markdown after the last entry, before the page's trailing whitespace.</summary>
    public string Outro { get; init; } = "";

    /// <summary>Table header cells (HTML <c>&lt;th&gt;</c> or the pipe table's header).</summary>
    public ImmutableArray<string> Columns { get; init; } = ["Key", "Value"];

    /// <summary>
    /// Pipe tables: the keys of the rows whose outer pipes differ from the header's (<c>| Why us | …</c> with no
    /// closing pipe in a table of <c>| … |</c> rows), and the pipes each writes.
    /// </summary>
    public ImmutableDictionary<string, PipeEdges> RowPipes { get; init; } = ImmutableDictionary<string, PipeEdges>.Empty;

    /// <summary>Every entry of every group.</summary>
    public IEnumerable<KvEntry> Entries => Groups.SelectMany(g => g.Entries);
}
