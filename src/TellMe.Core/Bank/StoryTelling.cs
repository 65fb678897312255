using System.Collections.Immutable;

namespace TellMe.Bank;

/// <summary>
/// A story as one page entry tells it, such as a Leadership Principle's <c>Project</c>. Everything not
/// set here comes from the story file, so editing the story changes the page; what is set here is the
/// entry's own wording, kept because the user wrote it differently on that page.
/// </summary>
public sealed record StoryTelling
{
    /// <summary>The story told, or null when the page's reference names no valid story (e.g. <c>2.</c>).</summary>
    public StoryId? Story { get; init; }

    /// <summary>
    /// The reference exactly as the page writes it when that is not the story's ID: <c>(New)</c> for a
    /// story still without an ID, <c>2</c> for a reference that lost its prefix.
    /// </summary>
    public string? Ref { get; init; }

    /// <summary>The entry's own title, when it differs from the story's.</summary>
    public string? Title { get; init; }

    /// <summary>The entry's own company wording, when it differs from the story's.</summary>
    public string? Company { get; init; }

    /// <summary>Which sections the entry shows, in order; default: all of the story's.</summary>
    public ImmutableArray<string>? Parts { get; init; }

    /// <summary>Sections told in the entry's own words.</summary>
    public ImmutableArray<Part> Own { get; init; } = [];

    /// <summary>Words in parentheses after the reference (<c>XY6 (details on the company page)</c>), as written.</summary>
    public string? Note { get; init; }

    /// <summary>The label the entry starts with when it is not <c>Project</c> (<c>Story</c>, <c>Project (CR2)</c>).</summary>
    public string? Label { get; init; }

    /// <summary>Labels the page writes without a colon (<c>**Action**</c>), kept so the page round-trips.</summary>
    public ImmutableArray<string> BareLabels { get; init; } = [];

    /// <summary>Where this telling is written in its bank file, for diagnostics.</summary>
    public int Line { get; init; }

    /// <summary>Lines of this telling's keys (<c>story</c>, <c>ref</c>, <c>title</c>, own parts by label).</summary>
    public KeyLines KeyLines { get; init; } = KeyLines.Empty;

    /// <summary>The own section with this label, or null.</summary>
    public Part? OwnPart(string label)
    {
        foreach (var part in Own)
            if (string.Equals(part.Label, label, StringComparison.OrdinalIgnoreCase)) return part;
        return null;
    }

    /// <summary>The line of one of this telling's keys, or the telling's own line.</summary>
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : Line;
}
