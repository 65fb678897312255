using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Practice;
using TellMe.Practice.Drill;
using TellMe.Practice.Feedback;
using TellMe.Practice.Scheduling;
using TellMe.Web.Services;

namespace TellMe.Web.Pages.Drill;

/// <summary>
/// One drill: the card with its countdown; the reveal (with feedback on a typed answer); the rating, saved before the
/// next card is shown (POST, then redirect to the next card).
/// </summary>
public sealed class SessionModel(DrillSessions drills, TimeProvider time) : PageModel
{
    /// <summary>The typed answer, if any.</summary>
    [BindProperty] public string? Answer { get; set; }
    /// <summary>The rating: 1–4 (again, hard, good, easy).</summary>
    [BindProperty] public int Rating { get; set; }

    /// <summary>The drill.</summary>
    public WebDrill Drill { get; private set; } = null!;
    /// <summary>The card on screen; null when nothing is left.</summary>
    public DrillTurn? Turn { get; private set; }
    /// <summary>True on the reveal step.</summary>
    public bool Revealed { get; private set; }
    /// <summary>Feedback on the typed answer.</summary>
    public AnswerFeedback? Feedback { get; private set; }
    /// <summary>What each rating would do, as of now.</summary>
    public SchedulingPreview? Preview { get; private set; }
    /// <summary>The next due time when nothing is left.</summary>
    public DateTimeOffset? NextDue { get; private set; }
    /// <summary>The acknowledgement of the review just saved.</summary>
    public DrillOutcome? Saved { get; private set; }
    /// <summary>Now.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>The card (drawing the next one if needed).</summary>
    public IActionResult OnGet(string id)
    {
        if (drills.Find(id) is not { } drill) return NotFound();
        Drill = drill;
        lock (drill.Lock)
        {
            Saved = drill.LastSaved;
            drill.LastSaved = null;
            Turn = drill.CurrentTurn();
            if (Turn is null) NextDue = drill.Session.NextDue();
        }
        Now = time.GetUtcNow();
        return Page();
    }

    /// <summary>Reveals the card, with feedback on the typed answer.</summary>
    public IActionResult OnPostReveal(string id)
    {
        if (drills.Find(id) is not { } drill) return NotFound();
        Drill = drill;
        lock (drill.Lock)
        {
            Turn = drill.CurrentTurn();
            if (Turn is null) return Redirect($"/drill/{id}");
            drill.Answer = string.IsNullOrWhiteSpace(Answer) ? null : Answer;
            Feedback = drill.Feedback();
            Now = time.GetUtcNow();
            Preview = drill.Session.Scheduler.Preview(Turn.Schedule, Now < Turn.ShownAt ? Turn.ShownAt : Now);
            Revealed = true;
        }
        return Page();
    }

    /// <summary>Saves the rating (one transaction), then shows the next card.</summary>
    public IActionResult OnPostRate(string id)
    {
        if (drills.Find(id) is not { } drill) return NotFound();
        Drill = drill;
        if (Rating is < 1 or > 4 || (drill.Settings.PassFail && Rating is not (1 or 3))) return BadRequest("rating must be 1-4 (pass/fail: 1 or 3)");
        lock (drill.Lock)
        {
            if (drill.Turn is not { } turn) return Redirect($"/drill/{id}");
            try
            {
                drill.LastSaved = drill.Session.Rate(turn, (Rating)Rating, drill.Answer);
            }
            catch (PracticeStoreException ex)
            {
                return StatusCode(StatusCodes.Status409Conflict, ex.Message);
            }
            drill.Turn = null;
            drill.Answer = null;
        }
        return Redirect($"/drill/{id}");
    }

    /// <summary>Skips the card without rating it.</summary>
    public IActionResult OnPostSkip(string id)
    {
        if (drills.Find(id) is not { } drill) return NotFound();
        lock (drill.Lock)
        {
            if (drill.Turn is { } turn) drill.Session.Skip(turn);
            drill.Turn = null;
            drill.Answer = null;
        }
        return Redirect($"/drill/{id}");
    }
}
