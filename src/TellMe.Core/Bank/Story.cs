using System.Collections.Immutable;

namespace TellMe.Bank;

/// <summary>
/// One STAR story, the single source of truth for its facts: pages and answers refer to it by
/// <see cref="Id"/> and show its title, company and sections unless they tell it in their own words.
/// </summary>
public sealed record Story
{
    /// <summary>The story's identifier, also its file name.</summary>
    public required StoryId Id { get; init; }

    /// <summary>A one-line summary such as "Migrated from MySQL 5.7 to MySQL 8.0".</summary>
    public required string Title { get; init; }

    /// <summary>Where it happened, as the user names the company.</summary>
    public string? Company { get; init; }

    /// <summary>Other IDs this story was known by (after a merge), so old references still resolve.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Free tags, e.g. <c>migration</c>, <c>incident</c>.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Private stories never reach public output (the standalone site, exports).</summary>
    public bool Private { get; init; }

    /// <summary>The labelled sections in the order the user wrote them.</summary>
    public ImmutableArray<Part> Sections { get; init; } = [];

    /// <summary>The bank-relative file, e.g. <c>stories/CR2.md</c>; empty for a story not yet written.</summary>
    public string File { get; init; } = "";

    /// <summary>Lines of front-matter keys in <see cref="File"/>, for diagnostics.</summary>
    public KeyLines KeyLines { get; init; } = KeyLines.Empty;

    /// <summary>The section with this label (case-insensitive), or null.</summary>
    public Part? Section(string label)
    {
        foreach (var part in Sections)
            if (string.Equals(part.Label, label, StringComparison.OrdinalIgnoreCase)) return part;
        return null;
    }

    /// <summary>The line of a front-matter key, or 1.</summary>
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;
}
