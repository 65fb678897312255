using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Pages;

namespace TellMe.Import;

/// <summary>
/// Reads a company's project page. In a table layout: one Key/Value table per story, with rows Summary /
/// Situation / Task / Action / Result and a Summary that starts with the story ID
/// (<c>&lt;strong&gt;CR1&lt;/strong&gt;. I designed…</c>); the page is recognised by tables whose keys are STAR
/// labels and whose Summary names a story. As headings or bullets: one entry per story whose key is its head
/// (<c>### LA5. Title</c>, <c>- **TM5. Title**</c>), read by <see cref="StoryListTellings"/>. The company is the
/// page's title.
/// </summary>
public sealed class ProjectsPageImporter : IPageImporter
{
    private static readonly string[] StoryKeys =
    [
        "Summary", "Project", "At", "Situation", "Problem", "Context", "Background", "Task", "Mission", "Goal", "Action", "Actions",
        "Approach", "Challenge", "Overcome", "Result", "Results", "Outcome", "Impact", "Learned",
    ];

    /// <inheritdoc />
    public PageKind Kind => PageKind.Projects;

    /// <inheritdoc />
    public bool Recognises(KvDocument document)
    {
        if (StoryListTellings.Recognises(document)) return true;
        int stories = document.Groups.Count(IsStoryTable);
        return stories > 0 && stories * 2 >= document.Groups.Length;
    }

    private static bool IsStoryTable(KvGroup group) =>
        group.Entries.Length >= 2 &&
        group.Entries.Count(e => StoryKeys.Contains(e.Key, StringComparer.OrdinalIgnoreCase)) * 2 >= group.Entries.Length &&
        group.Entries.Any(e => e.Key is "Summary" or "Project" && StoryReference.TrySplit(Unbold(TreePoints.ContentOf(e.Value).Inline ?? ""), out _, out _));

    /// <inheritdoc />
    public ImportedPage? Read(KvDocument document, PageSource page, List<Diagnostic> diagnostics)
    {
        string company = page.FrontMatter.FirstOrDefault(kv => kv.Key == "title").Value
            ?? document.Intro.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? "";
        var settings = PageSettingsOf.Create(PageKind.Projects, document, page) with { Company = company };
        if (StoryListTellings.Recognises(document))
            return new ImportedProjectsPage(page.File, settings, StoryListTellings.Read(document, page, company, diagnostics)) { Source = page };
        var tellings = ImmutableArray.CreateBuilder<ImportedTelling>();
        foreach (var group in document.Groups)
        {
            string reference = "", title = "";
            string? note = null, at = null;
            var parts = ImmutableArray.CreateBuilder<Part>();
            // The row that names the story: Summary, or a Project row where the table has no Summary.
            bool summary = group.Entries.Any(e => e.Key.Equals("Summary", StringComparison.OrdinalIgnoreCase));
            foreach (var entry in group.Entries)
            {
                var content = TreePoints.ContentOf(entry.Value);
                if (entry.Key.Equals("At", StringComparison.OrdinalIgnoreCase) && content.Items.IsDefaultOrEmpty && !string.IsNullOrWhiteSpace(content.Inline))
                {
                    // A table that names the story's company: the company, not a part of the story.
                    at = content.Inline.Trim();
                    continue;
                }
                if (entry.Key.Equals("Summary", StringComparison.OrdinalIgnoreCase) || !summary && entry.Key.Equals("Project", StringComparison.OrdinalIgnoreCase))
                {
                    if (!StoryReference.TrySplit(Unbold(content.Inline ?? ""), out reference, out title, out note))
                        diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, page.File, entry.Line, 1,
                            "the Summary does not start with a story ID", "start it with the ID, e.g. '<strong>CR1</strong>. …'"));
                }
                else parts.Add(new Part(entry.Key, content, entry.Line));
            }
            tellings.Add(new ImportedTelling
            {
                Ref = reference, Title = title, Note = note, Company = at ?? company, Parts = parts.ToImmutable(), File = page.File, Line = group.Line,
            });
        }
        return new ImportedProjectsPage(page.File, settings, tellings.ToImmutable()) { Source = page };
    }

    // "**CR1**. I designed…" → "CR1. I designed…"
    private static string Unbold(string summary)
    {
        if (!summary.StartsWith("**", StringComparison.Ordinal)) return summary;
        int close = summary.IndexOf("**", 2, StringComparison.Ordinal);
        return close < 0 ? summary : summary[2..close] + summary[(close + 2)..];
    }
}
