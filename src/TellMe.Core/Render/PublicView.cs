using TellMe.Bank;

namespace TellMe.Render;

/// <summary>
/// The part of a bank that may be published: private stories, the principle entries that cite them and the
/// answers that tell them are left out, so no page ever shows what the user marked private.
/// </summary>
public static class PublicView
{
    /// <summary>The bank without its private stories and everything that shows them.</summary>
    public static StoryBank Of(StoryBank bank)
    {
        var hidden = bank.Stories.Where(s => s.Private).Select(s => s.Id).ToHashSet();
        if (hidden.Count == 0) return bank;
        bool IsHidden(StoryId? id) => id is { } i && bank.Find(i) is { } s && hidden.Contains(s.Id);
        return bank.With(
            settings: bank.Settings with
            {
                Pages = [.. bank.Settings.Pages.Select(p => p with { Stories = [.. p.Stories.Where(s => !IsHidden(s))] })],
            },
            stories: bank.Stories.Where(s => !s.Private),
            answers: bank.Answers.Where(a => !IsHidden(a.Story)),
            frameworks: bank.Frameworks.Select(f => f with
            {
                Principles = [.. f.Principles.Select(p => p with { Stories = [.. p.Stories.Where(t => !IsHidden(t.Story))] })],
            }));
    }
}
