using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Web.Services;

namespace TellMe.Web.Pages;

/// <summary>Every finding of the check, grouped by file, a page of files at a time.</summary>
public sealed class CheckModel(BankViews banks) : PageModel
{
    /// <summary>Files per page.</summary>
    public const int PageSize = 50;

    /// <summary>The bank.</summary>
    public BankView View { get; private set; } = null!;

    /// <summary>The page, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Loads.</summary>
    public void OnGet()
    {
        View = banks.Current;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (View.DiagnosticsByFile.Length + PageSize - 1) / PageSize));
    }
}
