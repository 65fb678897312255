using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Debrief;
using TellMe.Practice;
using TellMe.Web.Services;

namespace TellMe.Web.Pages.Companies;

/// <summary>Every company with debriefed rounds or a posting, most recent first.</summary>
public sealed class IndexModel(Debriefs debriefs) : PageModel
{
    /// <summary>The companies.</summary>
    public IReadOnlyList<CompanySummary> Companies { get; private set; } = [];
    /// <summary>Why the history could not be read.</summary>
    public string? Problem { get; private set; }

    /// <summary>Lists them.</summary>
    public void OnGet()
    {
        try { Companies = debriefs.Companies(); }
        catch (PracticeStoreException ex) { Problem = ex.Message; }
    }
}
