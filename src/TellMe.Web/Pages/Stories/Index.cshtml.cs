using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Insights;
using TellMe.Web.Services;

namespace TellMe.Web.Pages.Stories;

/// <summary>Stories and answers: a filterable, searchable list.</summary>
public sealed class IndexModel(BankViews banks) : PageModel
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    /// <summary>Words to find.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>"story", "answer" or empty.</summary>
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    /// <summary>Company filter.</summary>
    [BindProperty(SupportsGet = true)] public string? Company { get; set; }
    /// <summary>Tag filter.</summary>
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    /// <summary>The page, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    /// <summary>The bank.</summary>
    public BankView View { get; private set; } = null!;
    /// <summary>All matches.</summary>
    public int Total { get; private set; }
    /// <summary>This page's matches.</summary>
    public IReadOnlyList<SearchEntry> Rows { get; private set; } = [];

    /// <summary>Searches.</summary>
    public void OnGet()
    {
        View = banks.Current;
        var query = new SearchQuery
        {
            Text = Q,
            Kind = Kind switch { "story" => SearchKind.Story, "answer" => SearchKind.Answer, _ => null },
            Company = Company,
            Tag = Tag,
        };
        var all = View.Search.Find(query).ToList();
        Total = all.Count;
        int pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, pages);
        Rows = all.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    /// <summary>The link to another page of the same search.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["kind"] = Kind, ["company"] = Company, ["tag"] = Tag, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    /// <summary>Where a row links to.</summary>
    public static string Link(SearchEntry entry) => entry.Kind == SearchKind.Story
        ? $"/stories/{entry.Key}"
        : $"/answers/{Path.GetFileNameWithoutExtension(entry.File)}";
}
