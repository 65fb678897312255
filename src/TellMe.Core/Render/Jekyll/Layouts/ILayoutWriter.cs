using TellMe.Bank;
using TellMe.Pages;

namespace TellMe.Render.Jekyll.Layouts;

/// <summary>
/// Writes the Key/Value tree in one layout, the inverse of its reader: what the reader read, the writer writes
/// back line for line. User text is made safe here, once for every page kind: Markdown layouts escape tags,
/// HTML layouts encode everything.
/// </summary>
public interface ILayoutWriter
{
    /// <summary>The layout this writer writes.</summary>
    LayoutKind Kind { get; }

    /// <summary>Writes the tree's entries (and the table around them) as segments.</summary>
    void Write(SegmentedText output, KvDocument document, PageSettings page);
}

/// <summary>The writer of each layout.</summary>
public static class LayoutWriters
{
    private static readonly ILayoutWriter[] All = [new HeadingsWriter(), new HtmlTableWriter(), new PipeTableWriter(), new BulletsWriter()];

    /// <summary>The writer for a layout.</summary>
    public static ILayoutWriter For(LayoutKind kind) => All.First(w => w.Kind == kind);
}
