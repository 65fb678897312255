using TellMe.Debrief;
using TellMe.Practice;

namespace TellMe.Web.Services;

/// <summary>
/// The debrief form and the company pages' way to Core's <see cref="DebriefService"/>: over the bank as it is now
/// and the bank's practice history (shared with the drill, under its lock). Reading a company never creates a
/// history; recording a round does, as <c>tellme debrief</c> does.
/// </summary>
public sealed class Debriefs(BankViews banks, MatchService matches, TimeProvider time)
{
    /// <summary>Validates and records a round (one transaction); nothing is written when the outcome has problems.</summary>
    /// <exception cref="PracticeStoreException">The history could not be opened or written; nothing was written.</exception>
    public DebriefOutcome Record(DebriefRequest request) => matches.Debrief(banks.Workspace.Practice, time).Record(request);

    /// <summary>A company's rounds and what to prepare next.</summary>
    /// <exception cref="PracticeStoreException">The history could not be read.</exception>
    public CompanyHistory History(string company) => banks.Workspace.HasPracticeHistory
        ? matches.Debrief(banks.Workspace.Practice, time).History(company)
        : matches.NoHistory(company);

    /// <summary>Every company with rounds or a posting, most recent first; empty without a history.</summary>
    /// <exception cref="PracticeStoreException">The history could not be read.</exception>
    public IReadOnlyList<CompanySummary> Companies() => banks.Workspace.HasPracticeHistory ? banks.Workspace.Practice.Companies() : [];

    /// <summary>Today where the user is: the default day of a round.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
