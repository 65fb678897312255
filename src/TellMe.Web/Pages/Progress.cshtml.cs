using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Web.Services;

namespace TellMe.Web.Pages;

/// <summary>Progress: reviews per day, recall against FSRS's prediction, time per answer, the weakest cards.</summary>
public sealed class ProgressModel(PracticeViews practice) : PageModel
{
    /// <summary>The figures.</summary>
    public PracticeView Practice { get; private set; } = null!;

    /// <summary>Loads.</summary>
    public void OnGet() => Practice = practice.Current;
}
