using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Import;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Render.Jekyll;

/// <summary>
/// The Key/Value tree of a Leadership-Principles page: per principle its numbered name, its <c>Value:</c> and
/// one <c>Project:</c> point per story with the story's company and sections nested beneath (or, where the page
/// did, the story as a Key/Value table of its own). The page's layout writer writes it.
/// </summary>
public static class LeadershipPrinciplesPage
{
    /// <summary>The page's entries from the bank.</summary>
    public static KvDocument Model(StoryBank bank, PageSettings page)
    {
        var layout = page.EffectiveLayout;
        var form = layout.Points == PointForm.Plain ? NodeForm.Plain : NodeForm.Bullet;
        var framework = bank.FindFramework(page.Framework ?? "amazon") ?? bank.Frameworks.FirstOrDefault();
        var entries = ImmutableArray.CreateBuilder<KvEntry>();
        foreach (var principle in framework?.Principles ?? [])
        {
            var nodes = ImmutableArray.CreateBuilder<KvNode>();
            if (principle.Description is not null) nodes.Add(new KvNode(principle.Description, [], form) { Label = "Value" });
            for (int i = 0; i < principle.Stories.Length; i++)
            {
                bool table = page.Tables.Contains(i == 0 ? principle.Id : $"{principle.Id}#{i}");
                nodes.Add(TellingNode(principle.Stories[i], bank, table ? NodeForm.Table : form));
            }
            // The principle's other points go back where the page had them.
            foreach (var note in principle.Notes.OrderBy(n => n.At))
                nodes.Insert(Math.Clamp(note.At, 0, nodes.Count),
                    new KvNode(note.Content.Inline ?? "", Layouts.HeadingsWriter.Nodes(note.Content.Items), form));
            string key = principle.Number is { } n ? $"{n}. {principle.Name}" : principle.Name;
            entries.Add(new KvEntry(key, nodes.ToImmutable()) { Segment = principle.Id, Shown = page.Shown.GetValueOrDefault(principle.Id) });
        }
        return new KvDocument { Layout = layout, Groups = [new KvGroup(entries.ToImmutable())], Intro = page.Intro, Outro = page.Outro, Columns = page.Columns };
    }

    private static KvNode TellingNode(StoryTelling telling, StoryBank bank, NodeForm form)
    {
        var resolved = Tellings.Resolve(telling, bank);
        string label = telling.Label ?? "Project";
        // A label that names the story ("Project (CR2)") leaves the text to the title.
        string head = telling.Label is { } l && StoryReference.TrySplitLabel(l, out _, out _)
            ? Tellings.Head("", resolved.Title, telling.Note)
            : Tellings.Head(resolved.Ref, resolved.Title, telling.Note);
        var children = ImmutableArray.CreateBuilder<KvNode>();
        if (!string.IsNullOrEmpty(resolved.Company)) children.Add(new KvNode(resolved.Company, []) { Label = "At" });
        foreach (var part in resolved.Parts)
        {
            var style = telling.BareLabels.Contains(part.Label, StringComparer.OrdinalIgnoreCase) ? LabelStyle.Bare : (LabelStyle?)null;
            var items = HeadingsWriterNodes(part.Content.Items);
            children.Add(part.Label.Length == 0
                ? new KvNode(part.Content.Inline ?? "", items)
                : new KvNode(part.Content.Inline ?? "", items) { Label = part.Label, LabelStyle = style });
        }
        var headStyle = telling.BareLabels.Contains(label, StringComparer.OrdinalIgnoreCase) ? LabelStyle.Bare : (LabelStyle?)null;
        return new KvNode(head, children.ToImmutable(), form) { Label = label, LabelStyle = headStyle };
    }

    private static ImmutableArray<KvNode> HeadingsWriterNodes(ImmutableArray<Item> items) => Layouts.HeadingsWriter.Nodes(items);
}
