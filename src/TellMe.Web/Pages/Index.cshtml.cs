using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Bank;
using TellMe.Debrief;
using TellMe.Practice;
using TellMe.Practice.Stats;
using TellMe.Web.Services;

namespace TellMe.Web.Pages;

/// <summary>The dashboard: what to do tonight, what the check found, coverage, mastery and readiness.</summary>
public sealed class IndexModel(DashboardViews dashboards) : PageModel
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

    /// <summary>Takes the figures (computed once per bank version, history version and minute).</summary>
    public void OnGet()
    {
        var d = dashboards.Current;
        (View, Practice, PrincipleMastery, CompetencyMastery, Companies) = (d.Bank, d.Practice, d.PrincipleMastery, d.CompetencyMastery, d.Companies);
    }
}
