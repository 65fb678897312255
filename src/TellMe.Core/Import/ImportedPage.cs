using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Pages;

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

    /// <summary>Words in parentheses after a bare reference: <c>(details on the company page)</c>.</summary>
    public string? Note { get; init; }

    /// <summary>The label that starts the telling as written, when it is not the page's usual one (<c>Project (CR2)</c>, <c>Story</c>).</summary>
    public string? Label { get; init; }

    /// <summary>True when the reference is in the label (<c>**Summary (EN1):**</c>), not at the start of the text.</summary>
    public bool RefInLabel { get; init; }

    /// <summary>
    /// Where the telling sits (a principle and position, or an answer key), so that re-importing a page
    /// gives a placeholder story the ID it got the first time.
    /// </summary>
    public string Anchor { get; init; } = "";

    /// <summary>The page file and line, for the import summary.</summary>
    public required string File { get; init; }

    /// <summary>Line on the page.</summary>
    public int Line { get; init; }

    /// <summary>
    /// True when the telling tells a story: a title (<c>CR2. Analyzed…</c>), or, for an ID alone
    /// (<c>**Project (CR2)**</c>), STAR sections under it; a <c>(New)</c> one with any parts. An ID with only other
    /// points after it (<c>**Project:** CR2</c> then <c>**Learned:** …</c>) or with a note
    /// (<c>XY6 (details on the company page)</c>) is a reference to a story told elsewhere, its points the entry's
    /// own words: some page must tell it, or check reports TM001.
    /// </summary>
    public bool DefinesStory => Title.Length > 0 || Note is null && !Parts.IsDefaultOrEmpty &&
        (StoryReference.IsPlaceholder(Ref) || Parts.Any(p => StoryHeads.IsStarLabel(p.Label)));
}

/// <summary>One principle read from a Leadership-Principles page.</summary>
public sealed record ImportedPrinciple(int? Number, string Name, string? Description, ImmutableArray<ImportedTelling> Tellings, int Line)
{
    /// <summary>The principle's heading or key as the page writes it, when that is not "N. Name".</summary>
    public string? Shown { get; init; }

    /// <summary>The positions of the tellings the page writes as a Key/Value table.</summary>
    public ImmutableArray<int> Tables { get; init; } = [];

    /// <summary>The page's text between the previous principle and this one (a heading that groups principles).</summary>
    public string? Before { get; init; }

    /// <summary>Points that are neither the Value nor a story, kept in their place.</summary>
    public ImmutableArray<PrincipleNote> Notes { get; init; } = [];
}

/// <summary>One answer read from a Behavioral-Questions page: its points, and which of them start a story.</summary>
public sealed record ImportedAnswer(string Key, ImmutableArray<Part> Points, int StoryStart, ImportedTelling? Telling, int Line)
{
    /// <summary>The page's text between the previous answer and this one (a heading that groups questions).</summary>
    public string? Before { get; init; }

    /// <summary>The key as the page writes it, when that is not the key (a <c>&lt;br&gt;</c> in it).</summary>
    public string? Shown { get; init; }
}

/// <summary>What an importer read from one page.</summary>
public abstract record ImportedPage(string File, PageSettings Settings)
{
    /// <summary>The page as read, for writing it back byte for byte.</summary>
    public PageSource? Source { get; init; }
}

/// <summary>A Leadership-Principles page.</summary>
public sealed record ImportedPrinciplesPage(string File, PageSettings Settings, ImmutableArray<ImportedPrinciple> Principles)
    : ImportedPage(File, Settings);

/// <summary>A Behavioral-Questions page.</summary>
public sealed record ImportedQuestionsPage(string File, PageSettings Settings, ImmutableArray<ImportedAnswer> Answers)
    : ImportedPage(File, Settings);

/// <summary>A company's project page.</summary>
public sealed record ImportedProjectsPage(string File, PageSettings Settings, ImmutableArray<ImportedTelling> Tellings)
    : ImportedPage(File, Settings);
