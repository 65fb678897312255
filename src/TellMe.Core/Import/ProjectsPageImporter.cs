using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Text;

namespace TellMe.Import;

/// <summary>
/// Reads a company's project page: a <c>## Projects</c> section holding one Key/Value table per story, with
/// rows Summary / Situation / Task / Action / Result and a Summary that starts with the story ID
/// (<c>&lt;strong&gt;CR1&lt;/strong&gt;. I designed…</c>). The company is the page's title.
/// </summary>
public sealed class ProjectsPageImporter : IPageImporter
{
    /// <inheritdoc />
    public PageKind Kind => PageKind.Projects;

    /// <inheritdoc />
    public bool Recognises(string text) =>
        text.Contains("## Projects", StringComparison.Ordinal) && text.Contains("<table", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public ImportedPage? Read(string text, string file, List<Diagnostic> diagnostics)
    {
        if (!PageSplit.TrySplit(text, file, diagnostics, out var front, out string body, out int bodyLine)) return null;
        int section = body.IndexOf("## Projects", StringComparison.Ordinal);
        if (HtmlTables.Extract(body, bodyLine, section, file, "projects", diagnostics) is not var (html, start, end, firstLine)) return null;

        string company = front.FirstOrDefault(kv => kv.Key == "title").Value
            ?? body.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? "";
        var tellings = ImmutableArray.CreateBuilder<ImportedTelling>();
        var document = HtmlTables.Parse(html);
        foreach (var table in document.QuerySelectorAll("table"))
        {
            int line = HtmlTables.LineOf(table, firstLine);
            string reference = "", title = "";
            var parts = ImmutableArray.CreateBuilder<Part>();
            foreach (var row in table.QuerySelectorAll("tr"))
            {
                var cells = row.Children.Where(c => c.LocalName == "td").ToList();
                if (cells.Count != 2) continue;
                string key = cells[0].TextContent.Trim();
                var content = HtmlTables.CellContent(cells[1], firstLine);
                if (key.Equals("Summary", StringComparison.OrdinalIgnoreCase))
                {
                    string summary = Unbold(content.Inline ?? "");
                    if (!StoryReference.TrySplit(summary, out reference, out title))
                        diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, file, HtmlTables.LineOf(row, firstLine), 1,
                            "the Summary does not start with a story ID", "start it with the ID, e.g. '<strong>CR1</strong>. …'"));
                }
                else parts.Add(new Part(key, content, HtmlTables.LineOf(row, firstLine)));
            }
            tellings.Add(new ImportedTelling { Ref = reference, Title = title, Company = company, Parts = parts.ToImmutable(), File = file, Line = line });
        }
        var settings = new PageSettings
        {
            Kind = PageKind.Projects,
            File = Path.GetFileName(file),
            FrontMatter = front,
            Intro = body[..start],
            Outro = Outro(body[end..^PageSplit.Trailer(body).Length]),
            Trailer = PageSplit.Trailer(body),
            EntityAmpersands = TellMe.Text.Html.UsesEntityAmpersands(html),
            Company = company,
        };
        return new ImportedProjectsPage(file, settings, tellings.ToImmutable());
    }

    // The renderer ends the last table with a newline; what followed it is kept after that.
    private static string Outro(string after) => after.Length == 0 ? "" : (after.StartsWith('\n') ? after[1..] : after) + "\n";

    // "**CR1**. I designed…" → "CR1. I designed…"
    private static string Unbold(string summary)
    {
        if (!summary.StartsWith("**", StringComparison.Ordinal)) return summary;
        int close = summary.IndexOf("**", 2, StringComparison.Ordinal);
        return close < 0 ? summary : summary[2..close] + summary[(close + 2)..];
    }
}
