using TellMe.Bank;
using TellMe.Check.Rules;

namespace TellMe.Check.Fixes;

/// <summary>
/// Repairs TM004 when the story is certain: the entry then cites the story, and keeps as its own words only
/// what differs from the story file. Each entry is updated in place on its own, so the listing gives the
/// lines of each.
/// </summary>
public sealed class ReferenceFix : IFix
{
    /// <inheritdoc />
    public string Code => "TM004";

    /// <inheritdoc />
    public IReadOnlyList<FixChange> Apply(Bank.Files.BankEditor editor)
    {
        var changes = new List<FixChange>();
        foreach (var framework in editor.Bank.Frameworks.Select(f => f.File).ToList())
        {
            // One entry at a time, each from the framework as the previous repair left it.
            for (int pi = 0; ; pi++)
            {
                var f = editor.Bank.Frameworks.FirstOrDefault(x => x.File == framework);
                if (f is null || pi >= f.Principles.Length) break;
                for (int ti = 0; ti < f.Principles[pi].Stories.Length; ti++)
                {
                    var p = f.Principles[pi];
                    var t = p.Stories[ti];
                    if (t.Story is not null || t.Ref is null || t.Ref.StartsWith('(')) continue;
                    if (InvalidReferenceRule.Suggest(editor.Bank, t) is not { } story) continue;
                    var relinked = f with
                    {
                        Principles = f.Principles.SetItem(pi, p with { Stories = p.Stories.SetItem(ti, Relink(t, story)) }),
                    };
                    var result = editor.Update(relinked);
                    if (result.Applied) changes.Add(Fixer.Change(Code, result, t.LineOf("ref"), $"'{p.Name}': '{t.Ref}' → {story.Id}"));
                    f = editor.Bank.Frameworks.First(x => x.File == framework);
                }
            }
        }
        return changes;
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
