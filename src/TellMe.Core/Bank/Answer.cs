using System.Collections.Immutable;

namespace TellMe.Bank;

/// <summary>
/// A prepared answer to one behavioral-question key ("Conflict", "Why US"): labelled points in order.
/// A point may show a section of the answer's story with <c>{{ story }}</c>, and inline text may say
/// <c>{{ story.id }}</c>, <c>{{ story.title }}</c> or <c>{{ story.company }}</c>, so that one fact lives in the
/// story file only.
/// </summary>
public sealed record Answer
{
    /// <summary>The question key exactly as the user spells it.</summary>
    public required string Key { get; init; }

    /// <summary>Position on the page.</summary>
    public int Order { get; init; }

    /// <summary>The story this answer tells, if any.</summary>
    public StoryId? Story { get; init; }

    /// <summary>The story reference as written when it is not a valid ID.</summary>
    public string? StoryRef { get; init; }

    /// <summary>The labelled points (label empty for an unlabelled point).</summary>
    public ImmutableArray<Part> Points { get; init; } = [];

    /// <summary>The bank-relative file, e.g. <c>answers/conflict.md</c>.</summary>
    public string File { get; init; } = "";

    /// <summary>Lines of front-matter keys, for diagnostics.</summary>
    public KeyLines KeyLines { get; init; } = KeyLines.Empty;

    /// <summary>The line of a front-matter key, or 1.</summary>
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;
}
