using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Bank;
using TellMe.Debrief;
using TellMe.Practice;
using TellMe.Practice.Stats;
using TellMe.Web.Services;

namespace TellMe.Web.Pages;

/// <summary>The dashboard: what to do tonight, what the check found, coverage, mastery and readiness.</summary>
public sealed class IndexModel(BankViews banks, PracticeViews practice, Debriefs debriefs) : PageModel
{
    /// <summary>How many files with findings the dashboard lists before linking to the full check.</summary>
    public const int FilesShown = 8;

    /// <summary>The bank.</summary>
    public BankView View { get; private set; } = null!;

    /// <summary>The practice figures.</summary>
    public PracticeView Practice { get; private set; } = null!;

    /// <summary>Mastery of each of the bank's frameworks, one row per principle that has cards, in the framework's order.</summary>
    public ImmutableArray<(Framework Framework, ImmutableArray<MasteryRow> Rows)> PrincipleMastery { get; private set; } = [];

    /// <summary>Mastery of the general competencies (and "other"), apart from the bank's principles.</summary>
    public ImmutableArray<MasteryRow> CompetencyMastery { get; private set; } = [];

    /// <summary>The companies debriefed, most recent first (empty without a history or when it cannot be read).</summary>
    public IReadOnlyList<CompanySummary> Companies { get; private set; } = [];

    /// <summary>Loads the figures (cached per bank and history version).</summary>
    public void OnGet()
    {
        try { Companies = debriefs.Companies(); }
        catch (PracticeStoreException) { Companies = []; } // the practice banner says why

        View = banks.Current;
        Practice = practice.Current;
        // The rows are matched to the bank's principles by competency ID, as the match page puts principles first.
        var byId = Practice.Stats.Mastery.Where(m => m.Id is not null).ToDictionary(m => m.Id!.Value);
        var bank = View.Snapshot.Bank;
        PrincipleMastery = [.. bank.Frameworks.Select(f => (f, ImmutableArray.CreateRange(f.Principles
            .Select(p => byId.TryGetValue(new(f.Id, p.Id), out var row) ? row : null).OfType<MasteryRow>())))];
        var shown = PrincipleMastery.SelectMany(f => f.Rows).ToHashSet();
        CompetencyMastery = [.. Practice.Stats.Mastery.Where(m => !shown.Contains(m))];
    }
}
