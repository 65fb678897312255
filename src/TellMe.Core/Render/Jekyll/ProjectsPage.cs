using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Pages;

namespace TellMe.Render.Jekyll;

/// <summary>
/// The Key/Value tree of a company's project page: one table per story, its Summary first (the ID in bold, then
/// the title), then the story's sections.
/// </summary>
public static class ProjectsPage
{
    /// <summary>The page's tables from the bank.</summary>
    public static KvDocument Model(StoryBank bank, PageSettings page)
    {
        var groups = ImmutableArray.CreateBuilder<KvGroup>();
        foreach (var id in page.Stories)
        {
            if (bank.Find(id) is not { } story) continue;
            var entries = ImmutableArray.CreateBuilder<KvEntry>();
            entries.Add(new KvEntry("Summary", [new KvNode($"**{story.Id.Value}**. {story.Title}", [], NodeForm.Plain)]));
            foreach (var section in story.Sections)
            {
                var nodes = ImmutableArray.CreateBuilder<KvNode>();
                if (!string.IsNullOrEmpty(section.Content.Inline)) nodes.Add(new KvNode(section.Content.Inline, [], NodeForm.Plain));
                nodes.AddRange(Layouts.HeadingsWriter.Nodes(section.Content.Items));
                entries.Add(new KvEntry(section.Label, nodes.ToImmutable()));
            }
            groups.Add(new KvGroup(entries.ToImmutable()) { Segment = story.Id.Value });
        }
        return new KvDocument { Layout = page.EffectiveLayout, Groups = groups.ToImmutable(), Intro = page.Intro, Outro = page.Outro, Columns = page.Columns };
    }
}
