using System.Collections.Immutable;

namespace TellMe.Bank;

/// <summary>
/// One bullet of Markdown: its inline text (kept exactly as the user wrote it, Markdown and all) and the
/// bullets nested under it. <see cref="Line"/> is where it starts in its bank file, for diagnostics.
/// </summary>
public sealed record Item(string Text, ImmutableArray<Item> Children, int Line = 0)
{
    /// <summary>An item with no children.</summary>
    public static Item Leaf(string text, int line = 0) => new(text, [], line);

    /// <summary>Equality by what the user sees: text and children, not where they were read from.</summary>
    public bool Equals(Item? other) =>
        other is not null && Text == other.Text && Children.SequenceEqual(other.Children);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Children.Length);
}

/// <summary>
/// What follows a label: inline text (<c>**Result:** Reduced MTTR</c>), nested bullets, or both
/// (<c>**University:** I got a Bachelor…</c> with sub-bullets). Pages show the two forms differently, so
/// the distinction is kept.
/// </summary>
public sealed record Content(string? Inline, ImmutableArray<Item> Items)
{
    /// <summary>Nothing at all.</summary>
    public static Content Empty { get; } = new(null, []);

    /// <summary>Just inline text.</summary>
    public static Content Text(string text) => new(text, []);

    /// <summary>True when there is neither text nor bullets.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Inline) && Items.IsDefaultOrEmpty;

    /// <summary>All the text, depth first: inline text, then every bullet.</summary>
    public IEnumerable<(string Text, int Line)> Texts(int inlineLine = 0)
    {
        if (!string.IsNullOrEmpty(Inline)) yield return (Inline, inlineLine);
        foreach (var item in Items.IsDefault ? [] : Items)
            foreach (var t in Walk(item)) yield return t;

        static IEnumerable<(string, int)> Walk(Item item)
        {
            yield return (item.Text, item.Line);
            foreach (var child in item.Children)
                foreach (var t in Walk(child)) yield return t;
        }
    }

    /// <summary>The text as plain words joined by spaces (for word counts and similarity).</summary>
    public string PlainText => string.Join(' ', Texts().Select(t => t.Text));

    /// <summary>Equality by what the user sees.</summary>
    public bool Equals(Content? other) =>
        other is not null && (Inline ?? "") == (other.Inline ?? "") &&
        (Items.IsDefault ? [] : Items).SequenceEqual(other.Items.IsDefault ? [] : other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Inline ?? "", Items.IsDefault ? 0 : Items.Length);
}

/// <summary>A labelled part of a story or an answer: <c>## Situation</c> in a story file, <c>**Mission:**</c> on a page.</summary>
public sealed record Part(string Label, Content Content, int Line = 0)
{
    /// <summary>
    /// The page writes the label bold with no colon (<c>**Project (CR2)**</c>): kept so that a build writes the
    /// user's label as they wrote it, not with a colon they never typed.
    /// </summary>
    public bool Bare { get; init; }
}
