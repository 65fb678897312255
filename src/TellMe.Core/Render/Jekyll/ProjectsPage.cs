using System.Text;
using TellMe.Bank;
using TellMe.Text;

namespace TellMe.Render.Jekyll;

/// <summary>
/// Renders a company's project page: its intro, then one Key/Value table per story (Summary first, then the
/// story's sections), then whatever followed the projects.
/// </summary>
public static class ProjectsPage
{
    /// <summary>Renders the page for <paramref name="page"/> from the bank.</summary>
    public static string Render(StoryBank bank, PageSettings page)
    {
        var sb = new StringBuilder();
        FrontMatterWriter.Write(sb, page);
        sb.Append(page.Intro);
        bool first = true;
        foreach (var id in page.Stories)
        {
            if (bank.Find(id) is not { } story) continue;
            if (!first) sb.Append('\n');
            first = false;
            sb.Append("<table>\n");
            Row(sb, "Summary", $"<strong>{Html.Encode(story.Id.Value)}</strong>. {InlineMarkdown.ToHtml(story.Title)}");
            foreach (var section in story.Sections)
            {
                var cell = new StringBuilder();
                if (!string.IsNullOrEmpty(section.Content.Inline)) cell.Append(InlineMarkdown.ToHtml(section.Content.Inline));
                BehavioralQuestionsPage.AppendItems(cell, section.Content.Items);
                Row(sb, section.Label, cell.ToString());
            }
            sb.Append("</table>\n");
        }
        sb.Append(page.Outro);
        return PageText.Finish(sb, page);
    }

    private static void Row(StringBuilder sb, string key, string valueHtml) =>
        sb.Append("  <tr>\n    <td><strong>").Append(Html.Encode(key)).Append("</strong></td>\n    <td>")
          .Append(valueHtml).Append("</td>\n  </tr>\n");
}
