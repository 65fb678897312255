using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Practice;
using TellMe.Practice.Feedback;
using TellMe.Web.Services;

namespace TellMe.Web.Pages.Drill;

/// <summary>Where a drill starts: what is due, and the session's settings.</summary>
public sealed class IndexModel(PracticeViews practice, DrillSessions drills) : PageModel
{
    /// <summary>Rate with missed it / got it.</summary>
    [BindProperty] public bool PassFail { get; set; }
    /// <summary>Countdown in seconds.</summary>
    [BindProperty] public int Seconds { get; set; } = (int)FeedbackOptions.DefaultTarget.TotalSeconds;
    /// <summary>New cards to introduce.</summary>
    [BindProperty] public int NewCards { get; set; } = 10;
    /// <summary>Drill ahead when nothing is due.</summary>
    [BindProperty] public bool All { get; set; }

    /// <summary>The practice figures.</summary>
    public PracticeView Practice { get; private set; } = null!;
    /// <summary>Why a drill could not start.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows what is due.</summary>
    public void OnGet() => Practice = practice.Current;

    /// <summary>Starts a drill and shows its first card.</summary>
    public IActionResult OnPost()
    {
        Practice = practice.Current;
        if (Seconds is < 10 or > 3600 || NewCards is < 0 or > 500)
        {
            Problem = "The countdown is 10 seconds to an hour, and new cards 0 to 500.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        try
        {
            var drill = drills.Start(new DrillSettings { PassFail = PassFail, Time = TimeSpan.FromSeconds(Seconds), NewCards = NewCards, All = All });
            return Redirect($"/drill/{drill.Id}");
        }
        catch (PracticeStoreException ex)
        {
            Problem = ex.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }
}
