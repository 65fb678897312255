using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Pages;

namespace TellMe.Render.Jekyll;

/// <summary>
/// The Key/Value tree of a company's project page. In a table layout: one table per story, its Summary first
/// (the ID in bold, then the title), then the story's sections. As headings or bullets: one entry per story whose
/// key is <c>ID. Title</c> and whose points are the story's sections, after an <c>At:</c> point where the page
/// names each story's company.
/// </summary>
public static class ProjectsPage
{
    /// <summary>The page's tables (or entries) from the bank.</summary>
    public static KvDocument Model(StoryBank bank, PageSettings page)
    {
        var layout = page.EffectiveLayout;
        var stories = page.Stories.Select(bank.Find).OfType<Story>().ToList();
        var groups = layout.Kind is LayoutKind.Headings or LayoutKind.Bullets ? [Listed(stories, layout)] : Tables(stories);
        return new KvDocument { Layout = layout, Groups = groups, Intro = page.Intro, Outro = page.Outro, Columns = page.Columns };
    }

    private static ImmutableArray<KvGroup> Tables(List<Story> stories)
    {
        var groups = ImmutableArray.CreateBuilder<KvGroup>();
        foreach (var story in stories)
        {
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
        return groups.ToImmutable();
    }

    // One entry per story: its head as the key, its sections as labelled points.
    private static KvGroup Listed(List<Story> stories, PageLayout layout)
    {
        var form = layout.Points == PointForm.Plain ? NodeForm.Plain : NodeForm.Bullet;
        var entries = ImmutableArray.CreateBuilder<KvEntry>();
        foreach (var story in stories)
        {
            var nodes = ImmutableArray.CreateBuilder<KvNode>();
            if (layout.AtLines && !string.IsNullOrEmpty(story.Company)) nodes.Add(new KvNode(story.Company, [], form) { Label = "At" });
            foreach (var section in story.Sections)
                nodes.Add(new KvNode(section.Content.Inline ?? "", Layouts.HeadingsWriter.Nodes(section.Content.Items), form) { Label = section.Label });
            string key = story.Title.Length == 0 ? story.Id.Value + "." : $"{story.Id.Value}. {story.Title}";
            entries.Add(new KvEntry(key, nodes.ToImmutable()) { Segment = story.Id.Value });
        }
        return new KvGroup(entries.ToImmutable());
    }
}
