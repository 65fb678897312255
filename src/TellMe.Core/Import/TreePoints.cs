using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Import;

/// <summary>Turns the points of the Key/Value tree into the bank's items, parts and content.</summary>
internal static class TreePoints
{
    /// <summary>A point and everything under it as a bullet, text exactly as written.</summary>
    public static Item ToItem(KvNode node) => new(node.Text, [.. node.Children.Select(ToItem)], node.Line);

    /// <summary>Points as bullets.</summary>
    public static ImmutableArray<Item> Items(IEnumerable<KvNode> nodes) => [.. nodes.Select(ToItem)];

    /// <summary>
    /// A point as a labelled part: <c>**Core:** text</c> (or <c>Core: text</c> on a page of plain labels) gives the
    /// label; anything else is an unlabelled part. A bare <c>**Label**</c> stays text, as the pages have always read it,
    /// except a bare label that names its story (<c>**Project (CR2)**</c>): that one starts the story, and keeps its form.
    /// </summary>
    public static Part ToPart(KvNode node, bool plainLabels)
    {
        if (Labels.TrySplit(node.Text, plainLabels, out var split) &&
            (split.Style != LabelStyle.Bare || StoryReference.TrySplitLabel(split.Label, out _, out _)))
            return new Part(split.Label, new Content(split.Rest.Length == 0 ? null : split.Rest, Items(node.Children)), node.Line)
            {
                Bare = split.Style == LabelStyle.Bare,
            };
        return new Part("", new Content(node.Text.Length == 0 ? null : node.Text, Items(node.Children)), node.Line);
    }

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
