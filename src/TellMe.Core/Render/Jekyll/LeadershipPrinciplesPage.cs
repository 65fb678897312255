using System.Text;
using TellMe.Bank;
using TellMe.Text;

namespace TellMe.Render.Jekyll;

/// <summary>
/// Renders a Leadership-Principles page: per principle a numbered heading, its <c>**Value:**</c> and one
/// <c>**Project:**</c> bullet per story with the story's company and sections nested beneath.
/// </summary>
public static class LeadershipPrinciplesPage
{
    /// <summary>Renders the page for <paramref name="page"/> from the bank.</summary>
    public static string Render(StoryBank bank, PageSettings page)
    {
        var framework = bank.FindFramework(page.Framework ?? "amazon") ?? bank.Frameworks.FirstOrDefault();
        var sb = new StringBuilder();
        FrontMatterWriter.Write(sb, page);
        sb.Append(page.Intro);
        bool first = true;
        foreach (var principle in framework?.Principles ?? [])
        {
            if (!first) sb.Append('\n');
            first = false;
            sb.Append("## ");
            if (principle.Number is { } n) sb.Append(n).Append(". ");
            sb.Append(Html.MarkdownSafe(principle.Name)).Append("\n\n");
            if (principle.Description is not null) sb.Append("- **Value:** ").Append(Html.MarkdownSafe(principle.Description)).Append('\n');
            foreach (var telling in principle.Stories) AppendTelling(sb, telling, bank);
        }
        return PageText.Finish(sb, page);
    }

    private static void AppendTelling(StringBuilder sb, StoryTelling telling, StoryBank bank)
    {
        var resolved = Tellings.Resolve(telling, bank);
        sb.Append("- **Project:**");
        string head = Html.MarkdownSafe(Tellings.RefAndTitle(resolved.Ref, resolved.Title));
        if (head.Length > 0) sb.Append(' ').Append(head);
        sb.Append('\n');
        if (!string.IsNullOrEmpty(resolved.Company)) sb.Append("  - **At:** ").Append(Html.MarkdownSafe(resolved.Company)).Append('\n');
        foreach (var resolvedPart in resolved.Parts)
        {
            // User text may hold HTML; on a page Jekyll publishes it must stay text.
            var part = resolvedPart with { Label = Html.MarkdownSafe(resolvedPart.Label), Content = TextMap.Content(resolvedPart.Content, Html.MarkdownSafe) };
            var style = telling.BareLabels.Contains(part.Label, StringComparer.OrdinalIgnoreCase) ? LabelStyle.Bare : LabelStyle.Colon;
            sb.Append("  - ").Append(Labels.Markdown(part.Label, style));
            if (!string.IsNullOrEmpty(part.Content.Inline))
            {
                sb.Append(' ');
                MarkdownContent.AppendIndented(sb, part.Content.Inline, 4);
            }
            sb.Append('\n');
            if (!part.Content.Items.IsDefaultOrEmpty) MarkdownContent.WriteItems(sb, part.Content.Items, 4);
        }
    }
}

/// <summary>Shared end-of-page handling.</summary>
internal static class PageText
{
    /// <summary>Replaces the final newline with the page's own ending (a trailing space, no newline…).</summary>
    public static string Finish(StringBuilder sb, PageSettings page)
    {
        if (sb.Length > 0 && sb[^1] == '\n') sb.Length--;
        sb.Append(page.Trailer);
        return sb.ToString();
    }
}
