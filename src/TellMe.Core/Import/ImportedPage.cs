using System.Collections.Immutable;
using TellMe.Bank;

namespace TellMe.Import;

/// <summary>
/// A story as one place on a page tells it, before the bank decides which story it is: the reference as
/// written, the title, the company and the labelled parts.
/// </summary>
public sealed record ImportedTelling
{
    /// <summary>The reference as written: <c>CR1</c>, <c>(New)</c>, <c>2</c>, or empty when there is none.</summary>
    public required string Ref { get; init; }

    /// <summary>The title as written.</summary>
    public required string Title { get; init; }

    /// <summary>The company, as the page names it.</summary>
    public string? Company { get; init; }

    /// <summary>The labelled parts in order.</summary>
    public ImmutableArray<Part> Parts { get; init; } = [];

    /// <summary>True when the title may end with " at Company" (a one-line summary on a questions page).</summary>
    public bool CompanyInTitle { get; init; }

    /// <summary>Labels written without a colon.</summary>
    public ImmutableArray<string> BareLabels { get; init; } = [];

    /// <summary>
    /// Where the telling sits (a principle and position, or an answer key), so that re-importing a page
    /// gives a placeholder story the ID it got the first time.
    /// </summary>
    public string Anchor { get; init; } = "";

    /// <summary>The page file and line, for the import summary.</summary>
    public required string File { get; init; }

    /// <summary>Line on the page.</summary>
    public int Line { get; init; }
}

/// <summary>One principle read from a Leadership-Principles page.</summary>
public sealed record ImportedPrinciple(int? Number, string Name, string? Description, ImmutableArray<ImportedTelling> Tellings, int Line);

/// <summary>One answer read from a Behavioral-Questions page: its points, and which of them start a story.</summary>
public sealed record ImportedAnswer(string Key, ImmutableArray<Part> Points, int StoryStart, ImportedTelling? Telling, int Line);

/// <summary>What an importer read from one page.</summary>
public abstract record ImportedPage(string File, PageSettings Settings);

/// <summary>A Leadership-Principles page.</summary>
public sealed record ImportedPrinciplesPage(string File, PageSettings Settings, ImmutableArray<ImportedPrinciple> Principles)
    : ImportedPage(File, Settings);

/// <summary>A Behavioral-Questions page.</summary>
public sealed record ImportedQuestionsPage(string File, PageSettings Settings, ImmutableArray<ImportedAnswer> Answers)
    : ImportedPage(File, Settings);

/// <summary>A company's project page.</summary>
public sealed record ImportedProjectsPage(string File, PageSettings Settings, ImmutableArray<ImportedTelling> Tellings)
    : ImportedPage(File, Settings);
