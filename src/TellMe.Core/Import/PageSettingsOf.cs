using TellMe.Bank;
using TellMe.Pages;

namespace TellMe.Import;

/// <summary>What every importer records about the page it read, whatever its kind.</summary>
internal static class PageSettingsOf
{
    /// <summary>The page's file name, front matter, surroundings and layout.</summary>
    public static PageSettings Create(PageKind kind, KvDocument document, PageSource page) => new()
    {
        Kind = kind,
        File = Path.GetFileName(page.File),
        FrontMatter = page.FrontMatter,
        FrontMatterRaw = FrontMatterText.Of(page.FrontMatter) == page.FrontMatterText ? null : page.FrontMatterText,
        Intro = document.Intro,
        Outro = document.Outro,
        Trailer = page.Trailer,
        Layout = document.Layout,
        Columns = document.Columns.Length == 2 ? document.Columns : ["Key", "Value"],
        EntityAmpersands = document.Layout.Kind == LayoutKind.HtmlTable && TellMe.Text.Html.UsesEntityAmpersands(Content(document, page)),
        OtherStyleKeys = [.. document.Entries.Where(e => e.Bold is { } bold && bold != document.Layout.BoldKeys).Select(e => e.Key).Distinct(StringComparer.Ordinal)],
        RowPipes = document.RowPipes,
    };

    // The page between its intro and its outro: the tables whose ampersands say how the page writes them.
    private static string Content(KvDocument document, PageSource page)
    {
        int end = page.Body.Length - page.Trailer.Length - document.Outro.Length;
        return end > document.Intro.Length ? page.Body[document.Intro.Length..end] : "";
    }
}
