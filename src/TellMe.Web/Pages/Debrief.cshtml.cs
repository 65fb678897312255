using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Bank.Files;
using TellMe.Debrief;
using TellMe.Debrief.Transcripts;
using TellMe.Diagnostics;
using TellMe.Plan;
using TellMe.Practice;
using TellMe.Web.Services;

namespace TellMe.Web.Pages;

/// <summary>What the company page shows once after a round was recorded (carried across the redirect).</summary>
/// <param name="RoundId">The round recorded.</param>
/// <param name="Warnings">The outcome's warnings (a story already told to this company…).</param>
/// <param name="Reviews">The rated answers scheduled as reviews.</param>
/// <param name="Transcript">How a transcript was read, when the questions came from one.</param>
public sealed record RecordedRound(string RoundId, string[] Warnings, RecordedReview[] Reviews, string? Transcript)
{
    /// <summary>The TempData key.</summary>
    public const string Key = "Recorded";

    /// <summary>As TempData keeps it.</summary>
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>From TempData; null when there is none or it is not ours.</summary>
    public static RecordedRound? FromJson(string? json)
    {
        if (json is null) return null;
        try { return JsonSerializer.Deserialize<RecordedRound>(json); }
        catch (JsonException) { return null; }
    }
}

/// <summary>A review a rated answer scheduled.</summary>
/// <param name="Question">The question.</param>
/// <param name="Card">The card reviewed.</param>
/// <param name="Rating">"2 hard".</param>
/// <param name="Due">When it comes back.</param>
public sealed record RecordedReview(string Question, string Card, string Rating, DateTimeOffset Due);

/// <summary>
/// The debrief form: a real round's company, label, day, interviewer type, questions (a list or a transcript, typed,
/// pasted or uploaded) and notes, recorded by Core's <see cref="DebriefService"/> exactly as <c>tellme debrief</c>
/// records it; then the company page (POST, redirect, GET). Bad input shows the form again, with the problem beside
/// its field, and records nothing.
/// </summary>
public sealed class DebriefModel(BankViews banks, Debriefs debriefs) : PageModel
{
    /// <summary>The company.</summary>
    [BindProperty(SupportsGet = true)] public string? Company { get; set; }
    /// <summary>The round's label.</summary>
    [BindProperty] public string? Round { get; set; }
    /// <summary>The day, YYYY-MM-DD.</summary>
    [BindProperty] public string? Date { get; set; }
    /// <summary>The interviewer type's ID; empty to guess it from the label.</summary>
    [BindProperty] public string? Type { get; set; }
    /// <summary>The interviewer's name(s), comma-separated.</summary>
    [BindProperty] public string? Interviewer { get; set; }
    /// <summary>The questions, one a line.</summary>
    [BindProperty] public string? Questions { get; set; }
    /// <summary>A pasted transcript.</summary>
    [BindProperty] public string? Transcript { get; set; }
    /// <summary>An uploaded transcript.</summary>
    [BindProperty] public IFormFile? TranscriptFile { get; set; }
    /// <summary>Notes on the round.</summary>
    [BindProperty] public string? Notes { get; set; }

    /// <summary>Problems by field (<c>company</c>, <c>round</c>, <c>date</c>, <c>type</c>, <c>questions</c>, <c>transcript</c>, <c>notes</c>, or <c>form</c>).</summary>
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The interviewer types, as <c>--type</c> takes them.</summary>
    public ImmutableArray<InterviewerType> Types => InterviewerTypes.Embedded.All;

    /// <summary>Stories and answers to name, for the questions' hint.</summary>
    public TellMe.Bank.StoryBank Bank => banks.Current.Snapshot.Bank;

    /// <summary>Companies debriefed before, to pick from.</summary>
    public IReadOnlyList<CompanySummary> Known
    {
        get
        {
            try { return debriefs.Companies(); }
            catch (PracticeStoreException) { return []; }
        }
    }

    /// <summary>The problems of one field.</summary>
    public IReadOnlyList<string> ErrorsOf(string field) => Errors.TryGetValue(field, out var list) ? list : [];

