using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Debrief;
using TellMe.Practice;
using TellMe.Web.Services;

namespace TellMe.Web.Pages.Companies;

/// <summary>
/// A company's page: its rounds so far (each question with what it probed, the story told and how it went), the
/// stories already told there, and what to prepare for the next round — what <c>tellme debrief --company NAME</c>
/// shows. Right after a debrief it also shows what was recorded, the warnings and the reviews scheduled.
/// </summary>
public sealed class CompanyModel(Debriefs debriefs) : PageModel
{
    /// <summary>The company's page address (by its folded name, so "Acme" and "acme " are one page).</summary>
    public static string Link(string company) => "/companies/" + Uri.EscapeDataString(CompanyName.TryCreate(company, out var name) ? name.Key : company);

    /// <summary>The company's history.</summary>
    public CompanyHistory? History { get; private set; }
    /// <summary>What was just recorded, once.</summary>
    public RecordedRound? Recorded { get; private set; }
    /// <summary>Why the history could not be read.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the company.</summary>
    public IActionResult OnGet(string name)
    {
        // The server decodes every escape of the path but %2F (a company named "A/B" keeps its slash encoded).
        name = name.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        if (!CompanyName.TryCreate(name, out _)) return NotFound();
        Recorded = RecordedRound.FromJson(TempData[RecordedRound.Key] as string);
        try { History = debriefs.History(name); }
        catch (PracticeStoreException ex) { Problem = ex.Message; }
        return Page();
    }
}
