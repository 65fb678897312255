using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Import;

/// <summary>Turns the points of the Key/Value tree into the bank's items, parts and content.</summary>
internal static class TreePoints
{
    /// <summary>A point and everything under it as a bullet, text exactly as written.</summary>
    public static Item ToItem(KvNode node) => ToItem(node, false);

    /// <summary>
    /// A point and everything under it as a bullet. With <paramref name="plainLabels"/> (a headings page of plain
    /// labels), a nested <c>Disagree: text</c> is held as <c>**Disagree:** text</c>, as every other page writes it, so
    /// the page imports to the same bank as its bold twin; its writer gives the label back plain.
    /// </summary>
    public static Item ToItem(KvNode node, bool plainLabels) =>
        new(plainLabels && Labels.TrySplitPlain(node.Text, out var split) ? Labels.Line(split.Label, split.Rest) : node.Text,
            [.. node.Children.Select(c => ToItem(c, plainLabels))], node.Line);

    /// <summary>Points as bullets.</summary>
    public static ImmutableArray<Item> Items(IEnumerable<KvNode> nodes, bool plainLabels = false) => [.. nodes.Select(n => ToItem(n, plainLabels))];

    /// <summary>
    /// A point as a labelled part: <c>**Core:** text</c> (or <c>Core: text</c> on a page of plain labels) gives the
    /// label; anything else is an unlabelled part. A bare <c>**Label**</c> stays text, as the pages have always read it,
    /// except a bare label that names its story (<c>**Project (CR2)**</c>): that one starts the story, and keeps its form.
    /// </summary>
    public static Part ToPart(KvNode node, bool plainLabels, bool plainItems = false)
    {
        if (Labels.TrySplit(node.Text, plainLabels, out var split) &&
            (split.Style != LabelStyle.Bare || StoryReference.TrySplitLabel(split.Label, out _, out _)))
            return new Part(split.Label, new Content(split.Rest.Length == 0 ? null : split.Rest, Items(node.Children, plainItems)), node.Line)
            {
                Bare = split.Style == LabelStyle.Bare,
            };
        // On a page of plain labels, "Project (CR2)" alone on its line is that page's bare story label.
        if (plainLabels && StoryReference.TrySplitLabel(node.Text, out string name, out _) && StoryLabelNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            return new Part(node.Text, new Content(null, Items(node.Children, plainItems)), node.Line) { Bare = true };
        return new Part("", new Content(node.Text.Length == 0 ? null : node.Text, Items(node.Children, plainItems)), node.Line);
    }

    private static readonly string[] StoryLabelNames = ["Summary", "Project", "Story"];

    /// <summary>A value as one piece of content: its plain points as text, its bullets (and their sub-points) as items.</summary>
    public static Content ContentOf(IEnumerable<KvNode> nodes)
    {
        var texts = new List<string>();
        var items = ImmutableArray.CreateBuilder<Item>();
        foreach (var node in nodes)
        {
            if (node.Form == NodeForm.Bullet) items.Add(ToItem(node));
            else
            {
                texts.Add(node.Text);
                items.AddRange(node.Children.Select(ToItem));
            }
        }
        return new Content(texts.Count == 0 ? null : string.Join("\n\n", texts), items.ToImmutable());
    }
}
