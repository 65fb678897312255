using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Debrief;
using TellMe.Practice;
using TellMe.Practice.Stats;

namespace TellMe.Web.Services;

/// <summary>What the dashboard shows beyond the bank view and the practice figures, derived from both.</summary>
/// <param name="Bank">The bank version it was made from.</param>
/// <param name="Practice">The practice figures it was made from.</param>
/// <param name="PrincipleMastery">Mastery of each framework, one row per principle that has cards, in the framework's order.</param>
/// <param name="CompetencyMastery">Mastery of the general competencies (and "other"), apart from the bank's principles.</param>
/// <param name="Companies">The companies debriefed, most recent first (empty without a history or when it cannot be read).</param>
public sealed record DashboardView(
    BankView Bank,
    PracticeView Practice,
    ImmutableArray<(Framework Framework, ImmutableArray<MasteryRow> Rows)> PrincipleMastery,
    ImmutableArray<MasteryRow> CompetencyMastery,
    IReadOnlyList<CompanySummary> Companies);

/// <summary>
/// The dashboard's figures, kept while the bank view and the practice figures they come from are the same objects:
/// a new bank version (a file edited on disk or saved here), a write to the history (a review, a debriefed round) or
/// the next minute makes <see cref="PracticeViews"/> compute new figures, and with them a new dashboard. Without this,
/// each request regrouped the mastery rows and queried the history for the companies under the store's lock.
/// </summary>
public sealed class DashboardViews(BankViews banks, PracticeViews practice, Debriefs debriefs)
{
    private readonly Lock _lock = new();
    private DashboardView? _cached;

    /// <summary>The dashboard now.</summary>
    public DashboardView Current
    {
        get
        {
            var figures = practice.Current;
            var view = banks.Current;
            var cached = _cached;
            if (cached is not null && ReferenceEquals(cached.Bank, view) && ReferenceEquals(cached.Practice, figures)) return cached;
            lock (_lock)
            {
                if (_cached is { } again && ReferenceEquals(again.Bank, view) && ReferenceEquals(again.Practice, figures)) return again;
                var computed = Compute(view, figures);
                _cached = computed;
                return computed;
            }
        }
    }

    private DashboardView Compute(BankView view, PracticeView figures)
    {
        IReadOnlyList<CompanySummary> companies;
        try { companies = debriefs.Companies(); }
        catch (PracticeStoreException) { companies = []; } // the practice banner says why

        // The rows are matched to the bank's principles by competency ID, as the match page puts principles first.
        var byId = figures.Stats.Mastery.Where(m => m.Id is not null).ToDictionary(m => m.Id!.Value);
        ImmutableArray<(Framework, ImmutableArray<MasteryRow>)> principles = [.. view.Snapshot.Bank.Frameworks.Select(f => (f, ImmutableArray.CreateRange(f.Principles
            .Select(p => byId.TryGetValue(new(f.Id, p.Id), out var row) ? row : null).OfType<MasteryRow>())))];
        var shown = principles.SelectMany(f => f.Item2).ToHashSet();
        return new DashboardView(view, figures, principles, [.. figures.Stats.Mastery.Where(m => !shown.Contains(m))], companies);
    }
}
