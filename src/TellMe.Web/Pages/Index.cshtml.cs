using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Web.Services;

namespace TellMe.Web.Pages;

/// <summary>The dashboard: what to do tonight, what the check found, coverage, mastery and readiness.</summary>
public sealed class IndexModel(BankViews banks, PracticeViews practice) : PageModel
{
    /// <summary>How many files with findings the dashboard lists before linking to the full check.</summary>
    public const int FilesShown = 8;

    /// <summary>The bank.</summary>
    public BankView View { get; private set; } = null!;

    /// <summary>The practice figures.</summary>
    public PracticeView Practice { get; private set; } = null!;

    /// <summary>Loads the figures (cached per bank and history version).</summary>
    public void OnGet()
    {
        View = banks.Current;
        Practice = practice.Current;
    }
}
