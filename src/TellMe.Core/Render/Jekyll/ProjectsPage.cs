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
        bool amp = page.EntityAmpersands;
        FrontMatterWriter.Write(sb, page);
        sb.Append(page.Intro);
        bool first = true;
        foreach (var id in page.Stories)
        {
            if (bank.Find(id) is not { } story) continue;
            if (!first) sb.Append('\n');
            first = false;
            sb.Append("<table>\n");
            Row(sb, amp, "Summary", $"<strong>{Html.Encode(story.Id.Value, amp)}</strong>. {InlineMarkdown.ToHtml(story.Title, amp)}");
            foreach (var section in story.Sections)
            {
                var cell = new StringBuilder();
                if (!string.IsNullOrEmpty(section.Content.Inline)) cell.Append(InlineMarkdown.ToHtml(section.Content.Inline, amp));
                BehavioralQuestionsPage.AppendItems(cell, section.Content.Items, amp);
                Row(sb, amp, section.Label, cell.ToString());
            }
            sb.Append("</table>\n");
        }
        sb.Append(page.Outro);
        return PageText.Finish(sb, page);
    }

    private static void Row(StringBuilder sb, bool amp, string key, string valueHtml) =>
        sb.Append("  <tr>\n    <td><strong>").Append(Html.Encode(key, amp)).Append("</strong></td>\n    <td>")
          .Append(valueHtml).Append("</td>\n  </tr>\n");
}
