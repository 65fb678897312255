using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Pages;

namespace TellMe.Import.Layouts;

/// <summary>
/// Reads one layout into the Key/Value tree. Every reader is tried on every page; the importers then decide
/// from the tree's content what kind of page it is, so a page is read by its structure, not by its layout.
/// </summary>
public interface ILayoutReader
{
    /// <summary>The layout this reader reads.</summary>
    LayoutKind Kind { get; }

    /// <summary>The page's tree in this layout, or null when the page is not written this way.</summary>
    KvDocument? Read(PageSource page, List<Diagnostic> diagnostics);
}
