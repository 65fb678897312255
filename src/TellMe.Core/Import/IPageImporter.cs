using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Pages;

namespace TellMe.Import;

/// <summary>
/// One kind of page. Importers read the Key/Value tree a layout reader made of the page, never the page's
/// layout, and the first importer that recognises the tree's content reads it: a page is known by what it
/// holds (principle names, story IDs, STAR labels), not by its file name or its layout.
/// </summary>
public interface IPageImporter
{
    /// <summary>The kind of page this importer reads.</summary>
    PageKind Kind { get; }

    /// <summary>True when the tree holds this kind of page.</summary>
    bool Recognises(KvDocument document);

    /// <summary>Reads the page; null (with diagnostics) when nothing usable could be read.</summary>
    ImportedPage? Read(KvDocument document, PageSource page, List<Diagnostic> diagnostics);
}
