using System.Collections.Immutable;
using TellMe.Competencies;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;

namespace TellMe.Debrief;

/// <summary>One question of a recorded round.</summary>
/// <param name="Position">1-based order in the round.</param>
/// <param name="Question">The question.</param>
/// <param name="Principle">The principle of the bank's own frameworks it probes, as the matcher read it (what the
/// user prepared for), named as the bank spells it; null when the bank has no framework or nothing matched.</param>
/// <param name="Competency">The competency of the general taxonomy it probes, as the matcher read it.</param>
/// <param name="SuggestedStory">The story TellMe matched to it.</param>
/// <param name="Story">The story the user told, if they said.</param>
/// <param name="AnswerKey">The prepared answer the user gave, if they said.</param>
/// <param name="Rating">How it went; null when not rated.</param>
/// <param name="Notes">The user's notes.</param>
/// <param name="Card">The card the rating was scheduled on.</param>
/// <param name="ReviewId">The review saved for it.</param>
/// <param name="FollowUps">Follow-up questions on the same story.</param>
public sealed record RoundQuestion(int Position, string Question, Competency? Principle, Competency? Competency, string? SuggestedStory,
    string? Story, string? AnswerKey, Rating? Rating, string? Notes, CardId? Card, string? ReviewId, ImmutableArray<string> FollowUps)
{
    /// <summary>What it probed, to show in one word: the principle when the matcher read one, else the competency.</summary>
    public Competency? Topic => Principle ?? Competency;
}

/// <summary>A real interview round the user debriefed.</summary>
/// <param name="Id">A unique, time-ordered ID (UUID version 7).</param>
/// <param name="Company">The company as the user wrote it.</param>
/// <param name="CompanyKey">The folded company name rounds are filed under.</param>
/// <param name="Label">The round's label ("phone screen", "onsite 2").</param>
/// <param name="HeldOn">The day of the round.</param>
/// <param name="InterviewerType">The interviewer type's ID (<c>bar-raiser</c>), if known.</param>
/// <param name="Interviewer">The interviewer's name(s), if known.</param>
/// <param name="Source"><c>questions</c>, <c>transcript</c> or <c>form</c>.</param>
/// <param name="Notes">Notes on the whole round.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Questions">Its questions in order.</param>
public sealed record InterviewRound(string Id, string Company, string CompanyKey, string Label, DateOnly HeldOn, string? InterviewerType,
    string? Interviewer, string Source, string? Notes, DateTimeOffset RecordedAt, ImmutableArray<RoundQuestion> Questions);

/// <summary>A competency a job posting stresses, remembered for a company's debriefs.</summary>
/// <param name="Competency">The competency or value (<c>general/mentoring</c>, <c>meta/move-fast</c>) and its name.</param>
/// <param name="Emphasis">How much the posting asks for it.</param>
/// <param name="Probes">The question-bank competencies that count as asking about it.</param>
public sealed record PostingCompetency(Competency Competency, double Emphasis, ImmutableArray<CompetencyId> Probes);

/// <summary>What <c>tellme prep --company</c> remembered of a posting: the competencies it stresses.</summary>
/// <param name="Id">A unique, time-ordered ID.</param>
/// <param name="Company">The company as written.</param>
/// <param name="CompanyKey">The folded company name.</param>
/// <param name="Source">The posting's file name.</param>
/// <param name="Title">The posting's title.</param>
/// <param name="SavedAt">When it was read.</param>
/// <param name="Competencies">The stressed competencies, most emphasised first.</param>
public sealed record SavedPosting(string Id, string Company, string CompanyKey, string Source, string? Title, DateTimeOffset SavedAt, ImmutableArray<PostingCompetency> Competencies)
{
    /// <summary>What to remember of a prep report: its stressed competencies and values.</summary>
    public static SavedPosting From(Prep.PrepReport report, CompanyName company, DateTimeOffset savedAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stressed = report.Competencies.Where(c => c.Stressed)
            .Select(c => new PostingCompetency(c.Competency, c.Emphasis, c.Probes));
        return new SavedPosting(Guid.CreateVersion7(savedAt).ToString(), company.Display, company.Key, report.Source, report.Title, savedAt, [.. stressed]);
    }
}

/// <summary>A company the user has debriefed rounds for, or read a posting of.</summary>
/// <param name="Company">As last written.</param>
/// <param name="CompanyKey">The folded name.</param>
/// <param name="Rounds">Rounds recorded.</param>
/// <param name="LastRound">The day of the latest round.</param>
/// <param name="HasPosting">True when a posting was read for it.</param>
public sealed record CompanySummary(string Company, string CompanyKey, int Rounds, DateOnly? LastRound, bool HasPosting);
