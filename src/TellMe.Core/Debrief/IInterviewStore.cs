using TellMe.Practice;

namespace TellMe.Debrief;

/// <summary>
/// The practice history with the user's real interviews: debriefed rounds and the postings read for a
/// company. Defined in Core like <see cref="IPracticeStore"/>, implemented in <c>TellMe.Data</c>.
/// </summary>
/// <remarks>
/// <see cref="RecordRound"/> is atomic: the round, its questions and the reviews its ratings scheduled (with
/// their cards' new schedules) are written in one transaction, or nothing is. Failures are
/// <see cref="PracticeStoreException"/>s with a message for the user.
/// </remarks>
public interface IInterviewStore : IPracticeStore
{
    /// <summary>
    /// Saves a round and the reviews of its rated answers in one transaction. Each review is checked like
    /// <see cref="IPracticeStore.RecordReview"/> (a card changed meanwhile is a conflict), and any failure
    /// leaves the history as it was.
    /// </summary>
    void RecordRound(InterviewRound round, IReadOnlyList<ReviewRecord> reviews);

    /// <summary>The rounds of a company (by <see cref="CompanyName.Key"/>), oldest first.</summary>
    IReadOnlyList<InterviewRound> Rounds(string companyKey);

    /// <summary>Every company with rounds or a posting, most recent first.</summary>
    IReadOnlyList<CompanySummary> Companies();

    /// <summary>Remembers the stressed competencies of a posting read for a company.</summary>
    void SavePosting(SavedPosting posting);

    /// <summary>The latest posting read for a company, or null.</summary>
    SavedPosting? LatestPosting(string companyKey);
}