    /// <summary>The empty form, dated today.</summary>
    public void OnGet() => Date = debriefs.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Records the round and shows the company page, or the form again with what is wrong.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Company)) Error("company", "Give the company the round was with.");
        if (string.IsNullOrWhiteSpace(Round)) Error("round", "Give the round a label, e.g. “phone screen” or “onsite 2”.");
        DateOnly? heldOn = null;
        if (!string.IsNullOrWhiteSpace(Date))
        {
            if (DateOnly.TryParseExact(Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) heldOn = day;
            else Error("date", $"“{Date}” is not a day; write YYYY-MM-DD.");
        }
        InterviewerType? type = null;
        if (!string.IsNullOrWhiteSpace(Type) && (type = InterviewerTypes.Embedded.Find(Type)) is null)
            Error("type", $"Unknown interviewer type “{Type}”; choose one of the list.");
        if (Notes is { Length: > DebriefInput.MaxNotes })
            Error("notes", string.Create(CultureInfo.InvariantCulture, $"The notes are too long: {Notes.Length:N0} characters, at most {DebriefInput.MaxNotes:N0}."));

        string? transcript = Transcript;
        if (TranscriptFile is { Length: > 0 } file)
        {
            if (!string.IsNullOrWhiteSpace(Transcript)) Error("transcript", "Paste a transcript or upload one, not both.");
            else transcript = await ReadUpload(file);
        }
        var interviewers = (Interviewer ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        DebriefQuestions? read = null;
        if (!Errors.ContainsKey("transcript"))
        {
            read = DebriefInput.Read(Questions, transcript, new ExtractionOptions(interviewers), Bank.Settings.Owner);
            foreach (var problem in read.Problems) Error(read.Field!, Sentence(problem.Text));
        }
        if (Errors.Count > 0 || read is null) return Invalid();

        if (interviewers.Length == 0 && read.Extraction is { Interviewers.IsEmpty: false } found) interviewers = [.. found.Interviewers];
        DebriefOutcome outcome;
        try
        {
            outcome = debriefs.Record(new DebriefRequest
            {
                Company = Company!,
                Round = Round!,
                Questions = read.Questions,
                HeldOn = heldOn,
                Type = type,
                Interviewer = interviewers.Length == 0 ? null : string.Join(", ", interviewers),
                Source = read.Source,
                Notes = Notes,
            });
        }
        catch (PracticeStoreException ex)
        {
            Error("form", $"Nothing was recorded: {ex.Message}");
            return Invalid();
        }
        if (!outcome.Problems.IsEmpty)
        {
            foreach (var p in outcome.Problems) Error(p.Line > 0 ? read.Source : "form", Sentence(p.Line > 0 ? $"line {p.Line}: {p.Message}" : p.Message));
            return Invalid();
        }

        var round = outcome.Round!;
        string? how = read.Extraction is { } x
            ? $"The transcript was read as {Describe(x.Format)}: {round.Questions.Length} question(s) from {string.Join(", ", x.Interviewers.DefaultIfEmpty("every speaker"))} ({x.HowDecided})."
            : null;
        TempData[RecordedRound.Key] = new RecordedRound(round.Id, [.. outcome.Warnings],
            [.. outcome.Reviews.Select(r => new RecordedReview(r.Question, r.Card.ToString(), QuestionList.Describe(r.Rating), r.Due))], how).ToJson();
        return Redirect(Companies.CompanyModel.Link(round.CompanyKey));
    }

    private static string Describe(TranscriptFormat format) => format switch
    {
        TranscriptFormat.WebVtt => "WebVTT",
        TranscriptFormat.Srt => "SRT",
        TranscriptFormat.SpeakerLines => "“Speaker: text” lines",
        _ => format.ToString(),
    };

    private IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<string?> ReadUpload(IFormFile file)
    {
        // Checked before reading: a file the form's limit let through is still bounded by what a transcript may be.
        if (file.Length > DebriefInput.MaxLength * 4L)
        {
            Error("transcript", string.Create(CultureInfo.InvariantCulture, $"The file {file.FileName} is too large ({file.Length:N0} bytes); a transcript is at most {DebriefInput.MaxLength:N0} characters."));
            return null;
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var problems = new List<Diagnostic>();
        string? text = SafeFile.Decode(buffer.ToArray(), file.FileName, problems);
        foreach (var p in problems) Error("transcript", Sentence($"the file {file.FileName}: {p.Message}"));
        return text;
    }

    private void Error(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var list)) Errors[field] = list = [];
        list.Add(message);
    }

    // Core words problems for a line of output ("line 2: no story…"); the form shows them as sentences.
    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".");
}
