using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Pages;
using TellMe.Render;
using TellMe.Render.Jekyll;

namespace TellMe.Import;

/// <summary>
/// After import, builds every imported page back from the new bank and compares it with the page as the user
/// wrote it: whitespace, bullet and spelling differences are recorded as the page's drift so that <c>tellme build</c>
/// writes the page byte for byte; any other difference is reported at its line, never patched over.
/// </summary>
public static class PageDrift
{
    /// <summary>The bank with each imported page's drift recorded; a warning for each page that still differs.</summary>
    public static StoryBank Record(StoryBank bank, IReadOnlyList<ImportedPage> pages, List<Diagnostic> diagnostics)
    {
        var settings = bank.Settings.Pages.ToList();
        var visible = PublicView.Of(bank);
        foreach (var page in pages)
        {
            if (page.Source is not { } source) continue;
            int at = settings.FindIndex(p => p.File == page.Settings.File);
            if (at < 0) continue;
            var ps = settings[at] with { Drift = [] };
            var composed = JekyllSite.Compose(visible, ps);
            var found = DriftRecorder.Record(composed, source.Raw);
            ps = ps with { Drift = found.Drift };
            settings[at] = ps;
            string built = JekyllSite.RenderPage(visible, ps);
            string original = (source.Bom ? "\uFEFF" : "") + source.Raw;
            if (built == original) continue;
            int line = found.FirstDifference ?? FirstDifferentLine(built, original);
            diagnostics.Add(new Diagnostic(InputCodes.NotRoundTrip, Severity.Warning, source.File, line, 1,
                $"tellme build will not write this page back exactly: it differs from line {line} ({Describe(built, original, line)})",
                "the bank holds every word; the page's own spelling of this line is what a build changes (see docs/bank-format.md, 'Pages TellMe reads')"));
        }
        return bank.With(settings: bank.Settings with { Pages = [.. settings] });
    }

    private static int FirstDifferentLine(string a, string b)
    {
        var x = a.Split('\n');
        var y = b.Split('\n');
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
            if (x[i] != y[i]) return i + 1;
        return Math.Min(x.Length, y.Length) + 1;
    }

    private static string Describe(string built, string original, int line)
    {
        var b = built.Split('\n');
        var o = original.Split('\n');
        string was = line - 1 < o.Length ? o[line - 1].TrimEnd('\r') : "(end of page)";
        string will = line - 1 < b.Length ? b[line - 1].TrimEnd('\r') : "(end of page)";
        return $"'{Short(was)}' would be written '{Short(will)}'";
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
