using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Web.Services;

namespace TellMe.Web.Pages;

/// <summary>Creates a story (with the next free ID for its prefix) or an answer (next in page order) from a form.</summary>
public sealed class NewModel(BankViews banks) : PageModel
{
    /// <summary>"story" or "answer".</summary>
    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "story";
    /// <summary>The story ID's prefix (the company's initials).</summary>
    [BindProperty] public string? Prefix { get; set; }
    /// <summary>The story's title.</summary>
    [BindProperty] public string? Title { get; set; }
    /// <summary>Where it happened.</summary>
    [BindProperty] public string? Company { get; set; }
    /// <summary>Comma-separated tags.</summary>
    [BindProperty] public string? Tags { get; set; }
    /// <summary>STAR sections.</summary>
    [BindProperty] public string? Situation { get; set; }
    /// <inheritdoc cref="Situation"/>
    [BindProperty] public string? Task { get; set; }
    /// <inheritdoc cref="Situation"/>
    [BindProperty] public string? Action { get; set; }
    /// <inheritdoc cref="Situation"/>
    [BindProperty] public string? Result { get; set; }
    /// <summary>The answer's question key.</summary>
    [BindProperty] public string? Key { get; set; }
    /// <summary>The story the answer tells.</summary>
    [BindProperty] public string? Story { get; set; }
    /// <summary>The answer's points, one per line ("Label: text").</summary>
    [BindProperty] public string? Points { get; set; }

    /// <summary>What is wrong with the form.</summary>
    public List<string> Errors { get; } = [];
    /// <summary>The bank.</summary>
    public StoryBank Bank { get; private set; } = StoryBank.Empty;

    /// <summary>The ID the story would get.</summary>
    public string? NextId => Prefix is { } p && IsPrefix(p.Trim()) ? Bank.NextId(p.Trim()).Value : null;

    /// <summary>The prefixes the bank uses, most used first, for the suggestion list.</summary>
    public IEnumerable<(string Prefix, string? Company)> Prefixes => Bank.Stories.GroupBy(s => s.Id.Prefix)
        .OrderByDescending(g => g.Count()).Select(g => (g.Key, g.Select(s => s.Company).FirstOrDefault(c => c is not null)));

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
        Bank = banks.Current.Snapshot.Bank;
        Prefix ??= Prefixes.FirstOrDefault().Prefix;
    }

    /// <summary>Writes the new file (never over an existing one) and opens it.</summary>
    public IActionResult OnPost()
    {
        Bank = banks.Current.Snapshot.Bank;
        string path, text;
        if (Kind == "answer")
        {
            string key = (Key ?? "").Trim();
            if (key.Length == 0) Errors.Add("Give the question key, e.g. “Conflict” or “Why this company”.");
            else if (Bank.FindAnswer(key) is { } existing) Errors.Add($"The bank already has an answer “{existing.Key}” ({existing.File}).");
            StoryId? story = null;
            if (!string.IsNullOrWhiteSpace(Story))
            {
                if (StoryId.TryParse(Story.Trim(), out var id) && Bank.Find(id) is not null) story = id;
                else Errors.Add($"There is no story {Story.Trim()} in the bank.");
            }
            if (Errors.Count > 0) return Page();
            var answer = new Answer
            {
                Key = key,
                Order = Bank.Answers.Select(a => a.Order).DefaultIfEmpty(0).Max() + 1,
                Story = story,
                Points = AnswerFile.ReadPoints(string.Join('\n', (Points ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
                    .Where(l => l.Trim().Length > 0).Select(l => "- " + BoldLabel(l.Trim()))), 0),
            };
            path = BankWriter.UniquePath(AnswerFile.Slug(key), Bank.Answers.Select(a => a.File).ToHashSet(StringComparer.Ordinal));
            text = AnswerFile.Write(answer);
        }
        else
        {
            string prefix = (Prefix ?? "").Trim();
            if (!IsPrefix(prefix)) Errors.Add("The ID prefix is 1 to 6 capital letters, usually the company's initials (CR for Cybereason).");
            if (string.IsNullOrWhiteSpace(Title)) Errors.Add("Give the story a one-line title.");
            if (Errors.Count > 0) return Page();
            var id = Bank.NextId(prefix);
            var sections = ImmutableArray.CreateBuilder<Part>();
            foreach (var (label, body) in new[] { ("Situation", Situation), ("Task", Task), ("Action", Action), ("Result", Result) })
                if (!string.IsNullOrWhiteSpace(body))
                    sections.Add(new Part(label, StoryFile.ReadSections("## " + label + "\n\n" + body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n", 0, "", []).FirstOrDefault()?.Content ?? TellMe.Bank.Content.Empty));
                else sections.Add(new Part(label, TellMe.Bank.Content.Empty));
            var newStory = new Story
            {
                Id = id,
                Title = Title!.Trim(),
                Company = string.IsNullOrWhiteSpace(Company) ? null : Company.Trim(),
                Tags = [.. (Tags ?? "").Split(',').Select(t => t.Trim()).Where(t => t.Length > 0)],
                Sections = sections.ToImmutable(),
            };
            path = StoryFile.PathOf(id);
            text = StoryFile.Write(newStory);
        }
        // Through the one guarded writer: atomic, and a file that appeared meanwhile is never overwritten.
        var saved = GuardedSave.Save(banks.Workspace.Root, path, text, expectedHash: null);
        if (saved.Outcome != SaveOutcome.Saved)
        {
            Errors.Add(saved.Outcome == SaveOutcome.Conflict ? $"{path} already exists on disk; open it instead." : saved.Message);
            return Page();
        }
        banks.Refresh();
        TempData["Flash"] = $"Created {path}.";
        return Redirect(Kind == "answer" ? $"/answers/{Path.GetFileNameWithoutExtension(path)}" : $"/stories/{Path.GetFileNameWithoutExtension(path)}");
    }

    private static bool IsPrefix(string p) => p.Length is > 0 and <= 6 && p.All(char.IsAsciiLetterUpper);

    // "Label: text" becomes "**Label:** text", the bank's labelled point; a line without a short label stays as written.
    private static string BoldLabel(string line)
    {
        int colon = line.IndexOf(':');
        return colon is > 0 and <= 40 && !line.StartsWith("**", StringComparison.Ordinal) && !line[..colon].Contains("://", StringComparison.Ordinal)
            ? $"**{line[..colon].Trim()}:** {line[(colon + 1)..].Trim()}"
            : line;
    }
}
