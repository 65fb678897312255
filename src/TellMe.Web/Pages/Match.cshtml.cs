using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Bank;
using TellMe.Match;
using TellMe.Web.Services;

namespace TellMe.Web.Pages;

/// <summary>Type a question, see the answers and stories that fit, with why; teach a correction.</summary>
public sealed class MatchModel(BankViews banks, MatchService matches) : PageModel
{
    /// <summary>The question.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>The answer key or principle to teach.</summary>
    [BindProperty] public string? Label { get; set; }

    /// <summary>The result, when there is a question.</summary>
    public MatchResult? Result { get; private set; }
    /// <summary>What teaching did.</summary>
    public string? Taught { get; private set; }
    /// <summary>Whether teaching was refused.</summary>
    public bool TaughtRefused { get; private set; }
    /// <summary>The bank.</summary>
    public StoryBank Bank { get; private set; } = StoryBank.Empty;

    /// <summary>The page, with results for <see cref="Q"/>.</summary>
    public void OnGet()
    {
        Bank = banks.Current.Snapshot.Bank;
        if (!string.IsNullOrWhiteSpace(Q)) Result = matches.Match(Q, 5);
        Taught = TempData["Taught"] as string;
    }

    /// <summary>Only the results, for the live search as the question is typed.</summary>
    public IActionResult OnGetResults()
    {
        Bank = banks.Current.Snapshot.Bank;
        Result = string.IsNullOrWhiteSpace(Q) ? null : matches.Match(Q, 5);
        return Partial("_MatchResults", this);
    }

    /// <summary>Teaches the question (questions.yaml) and shows the match again.</summary>
    public IActionResult OnPostTeach()
    {
        var view = banks.Current;
        var result = QuestionTeacher.Teach(banks.Workspace.Root, view.Snapshot.Bank, Q ?? "", Label ?? "");
        if (result.Outcome == TeachOutcome.Refused)
        {
            Bank = view.Snapshot.Bank;
            Taught = result.Message;
            TaughtRefused = true;
            if (!string.IsNullOrWhiteSpace(Q)) Result = matches.Match(Q, 5);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        banks.Refresh();
        TempData["Taught"] = result.Message;
        return Redirect("/match?q=" + Uri.EscapeDataString(Q ?? ""));
    }
}
