using System.Collections.Immutable;
using TellMe.Competencies;

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

    /// <summary>
    /// The company whose values these are ("Meta"), when the framework is a company's: <c>tellme prep
    /// --company</c> and <c>tellme debrief</c> pick a framework by this, its <see cref="Aliases"/> or its ID.
    /// </summary>
    public string? Company { get; init; }

    /// <summary>Other names of the company ("Facebook" for Meta).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Where the values' names were checked: a company framework names its public sources.</summary>
    public ImmutableArray<FrameworkSource> Sources { get; init; } = [];

    /// <summary>A remark on the framework (which version of the values it lists).</summary>
    public string? Note { get; init; }
}

/// <summary>A public page a company framework's values were checked against.</summary>
/// <param name="Title">The page's title, as a person would cite it.</param>
/// <param name="Url">Its address, if it has one.</param>
public sealed record FrameworkSource(string Title, string? Url);

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

    /// <summary>
    /// Phrases a job posting uses when it asks for this principle ("move fast", "sense of urgency"); its name
    /// always counts too. Empty for most bank principles.
    /// </summary>
    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>
    /// The competencies of the question bank (closest first) that an interviewer probing
    /// this principle is after: a company's values are mapped onto the taxonomy the matcher knows.
    /// </summary>
    public ImmutableArray<CompetencyId> Probes { get; init; } = [];

    /// <summary>An example of how an interviewer asks about it, to practise with.</summary>
    public string? Question { get; init; }

    /// <summary>
    /// What the page says under the principle besides its Value and its stories (sample questions, a tip, a line of
    /// text): kept word for word, in its place, so that importing a page never drops what the user wrote.
    /// </summary>
    public ImmutableArray<PrincipleNote> Notes { get; init; } = [];
}

/// <summary>A point under a principle that is neither its Value nor a story, as the page writes it.</summary>
/// <param name="At">Its position among the principle's points on the page (0 is the first).</param>
/// <param name="Content">The point's Markdown line, label included, and the bullets under it.</param>
public sealed record PrincipleNote(int At, Content Content);
