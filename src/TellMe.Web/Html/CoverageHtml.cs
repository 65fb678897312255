using System.Text;
using Microsoft.AspNetCore.Html;
using TellMe.Insights;

namespace TellMe.Web.Html;

/// <summary>
/// The coverage heatmap as HTML, built once per bank version (it is the largest part of the dashboard: a cell per
/// principle and cited story) instead of on every request. Every name and title is encoded.
/// </summary>
public static class CoverageHtml
{
    /// <summary>The table of one matrix.</summary>
    public static IHtmlContent Table(CoverageMatrix m)
    {
        var sb = new StringBuilder(m.Rows.Length * m.Stories.Length * 24 + 1024);
        sb.Append("<div class=\"heatmap-wrap\"><table class=\"heatmap\"><thead><tr><th scope=\"col\" class=\"corner\">Principle</th>");
        foreach (var s in m.Stories)
        {
            sb.Append("<th scope=\"col\" class=\"story").Append(s.Overused ? " over" : "").Append("\"><a href=\"/stories/").Append(s.Id.Value)
              .Append("\" title=\"").Append(ContentHtml.Encode($"{s.Title} ({s.Principles} principle(s), {s.Answers} answer(s))")).Append("\">")
              .Append(s.Id.Value).Append("</a></th>");
        }
        sb.Append("</tr></thead><tbody>");
        foreach (var row in m.Rows)
        {
            sb.Append(row.IsGap ? "<tr class=\"gap\">" : "<tr>").Append("<th scope=\"row\">").Append(ContentHtml.Encode(row.Principle.Name)).Append("</th>");
            for (int c = 0; c < row.Cells.Length; c++)
                sb.Append(!row.Cells[c] ? "<td></td>" : m.Stories[c].Overused ? "<td class=\"on over\">●</td>" : "<td class=\"on\">●</td>");
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table></div>");
        return new HtmlString(sb.ToString());
    }
}
