using TellMe.Practice;
using TellMe.Practice.Cards;

namespace TellMe.Debrief;

/// <summary>
/// The practice history with the user's real interviews: debriefed rounds and the postings read for a
/// company. Defined in Core like <see cref="IPracticeStore"/>, implemented in <c>TellMe.Data</c>.
/// </summary>
/// <remarks>
/// <see cref="RecordRound"/> is atomic: the cards' sync, the round, its questions and the reviews its ratings
/// scheduled (with their cards' new schedules) are written in one transaction, or nothing is. Failures are
/// <see cref="PracticeStoreException"/>s with a message for the user.
/// </remarks>
public interface IInterviewStore : IPracticeStore
{
    /// <summary>
    /// Saves a round and the reviews of its rated answers in one transaction. First, when
    /// <paramref name="deck"/> is given, the stored cards are synced with it as
    /// <see cref="IPracticeStore.SyncCards"/> does (at the round's <see cref="InterviewRound.RecordedAt"/>), so
    /// a review's card exists. Each review is checked like <see cref="IPracticeStore.RecordReview"/> (a card
    /// changed meanwhile is a conflict), and any failure leaves the history as it was, cards included.
    /// </summary>
    /// <param name="round">The round with its questions.</param>
    /// <param name="reviews">The reviews its rated answers scheduled.</param>
    /// <param name="deck">The bank's cards to sync first; null to leave the cards as they are (a round without ratings).</param>
    void RecordRound(InterviewRound round, IReadOnlyList<ReviewRecord> reviews, IReadOnlyCollection<Card>? deck);

    /// <summary>The rounds of a company (by <see cref="CompanyName.Key"/>), oldest first.</summary>
    IReadOnlyList<InterviewRound> Rounds(string companyKey);

    /// <summary>Every company with rounds or a posting, most recent first.</summary>
    IReadOnlyList<CompanySummary> Companies();

    /// <summary>Remembers the stressed competencies of a posting read for a company.</summary>
    void SavePosting(SavedPosting posting);

    /// <summary>The latest posting read for a company, or null.</summary>
    SavedPosting? LatestPosting(string companyKey);
}
