using System.Collections.Immutable;
using System.Text;
using TellMe.Bank;
using TellMe.Text;

namespace TellMe.Render.Jekyll;

/// <summary>
/// Renders a Behavioral-Questions page: an HTML Key/Value table, one row per answer, its points as nested
/// lists. All user text is encoded; Markdown in the bank becomes inline HTML.
/// </summary>
public static class BehavioralQuestionsPage
{
    /// <summary>Renders the page for <paramref name="page"/> from the bank.</summary>
    public static string Render(StoryBank bank, PageSettings page)
    {
        var sb = new StringBuilder();
        bool amp = page.EntityAmpersands;
        FrontMatterWriter.Write(sb, page);
        sb.Append(page.Intro);
        sb.Append("<table>\n  <thead>\n    <tr>\n");
        foreach (var column in page.Columns) sb.Append("      <th>").Append(Html.Encode(column, amp)).Append("</th>\n");
        sb.Append("    </tr>\n  </thead>\n  <tbody>\n");
        foreach (var answer in bank.Answers)
        {
            sb.Append("    <tr>\n      <td><strong>").Append(Html.Encode(answer.Key, amp)).Append("</strong></td>\n      <td>");
            AppendPoints(sb, Tellings.ResolvePoints(answer, bank), amp);
            sb.Append("</td>\n    </tr>\n");
        }
        sb.Append("  </tbody>\n</table>").Append(page.Outro).Append('\n');
        return PageText.Finish(sb, page);
    }

    /// <summary>Writes labelled points as a <c>&lt;ul&gt;</c>.</summary>
    public static void AppendPoints(StringBuilder sb, ImmutableArray<Part> points, bool amp = false)
    {
        if (points.IsDefaultOrEmpty) return;
        sb.Append("<ul>");
        foreach (var point in points)
        {
            sb.Append("<li>");
            bool labelled = point.Label.Length > 0;
            if (labelled) sb.Append("<strong>").Append(Html.Encode(point.Label, amp)).Append(":</strong>");
            if (!string.IsNullOrEmpty(point.Content.Inline))
            {
                if (labelled) sb.Append(' ');
                sb.Append(InlineMarkdown.ToHtml(point.Content.Inline, amp));
            }
            AppendItems(sb, point.Content.Items, amp);
            sb.Append("</li>");
        }
        sb.Append("</ul>");
    }

    /// <summary>Writes bullets as a nested <c>&lt;ul&gt;</c>.</summary>
    public static void AppendItems(StringBuilder sb, ImmutableArray<Item> items, bool amp = false)
    {
        if (items.IsDefaultOrEmpty) return;
        sb.Append("<ul>");
        foreach (var item in items)
        {
            sb.Append("<li>").Append(InlineMarkdown.ToHtml(item.Text, amp));
            AppendItems(sb, item.Children, amp);
            sb.Append("</li>");
        }
        sb.Append("</ul>");
    }
}
