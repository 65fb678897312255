using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Plan;
using TellMe.Web.Services;

namespace TellMe.Web.Pages;

/// <summary>Plans a loop: a primary and a backup story per slot, none told twice; printable on one page.</summary>
public sealed class PlanModel(BankViews banks, MatchService matches) : PageModel
{
    /// <summary>"generate", "competencies" or "questions".</summary>
    [BindProperty(SupportsGet = true)] public string Mode { get; set; } = "generate";
    /// <summary>Comma-separated principles or competencies.</summary>
    [BindProperty(SupportsGet = true)] public string? Competencies { get; set; }
    /// <summary>One question per line.</summary>
    [BindProperty(SupportsGet = true)] public string? Questions { get; set; }
    /// <summary>Interviewers of a generated loop.</summary>
    [BindProperty(SupportsGet = true)] public int Interviewers { get; set; } = 4;
    /// <summary>Competencies per interviewer.</summary>
    [BindProperty(SupportsGet = true)] public int Per { get; set; } = 2;
    /// <summary>The framework of a generated loop.</summary>
    [BindProperty(SupportsGet = true)] public string Framework { get; set; } = "amazon";
    /// <summary>The seed of a generated loop.</summary>
    [BindProperty(SupportsGet = true)] public int? Seed { get; set; }
    /// <summary>True once the form was submitted.</summary>
    [BindProperty(SupportsGet = true)] public bool Go { get; set; }

    /// <summary>The plan.</summary>
    public LoopPlan? Plan { get; private set; }

    /// <summary>The page of the answer with this key (its file's name), or null when the bank has none.</summary>
    public string? AnswerSlug(string key) =>
        banks.Current.Snapshot.Bank.FindAnswer(key) is { } answer ? Path.GetFileNameWithoutExtension(answer.File) : null;
    /// <summary>Why there is no plan.</summary>
    public string? Problem { get; private set; }
    /// <summary>Frameworks to generate from.</summary>
    public IReadOnlyList<(string Id, string Name)> Frameworks { get; private set; } = [];
    /// <summary>The bank owner's name, for the printed page.</summary>
    public string? Owner { get; private set; }

    /// <summary>Shows the form and, once submitted, the plan.</summary>
    public void OnGet()
    {
        Owner = banks.Current.Snapshot.Bank.Settings.Owner;
        Frameworks = matches.Frameworks;
        if (!Go) return;
        (Plan, Problem) = matches.Plan(new PlanRequest
        {
            Mode = Mode, Competencies = Competencies, Questions = Questions?.Replace("\r\n", "\n", StringComparison.Ordinal),
            Interviewers = Interviewers, Per = Per, Framework = Framework, Seed = Seed,
        });
        if (Plan?.Seed is { } seed) Seed = seed;
    }
}
