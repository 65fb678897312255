using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Bank;
using TellMe.Web.Services;

namespace TellMe.Web.Pages.Stories;

/// <summary>One prepared answer, its points filled in from its story as the pages show them.</summary>
public sealed class AnswerModel(BankViews banks) : PageModel
{
    /// <summary>The bank.</summary>
    public BankView View { get; private set; } = null!;
    /// <summary>The answer.</summary>
    public Answer Answer { get; private set; } = null!;
    /// <summary>The story it tells, if any.</summary>
    public Story? Story { get; private set; }
    /// <summary>Set after a save.</summary>
    [TempData] public string? Flash { get; set; }

    /// <summary>Shows the answer whose file is <c>answers/{slug}.md</c>.</summary>
    public IActionResult OnGet(string slug)
    {
        View = banks.Current;
        string file = $"answers/{slug}.md";
        if (View.Snapshot.Bank.Answers.FirstOrDefault(a => a.File == file) is not { } answer) return NotFound();
        Answer = answer;
        Story = answer.Story is { } id ? View.Snapshot.Bank.Find(id) : null;
        return Page();
    }
}
