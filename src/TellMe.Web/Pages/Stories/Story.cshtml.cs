using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Bank;
using TellMe.Check;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Web.Services;

namespace TellMe.Web.Pages.Stories;

/// <summary>One story, rendered, with where it is used, its findings and its card.</summary>
public sealed class StoryModel(BankViews banks, PracticeViews practice) : PageModel
{
    /// <summary>The bank.</summary>
    public BankView View { get; private set; } = null!;
    /// <summary>The story.</summary>
    public Story Story { get; private set; } = null!;
    /// <summary>Who cites it.</summary>
    public StoryUsage Usage { get; private set; } = null!;
    /// <summary>Its card's stored schedule, if drilled.</summary>
    public StoredCard? Card { get; private set; }
    /// <summary>Set after a save.</summary>
    [TempData] public string? Flash { get; set; }

    /// <summary>Shows the story; 404 for an ID that is not a story of the bank.</summary>
    public IActionResult OnGet(string id)
    {
        View = banks.Current;
        if (!StoryId.TryParse(id, out var storyId) || View.Snapshot.Bank.Find(storyId) is not { } story) return NotFound();
        if (story.Id != storyId) return Redirect($"/stories/{story.Id}"); // an alias
        Story = story;
        Usage = View.Usage;
        Card = practice.Card(CardId.ForStory(story.Id));
        return Page();
    }
}
