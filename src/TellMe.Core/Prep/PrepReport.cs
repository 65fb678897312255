using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Plan;

namespace TellMe.Prep;

/// <summary>A story that covers a competency, and how well it is drilled.</summary>
/// <param name="Id">The story's ID.</param>
/// <param name="Title">Its title.</param>
/// <param name="Fit">How well it fits (the planner's fit: share of the story's profile, +1 when the bank cites it for the principle).</param>
/// <param name="Role">"primary" (the best story for it) or "backup" (the next best).</param>
/// <param name="Drill">Its card's state in the practice history.</param>
public sealed record CoveringStory(string Id, string Title, double Fit, string Role, DrillState Drill);

/// <summary>A competency the posting asks for (or a value of the company), with the stories that cover it.</summary>
/// <param name="Competency">The competency or value.</param>
/// <param name="Emphasis">How much the posting asks for it (0 for a company value it does not name).</param>
/// <param name="Stressed">True when the posting stresses it (emphasis of at least one full sentence).</param>
/// <param name="Evidence">The posting's sentences.</param>
/// <param name="Stories">The best story for it and a backup, when the bank has them.</param>
/// <param name="Gap">Why no story covers it; null when one does.</param>
/// <param name="Probes">The question-bank competencies that stand for it (a debrief counts it as asked when a question probes one of them).</param>
public sealed record PrepCompetency(Competency Competency, double Emphasis, bool Stressed, ImmutableArray<PostingEvidence> Evidence,
    ImmutableArray<CoveringStory> Stories, string? Gap, ImmutableArray<CompetencyId> Probes);

/// <summary>A technology the posting names, and the stories that mention it.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Category">Its category.</param>
/// <param name="Evidence">The posting's sentences naming it.</param>
/// <param name="Stories">Stories whose text names it, with their drill state.</param>
public sealed record PrepTechnology(string Name, string Category, ImmutableArray<PostingEvidence> Evidence, ImmutableArray<CoveringStory> Stories);

/// <summary>Something to fix before the interviews.</summary>
/// <param name="Kind"><c>uncovered</c>: a stressed competency no story covers; <c>uncovered-value</c>: a value of the company's framework no story covers; <c>overloaded</c>: one story is the best for too many stressed competencies, and a story is told once.</param>
/// <param name="Message">What, in words.</param>
/// <param name="Competencies">The competencies concerned.</param>
/// <param name="Story">The story concerned, for <c>overloaded</c>.</param>
public sealed record PrepGap(string Kind, string Message, ImmutableArray<CompetencyId> Competencies, string? Story);

/// <summary>The company framework used, and where its values were checked.</summary>
/// <param name="Id">Its ID.</param>
/// <param name="Name">Its name.</param>
/// <param name="Company">The company.</param>
/// <param name="Sources">Its public sources.</param>
/// <param name="FromBank">True when the bank's own file was used.</param>
public sealed record CompanyFramework(string Id, string Name, string? Company, ImmutableArray<FrameworkSource> Sources, bool FromBank);

/// <summary>Everything <c>tellme prep</c> says about a posting.</summary>
public sealed record PrepReport
{
    /// <summary>The posting file.</summary>
    public required string Source { get; init; }

    /// <summary>The posting's title (its first heading or line).</summary>
    public string? Title { get; init; }

    /// <summary>The company, as given.</summary>
    public string? Company { get; init; }

    /// <summary>The company's values framework, when one was found.</summary>
    public CompanyFramework? Framework { get; init; }

    /// <summary>Competencies and values the posting asks for, most emphasised first.</summary>
    public required ImmutableArray<PrepCompetency> Competencies { get; init; }

    /// <summary>Every value of the company's framework, named by the posting or not.</summary>
    public ImmutableArray<PrepCompetency> CompanyValues { get; init; } = [];

    /// <summary>Technologies the posting names.</summary>
    public required ImmutableArray<PrepTechnology> Technologies { get; init; }

    /// <summary>What to fix: stressed competencies without a story, stories carrying too much.</summary>
    public required ImmutableArray<PrepGap> Gaps { get; init; }

    /// <summary>The loop planned for the posting, when asked for.</summary>
    public LoopLayout? Plan { get; init; }

    /// <summary>Remarks on the input ("no framework for Acme").</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
