using TellMe.Bank;
using TellMe.Diagnostics;

namespace TellMe.Import;

/// <summary>
/// One page format. Importers are tried in turn and the first that recognises the content reads it, so a
/// page is known by what it holds, not by its file name.
/// </summary>
public interface IPageImporter
{
    /// <summary>The kind of page this importer reads.</summary>
    PageKind Kind { get; }

    /// <summary>True when the text looks like this importer's format.</summary>
    bool Recognises(string text);

    /// <summary>Reads the page; null (with diagnostics) when nothing usable could be read.</summary>
    ImportedPage? Read(string text, string file, List<Diagnostic> diagnostics);
}
