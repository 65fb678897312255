using System.Collections.Immutable;

namespace TellMe.Bank;

/// <summary>A competency framework such as Amazon's Leadership Principles: principles in order.</summary>
public sealed record Framework
{
    /// <summary>Short name, also the file name: <c>amazon</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name: "Amazon Leadership Principles".</summary>
    public required string Name { get; init; }

    /// <summary>The principles in their order.</summary>
    public ImmutableArray<Principle> Principles { get; init; } = [];

    /// <summary>The bank-relative file.</summary>
    public string File { get; init; } = "";
}

/// <summary>One principle: its name and the user's description, and the stories that demonstrate it.</summary>
public sealed record Principle
{
    /// <summary>A stable slug such as <c>dive-deep</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The number shown on the page, if any.</summary>
    public int? Number { get; init; }

    /// <summary>The name exactly as the user spells it.</summary>
    public required string Name { get; init; }

    /// <summary>The user's description (the page's "Value").</summary>
    public string? Description { get; init; }

    /// <summary>The stories that demonstrate it, as the page tells them.</summary>
    public ImmutableArray<StoryTelling> Stories { get; init; } = [];

    /// <summary>Line of the principle in the framework file.</summary>
    public int Line { get; init; }

    /// <summary>Line of the description, for diagnostics.</summary>
    public int DescriptionLine { get; init; }
}
