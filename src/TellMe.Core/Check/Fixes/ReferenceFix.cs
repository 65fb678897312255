using TellMe.Bank;
using TellMe.Check.Rules;

namespace TellMe.Check.Fixes;

/// <summary>
/// Repairs TM004 when the story is certain: the entry then cites the story, and keeps as its own words only
/// what differs from the story file.
/// </summary>
public sealed class ReferenceFix : IFix
{
    /// <inheritdoc />
    public string Code => "TM004";

    /// <inheritdoc />
    public (StoryBank Bank, IReadOnlyList<FixChange> Changes) Apply(StoryBank bank)
    {
        var changes = new List<FixChange>();
        var fixedBank = TextMap.MapTellings(bank, (f, p, t) =>
        {
            if (t.Story is not null || t.Ref is null || t.Ref.StartsWith('(')) return t;
            if (InvalidReferenceRule.Suggest(bank, t) is not { } story) return t;
            changes.Add(new FixChange(Code, f.File, t.LineOf("ref"), $"'{p.Name}': '{t.Ref}' → {story.Id}"));
            return Relink(t, story);
        });
        return changes.Count == 0 ? (bank, changes) : (fixedBank, changes);
    }

    /// <summary>The telling pointed at <paramref name="story"/>, with only its differing words kept as its own.</summary>
    public static StoryTelling Relink(StoryTelling t, Story story)
    {
        var names = t.Parts ?? [.. t.Own.Select(o => o.Label)];
        bool sameParts = names.SequenceEqual(story.Sections.Select(s => s.Label));
        return t with
        {
            Story = story.Id,
            Ref = null,
            Title = t.Title == story.Title ? null : t.Title,
            Company = t.Company == story.Company ? null : t.Company,
            Parts = sameParts ? null : names,
            Own = [.. t.Own.Where(o => story.Section(o.Label) is not { } s || !s.Content.Equals(o.Content))],
        };
    }
}
