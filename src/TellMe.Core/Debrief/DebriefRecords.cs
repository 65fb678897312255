using System.Collections.Immutable;
using TellMe.Competencies;
using TellMe.Plan;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;

namespace TellMe.Debrief;

/// <summary>A real round to record: what <c>tellme debrief</c> and the web form send.</summary>
public sealed record DebriefRequest
{
    /// <summary>The company.</summary>
    public required string Company { get; init; }

    /// <summary>The round's label ("phone screen", "onsite 2").</summary>
    public required string Round { get; init; }

    /// <summary>The questions asked, with what the user says about each.</summary>
    public required ImmutableArray<AskedQuestion> Questions { get; init; }

    /// <summary>The day of the round; today when null.</summary>
    public DateOnly? HeldOn { get; init; }

    /// <summary>Who interviewed; guessed from the round's label when null.</summary>
    public InterviewerType? Type { get; init; }

    /// <summary>The interviewer's name(s).</summary>
    public string? Interviewer { get; init; }

    /// <summary><c>questions</c>, <c>transcript</c> or <c>form</c>.</summary>
    public string Source { get; init; } = "questions";

    /// <summary>Notes on the whole round.</summary>
    public string? Notes { get; init; }
}

/// <summary>What TellMe suggests for one question before the user says what they told.</summary>
/// <param name="Question">The question.</param>
/// <param name="Principle">The principle of the bank's own frameworks it probes, named as the bank spells it; null when the bank has none.</param>
/// <param name="Competency">The competency of the general taxonomy it probes.</param>
/// <param name="Story">The story that fits it best (the best answer's story first).</param>
/// <param name="StoryTitle">That story's title.</param>
/// <param name="Answer">The prepared answer that fits best.</param>
/// <param name="ToldBefore">Where the suggested story was already told to this company ("phone screen, 2026-03-01"); null when it was not.</param>
public sealed record DebriefSuggestion(string Question, Competency? Principle, Competency? Competency, string? Story, string? StoryTitle, string? Answer, string? ToldBefore);

/// <summary>A rated answer scheduled as a review.</summary>
/// <param name="Question">The question.</param>
/// <param name="Card">The card reviewed.</param>
/// <param name="Rating">The rating.</param>
/// <param name="Due">When the card comes back (soon after a weak answer).</param>
/// <param name="ReviewId">The review saved.</param>
public sealed record ScheduledReview(string Question, CardId Card, Rating Rating, DateTimeOffset Due, string ReviewId);

/// <summary>A question answered weakly (rated again or hard) in some round.</summary>
/// <param name="Topic">What it probed: the bank's principle when the matcher read one, else the general competency.</param>
/// <param name="Question">The question.</param>
/// <param name="Round">The round's label.</param>
/// <param name="Rating">How it went.</param>
/// <param name="Story">The story told, if known.</param>
public sealed record WeakAnswer(Competency? Topic, string Question, string Round, Rating Rating, string? Story);

/// <summary>A competency the posting stresses that no round has asked about yet.</summary>
/// <param name="Competency">The competency or value, named as the posting's report named it.</param>
/// <param name="Emphasis">How much the posting asks for it.</param>
/// <param name="Story">A story for it, not yet told to the company when one fits.</param>
/// <param name="StoryTitle">That story's title.</param>
public sealed record OpenCompetency(Competency Competency, double Emphasis, string? Story, string? StoryTitle);

/// <summary>A story not yet told to the company.</summary>
/// <param name="Id">Its ID.</param>
/// <param name="Title">Its title.</param>
/// <param name="For">The open competency it is suggested for, if any.</param>
public sealed record UnusedStory(string Id, string Title, string? For);

/// <summary>What to prepare for the next round with a company.</summary>
/// <param name="Weak">Questions answered weakly so far.</param>
/// <param name="NotYetAsked">Competencies the posting stresses that no round has asked about (empty without a posting).</param>
/// <param name="Unused">Stories not yet told to the company, those suggested for open competencies first.</param>
/// <param name="Told">Stories already told to the company: do not tell them again.</param>
/// <param name="HasPosting">True when a posting was read for the company (<c>tellme prep --company</c>), so
/// <paramref name="NotYetAsked"/> could be computed; false tells the user how to get it.</param>
public sealed record NextRoundPrep(ImmutableArray<WeakAnswer> Weak, ImmutableArray<OpenCompetency> NotYetAsked, ImmutableArray<UnusedStory> Unused,
    ImmutableArray<string> Told, bool HasPosting);

/// <summary>What recording a debrief did.</summary>
/// <param name="Round">The round as saved; null when nothing was saved.</param>
/// <param name="Problems">Why nothing was saved (an unknown story, no questions); empty when saved.</param>
/// <param name="Warnings">Things to know: a story already told to this company, a rating without a story.</param>
/// <param name="Reviews">The rated answers scheduled as reviews.</param>
/// <param name="Next">What to prepare for the next round.</param>
public sealed record DebriefOutcome(InterviewRound? Round, ImmutableArray<DebriefProblem> Problems, ImmutableArray<string> Warnings,
    ImmutableArray<ScheduledReview> Reviews, NextRoundPrep? Next);

/// <summary>A company's rounds so far and what to prepare next.</summary>
/// <param name="Company">The company as last written.</param>
/// <param name="CompanyKey">The folded name.</param>
/// <param name="Rounds">Its rounds, oldest first.</param>
/// <param name="Posting">The latest posting read for it, if any.</param>
/// <param name="Next">What to prepare for the next round.</param>
public sealed record CompanyHistory(string Company, string CompanyKey, ImmutableArray<InterviewRound> Rounds, SavedPosting? Posting, NextRoundPrep Next);
