using TellMe.Text;

namespace TellMe.Bank;

/// <summary>The shapes of page TellMe reads and writes. Any kind of page may come in any of them.</summary>
public enum LayoutKind
{
    /// <summary>One heading per entry (<c>## Conflict</c>), its value as bullets under it.</summary>
    Headings,
    /// <summary>An HTML <c>&lt;table&gt;</c> of Key/Value rows, values as nested <c>&lt;ul&gt;</c> lists.</summary>
    HtmlTable,
    /// <summary>A Markdown pipe table, <c>| Key | Value |</c>, values split into lines by <c>&lt;br&gt;</c>.</summary>
    PipeTable,
    /// <summary>One top-level bullet per entry (<c>- **TM5. Title**</c>), its value as bullets nested under it.</summary>
    Bullets,
}

/// <summary>How a page writes the top-level points of a value.</summary>
public enum PointForm
{
    /// <summary>Each point is a bullet (<c>- **Core:** …</c>, <c>&lt;li&gt;</c>).</summary>
    Bullet,
    /// <summary>Each point is a line of its own with no bullet; its sub-points are bullets.</summary>
    Plain,
}

/// <summary>
/// The pipes a Markdown table row writes at its ends: GitHub-flavoured Markdown reads <c>| a | b |</c>,
/// <c>| a | b</c>, <c>a | b |</c> and <c>a | b</c> as the same row.
/// </summary>
[Flags]
public enum PipeEdges
{
    /// <summary>Neither: <c>a | b</c>.</summary>
    None = 0,
    /// <summary>A pipe before the first cell: <c>| a | b</c>.</summary>
    Leading = 1,
    /// <summary>A pipe after the last cell: <c>a | b |</c>.</summary>
    Closing = 2,
    /// <summary>Both: <c>| a | b |</c>.</summary>
    Both = Leading | Closing,
}

/// <summary>
/// How one page is laid out: everything <c>tellme build</c> needs, beyond the bank's facts, to write the page
/// back the way the user wrote it. Import measures it from the page; the defaults are the user's first pages.
/// </summary>
public sealed record PageLayout
{
    /// <summary>The page's shape.</summary>
    public required LayoutKind Kind { get; init; }

    /// <summary>How labels are written: <c>**Core:**</c>, <c>**Core**:</c> or plain <c>Core:</c>.</summary>
    public LabelStyle Labels { get; init; } = LabelStyle.Colon;

    /// <summary>Whether top-level points are bullets or plain lines.</summary>
    public PointForm Points { get; init; } = PointForm.Bullet;

    /// <summary>Tables and bullets: keys written in bold (<c>&lt;strong&gt;</c> or <c>**</c>).</summary>
    public bool BoldKeys { get; init; } = true;

    /// <summary>The file's lines end with CR LF.</summary>
    public bool CrLf { get; init; }

    /// <summary>The file starts with a UTF-8 byte-order mark.</summary>
    public bool Bom { get; init; }

    /// <summary>Headings: the level of an entry's heading (2 for <c>## </c>); 0 for a page whose keys are lines of bold text.</summary>
    public int HeadingLevel { get; init; } = 2;

    /// <summary>Bullet characters by depth, the last repeating: <c>-</c>, or <c>-*+</c> for a page that alternates.</summary>
    public string Bullets { get; init; } = "-";

    /// <summary>One level of indentation: of nested bullets, or of the HTML table's lines.</summary>
    public string Indent { get; init; } = "  ";

    /// <summary>HTML tables: a <c>&lt;thead&gt;</c> with the column names.</summary>
    public bool Thead { get; init; }

    /// <summary>HTML tables: the column names as a first row of <c>&lt;th&gt;</c> cells with no <c>&lt;thead&gt;</c> around it.</summary>
    public bool HeaderRow { get; init; }

    /// <summary>HTML tables: a cell's points that are text are written as <c>&lt;p&gt;</c> paragraphs.</summary>
    public bool Paragraphs { get; init; }

    /// <summary>HTML tables: a cell's lists are numbered (<c>&lt;ol&gt;</c>).</summary>
    public bool OrderedLists { get; init; }

    /// <summary>HTML tables: rows inside <c>&lt;tbody&gt;</c>.</summary>
    public bool Tbody { get; init; }

    /// <summary>HTML tables: the opening tag as written (<c>&lt;table&gt;</c>, or with attributes).</summary>
    public string Table { get; init; } = "<table>";

    /// <summary>HTML tables: each row written on one line rather than one line per cell.</summary>
    public bool RowOnOneLine { get; init; }

    /// <summary>Pipe tables: the line break between a cell's lines, as written.</summary>
    public string Break { get; init; } = "<br>";

    /// <summary>Pipe tables: what indents a nested bullet inside a cell, per level.</summary>
    public string Nest { get; init; } = "&nbsp;&nbsp;";

    /// <summary>Pipe tables: the rule under the header, as written.</summary>
    public string Rule { get; init; } = "|---|---|";

    /// <summary>Pipe tables: rows start with a pipe (and end with one, unless <see cref="ClosingPipe"/> says otherwise).</summary>
    public bool OuterPipes { get; init; } = true;

    /// <summary>Pipe tables: rows end with a pipe. A page that writes <c>| a | b</c> has the one but not the other.</summary>
    public bool ClosingPipe { get; init; } = true;

    /// <summary>Pipe tables: the pipes the page's header and rows write at their ends.</summary>
    public PipeEdges Pipes => (OuterPipes ? PipeEdges.Leading : PipeEdges.None) | (ClosingPipe ? PipeEdges.Closing : PipeEdges.None);

    /// <summary>Pipe tables: the space between a pipe and a cell's text.</summary>
    public string Pad { get; init; } = " ";

    /// <summary>
    /// Project pages of headings or bullets: each story names its company in an <c>At:</c> point first. Without
    /// it the company is the page's, and writing an <c>At:</c> line the page never had would change its text.
    /// </summary>
    public bool AtLines { get; init; }

    /// <summary>The bullet character at a depth (0 for top level).</summary>
    public char BulletAt(int depth) => Bullets.Length == 0 ? '-' : Bullets[Math.Min(depth, Bullets.Length - 1)];

    /// <summary>The layout a page kind had before pages remembered theirs: the user's first pages.</summary>
    public static PageLayout DefaultFor(PageKind kind) => kind switch
    {
        PageKind.LeadershipPrinciples => new PageLayout { Kind = LayoutKind.Headings },
        PageKind.BehavioralQuestions => new PageLayout { Kind = LayoutKind.HtmlTable, Thead = true, Tbody = true },
        _ => new PageLayout { Kind = LayoutKind.HtmlTable, Points = PointForm.Plain },
    };

    /// <summary>The neutral layout of a shape, against which a page's own details are written down.</summary>
    public static PageLayout DefaultFor(PageKind kind, LayoutKind layout) =>
        DefaultFor(kind) is { } d && d.Kind == layout ? d : new PageLayout { Kind = layout, Thead = layout == LayoutKind.HtmlTable };
}
