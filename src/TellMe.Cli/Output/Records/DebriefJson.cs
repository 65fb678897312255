using TellMe.Competencies;
using TellMe.Debrief;
using TellMe.Debrief.Transcripts;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;

namespace TellMe.Cli.Output;

/// <summary>The JSON of <c>tellme debrief --round … --json</c>: the round recorded, what was scheduled, the warnings and what to prepare next.</summary>
/// <param name="Round">The round as saved.</param>
/// <param name="Transcript">How the questions were found, when they came from a transcript.</param>
/// <param name="Warnings">A story already told to the company, a rating without a story.</param>
/// <param name="Reviews">The rated answers scheduled as reviews.</param>
/// <param name="Next">What to prepare for the next round with the company.</param>
public sealed record DebriefJson(
    DebriefJson.RoundJson Round,
    DebriefJson.TranscriptJson? Transcript,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<DebriefJson.ReviewJson> Reviews,
    DebriefJson.NextJson Next)
{
    /// <summary>The JSON of a recorded debrief.</summary>
    public static DebriefJson From(DebriefOutcome outcome, TranscriptExtraction? transcript) => new(
        RoundJson.From(outcome.Round ?? throw new ArgumentException("nothing was recorded", nameof(outcome))),
        transcript is null ? null : new TranscriptJson(Describe(transcript.Format), transcript.Speakers, transcript.Interviewers, transcript.HowDecided),
        outcome.Warnings,
        [.. outcome.Reviews.Select(r => new ReviewJson(r.Question, r.Card, r.Rating, r.Due, r.ReviewId))],
        NextJson.From(outcome.Next!));

    /// <summary>The format of a transcript as the user knows it: <c>WebVTT</c>, <c>SRT</c>, <c>"Speaker: text" lines</c>.</summary>
    public static string Describe(TranscriptFormat format) => format switch
    {
        TranscriptFormat.WebVtt => "WebVTT",
        TranscriptFormat.Srt => "SRT",
        _ => "\"Speaker: text\" lines",
    };

    /// <summary>A principle or competency: <c>framework</c> and <c>id</c> as in the bank or <c>data/competencies.yaml</c>, the name as the bank spells it.</summary>
    public sealed record CompetencyJson(string Framework, string Id, string Name)
    {
        /// <summary>The JSON of a competency, or null.</summary>
        public static CompetencyJson? From(Competency? c) => c is null ? null : new(c.Framework, c.Id.Slug, c.Name);
    }

    /// <summary>A recorded round; <c>heldOn</c> is the day (YYYY-MM-DD), <c>source</c> <c>questions</c>, <c>transcript</c> or <c>form</c>.</summary>
    public sealed record RoundJson(string Id, string Company, string Label, DateOnly HeldOn, string? InterviewerType, string? Interviewer,
        string Source, string? Notes, DateTimeOffset RecordedAt, IReadOnlyList<QuestionJson> Questions)
    {
        /// <summary>The JSON of a round.</summary>
        public static RoundJson From(InterviewRound r) => new(r.Id, r.Company, r.Label, r.HeldOn, r.InterviewerType, r.Interviewer, r.Source, r.Notes,
            r.RecordedAt, [.. r.Questions.Select(QuestionJson.From)]);
    }

    /// <summary>
    /// One question of a round: what the matcher read it as probing (the bank's <c>principle</c>, the general
    /// <c>competency</c>), the story TellMe suggested, the story or answer told, the rating, the card it was
    /// scheduled on, and its follow-ups.
    /// </summary>
    public sealed record QuestionJson(int Position, string Question, CompetencyJson? Principle, CompetencyJson? Competency, string? SuggestedStory,
        string? Story, string? AnswerKey, Rating? Rating, string? Notes, CardId? Card, string? ReviewId, IReadOnlyList<string> FollowUps)
    {
        /// <summary>The JSON of a question.</summary>
        public static QuestionJson From(RoundQuestion q) => new(q.Position, q.Question, CompetencyJson.From(q.Principle), CompetencyJson.From(q.Competency),
            q.SuggestedStory, q.Story, q.AnswerKey, q.Rating, q.Notes, q.Card, q.ReviewId, q.FollowUps);
    }

    /// <summary>How a transcript was read: its format, the speakers, who was taken as interviewer and why.</summary>
    public sealed record TranscriptJson(string Format, IReadOnlyList<string> Speakers, IReadOnlyList<string> Interviewers, string HowDecided);

    /// <summary>A rated answer scheduled as a review: the card and when it comes back.</summary>
    public sealed record ReviewJson(string Question, CardId Card, Rating Rating, DateTimeOffset Due, string ReviewId);

    /// <summary>What to prepare for the next round with a company.</summary>
    /// <param name="Weak">Questions answered weakly (rated again or hard) so far.</param>
    /// <param name="NotYetAsked">Competencies the latest posting stresses that no round has asked about, each with a story not told yet.</param>
    /// <param name="Unused">Stories not told to the company yet, those suggested for open competencies first.</param>
    /// <param name="Told">Stories already told to the company.</param>
    /// <param name="HasPosting">True when a posting was read for the company; <c>notYetAsked</c> needs one.</param>
    public sealed record NextJson(IReadOnlyList<WeakJson> Weak, IReadOnlyList<OpenJson> NotYetAsked, IReadOnlyList<UnusedJson> Unused, IReadOnlyList<string> Told, bool HasPosting)
    {
        /// <summary>The JSON of a next-round list.</summary>
        public static NextJson From(NextRoundPrep next) => new(
            [.. next.Weak.Select(w => new WeakJson(CompetencyJson.From(w.Topic), w.Question, w.Round, w.Rating, w.Story))],
            [.. next.NotYetAsked.Select(o => new OpenJson(CompetencyJson.From(o.Competency)!, o.Emphasis, o.Story, o.StoryTitle))],
            [.. next.Unused.Select(u => new UnusedJson(u.Id, u.Title, u.For))],
            next.Told,
            next.HasPosting);
    }

    /// <summary>A question answered weakly: what it probed, the question, the round, the rating and the story told.</summary>
    public sealed record WeakJson(CompetencyJson? Probes, string Question, string Round, Rating Rating, string? Story);

    /// <summary>A competency the posting stresses that no round has asked yet, and a story for it not told yet.</summary>
    public sealed record OpenJson(CompetencyJson Competency, double Emphasis, string? Story, string? StoryTitle);

    /// <summary>A story not told to the company yet, and the open competency it is suggested for.</summary>
    public sealed record UnusedJson(string Id, string Title, string? For);
}

