using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Text;

namespace TellMe.Import;

/// <summary>
/// Reads a Behavioral-Questions page: an HTML table whose first column is the question key
/// (<c>&lt;strong&gt;Conflict&lt;/strong&gt;</c>) and whose second holds the prepared answer's labelled points.
/// A point <c>Summary: CR2. …</c> (or <c>Project:</c>) starts the story the answer tells; the points after
/// it are that story's parts.
/// </summary>
public sealed class BehavioralQuestionsImporter : IPageImporter
{
    private static readonly string[] StoryLabels = ["Summary", "Project"];

    /// <inheritdoc />
    public PageKind Kind => PageKind.BehavioralQuestions;

    /// <inheritdoc />
    public bool Recognises(string text) =>
        text.Contains("<table", StringComparison.OrdinalIgnoreCase) && text.Contains("<td", StringComparison.OrdinalIgnoreCase) &&
        !text.Contains("## Projects", StringComparison.Ordinal);

    /// <inheritdoc />
    public ImportedPage? Read(string text, string file, List<Diagnostic> diagnostics)
    {
        if (!PageSplit.TrySplit(text, file, diagnostics, out var front, out string body, out int bodyLine)) return null;
        if (HtmlTables.Extract(body, bodyLine, 0, file, "questions", diagnostics) is not var (html, start, end, tableLine)) return null;

        var document = HtmlTables.Parse(html);
        var columns = document.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToImmutableArray();
        var answers = ImmutableArray.CreateBuilder<ImportedAnswer>();
        foreach (var row in document.QuerySelectorAll("tr"))
        {
            var cells = row.Children.Where(c => c.LocalName == "td").ToList();
            if (cells.Count == 0) continue;
            int line = HtmlTables.LineOf(row, tableLine);
            if (cells.Count != 2)
            {
                diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, file, line, 1,
                    $"a row with {cells.Count} cells is not imported; each row needs a key and a value", "give the row two <td> cells"));
                continue;
            }
            string key = cells[0].TextContent.Trim();
            if (key.Length == 0)
            {
                diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, file, line, 1,
                    "a row with an empty key is not imported", "write the question key in the first cell"));
                continue;
            }
            var points = HtmlTables.Points(cells[1], tableLine);
            answers.Add(ReadAnswer(key, points, file, line));
        }
        var settings = new PageSettings
        {
            Kind = PageKind.BehavioralQuestions,
            File = Path.GetFileName(file),
            FrontMatter = front,
            Intro = body[..start],
            Outro = body[end..^PageSplit.Trailer(body).Length],
            Trailer = PageSplit.Trailer(body),
            EntityAmpersands = TellMe.Text.Html.UsesEntityAmpersands(html),
            Columns = columns.Length == 2 ? columns : ["Key", "Value"],
        };
        return new ImportedQuestionsPage(file, settings, answers.ToImmutable());
    }

    private static ImportedAnswer ReadAnswer(string key, ImmutableArray<Part> points, string file, int line)
    {
        for (int i = 0; i < points.Length; i++)
        {
            var p = points[i];
            if (!StoryLabels.Contains(p.Label, StringComparer.OrdinalIgnoreCase) || p.Content.Inline is null) continue;
            if (!StoryReference.TrySplit(p.Content.Inline, out string reference, out string title)) continue;
            var telling = new ImportedTelling
            {
                Ref = reference, Title = title, CompanyInTitle = true,
                Parts = points[(i + 1)..], File = file, Line = p.Line, Anchor = BankAssembler.AnswerAnchor(key),
            };
            return new ImportedAnswer(key, points, i, telling, line);
        }
        return new ImportedAnswer(key, points, -1, null, line);
    }
}
