using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Practice;
using TellMe.Practice.Audio;
using TellMe.Practice.Drill;
using TellMe.Practice.Feedback;
using TellMe.Practice.Scheduling;
using TellMe.Web.Services;

namespace TellMe.Web.Pages.Drill;

/// <summary>
/// One drill: the card with its countdown; the reveal (with feedback on a typed answer); the rating, saved before the
/// next card is shown (POST, then redirect to the next card).
/// </summary>
public sealed class SessionModel(DrillSessions drills, SpokenAnswers spoken, TimeProvider time) : PageModel
{
    /// <summary>The largest recording accepted: the request limit, less room for the form around it.</summary>
    public const long MaxRecordingBytes = TellMeServer.MaxRequestBody - 64 * 1024;

    /// <summary>A recorded answer (the browser's MediaRecorder: WebM or Ogg; WAV works too).</summary>
    [BindProperty] public IFormFile? Recording { get; set; }
    /// <summary>Keep the recording under the bank's .tellme/audio/ (off by default: nothing of the voice is stored).</summary>
    [BindProperty] public bool KeepAudio { get; set; }

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
    /// <summary>Feedback on the typed answer, or on the transcript of the recorded one.</summary>
    public AnswerFeedback? Feedback { get; private set; }
    /// <summary>Feedback on the recorded answer: what only audio shows.</summary>
    public SpokenResult? Spoken { get; private set; }
    /// <summary>Why the recording could not be used, shown on the card.</summary>
    public string? RecordingProblem { get; private set; }
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
            drill.Spoken = null;
            Feedback = drill.Feedback();
            Now = time.GetUtcNow();
            Preview = drill.Session.Scheduler.Preview(Turn.Schedule, Now < Turn.ShownAt ? Turn.ShownAt : Now);
            Revealed = true;
        }
        return Page();
    }

    /// <summary>
    /// Feedback on a recorded answer: the upload goes to the CLI's spoken-feedback service (decoded, transcribed and
    /// analysed on this machine, then dropped unless kept), and the card is revealed with the feedback before the
    /// rating. A recording that cannot be used is answered 400 with the card and the reason.
    /// </summary>
    public async Task<IActionResult> OnPostRecordingAsync(string id, CancellationToken cancellationToken)
    {
        if (drills.Find(id) is not { } drill) return NotFound();
        Drill = drill;
        DrillTurn? turn;
        lock (drill.Lock) turn = drill.CurrentTurn();
        if (turn is null) return Redirect($"/drill/{id}");
        SpokenResult? result = null;
        if (Recording is null) RecordingProblem = "no recording was sent: record your answer, then press Stop";
        else if (Recording.Length > MaxRecordingBytes) RecordingProblem = $"the recording is over {MaxRecordingBytes / (1024 * 1024)} MB: record a shorter answer";
        else
        {
            try
            {
                await using var upload = Recording.OpenReadStream();
                result = await spoken.AnalyzeAsync(upload, turn.Card, drill.FeedbackOptions, KeepAudio, cancellationToken);
            }
            catch (AudioException ex)
            {
                RecordingProblem = ex.Message;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                RecordingProblem = $"the recording was analysed but could not be kept: {ex.Message}";
            }
        }
        lock (drill.Lock)
        {
            Turn = drill.CurrentTurn();
            Now = time.GetUtcNow();
            if (Turn is null || !ReferenceEquals(Turn, turn)) return Redirect($"/drill/{id}");
            if (result is null)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
            drill.Spoken = result;
            drill.Answer = result.Feedback.Speech.Sentences.IsDefaultOrEmpty ? null : string.Join("\n", result.Feedback.Speech.Sentences.Select(s => s.Text));
            Spoken = result;
            Feedback = result.Feedback.Feedback with { Findings = [.. result.Feedback.Feedback.Findings, .. result.Feedback.Findings] };
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
            drill.Spoken = null;
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
            drill.Spoken = null;
        }
        return Redirect($"/drill/{id}");
    }
}