/// <summary>The JSON of <c>tellme debrief --company NAME --json</c>: the company's rounds so far and what to prepare next.</summary>
/// <param name="Company">The company as last written.</param>
/// <param name="Rounds">Its rounds, oldest first.</param>
/// <param name="Posting">The latest posting read for it with <c>tellme prep --company</c>.</param>
/// <param name="Next">What to prepare for the next round.</param>
public sealed record DebriefHistoryJson(string Company, IReadOnlyList<DebriefJson.RoundJson> Rounds, DebriefHistoryJson.PostingJson? Posting, DebriefJson.NextJson Next)
{
    /// <summary>The JSON of a company's history.</summary>
    public static DebriefHistoryJson From(CompanyHistory history) => new(
        history.Company,
        [.. history.Rounds.Select(DebriefJson.RoundJson.From)],
        history.Posting is { } p ? new PostingJson(p.Source, p.Title, p.SavedAt,
            [.. p.Competencies.Select(c => new StressedJson(DebriefJson.CompetencyJson.From(c.Competency)!, c.Emphasis, [.. c.Probes.Select(id => id.ToString())]))]) : null,
        DebriefJson.NextJson.From(history.Next));

    /// <summary>The posting remembered: its file, title, when it was read, and the competencies it stresses.</summary>
    public sealed record PostingJson(string Source, string? Title, DateTimeOffset SavedAt, IReadOnlyList<StressedJson> Competencies);

    /// <summary>A competency the posting stresses, its emphasis, and the taxonomy's competencies (<c>framework/id</c>) that count as asking about it.</summary>
    public sealed record StressedJson(DebriefJson.CompetencyJson Competency, double Emphasis, IReadOnlyList<string> Probes);
}
