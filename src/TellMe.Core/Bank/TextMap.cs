using System.Collections.Immutable;

namespace TellMe.Bank;

/// <summary>
/// Applies one text transformation to every piece of user text in the bank (titles, keys, sections,
/// points, descriptions, own tellings), keeping everything else. Used by fixes such as the encoding repair.
/// </summary>
public static class TextMap
{
    /// <summary>The bank with <paramref name="map"/> applied to all its text.</summary>
    public static StoryBank Apply(StoryBank bank, Func<string, string> map) =>
        bank.With(
            stories: bank.Stories.Select(s => s with
            {
                Title = map(s.Title),
                Company = s.Company is null ? null : map(s.Company),
                Sections = Parts(s.Sections, map),
            }),
            answers: bank.Answers.Select(a => a with { Key = map(a.Key), Points = Parts(a.Points, map) }),
            frameworks: bank.Frameworks.Select(f => f with
            {
                Principles = [.. f.Principles.Select(p => p with
                {
                    Name = map(p.Name),
                    Description = p.Description is null ? null : map(p.Description),
                    Stories = [.. p.Stories.Select(t => t with
                    {
                        Title = t.Title is null ? null : map(t.Title),
                        Company = t.Company is null ? null : map(t.Company),
                        Own = Parts(t.Own, map),
                    })],
                })],
            }));

    /// <summary>Parts with their labels and content mapped.</summary>
    public static ImmutableArray<Part> Parts(ImmutableArray<Part> parts, Func<string, string> map) =>
        [.. parts.Select(p => p with { Label = map(p.Label), Content = Content(p.Content, map) })];

    /// <summary>Content with every text mapped.</summary>
    public static Content Content(Content c, Func<string, string> map) =>
        new(c.Inline is null ? null : map(c.Inline), [.. c.Items.Select(i => Item(i, map))]);

    private static Item Item(Item i, Func<string, string> map) =>
        i with { Text = map(i.Text), Children = [.. i.Children.Select(c => Item(c, map))] };

    /// <summary>The bank with every principle's story entries passed through <paramref name="rewrite"/>.</summary>
    public static StoryBank MapTellings(StoryBank bank, Func<Framework, Principle, StoryTelling, StoryTelling> rewrite) =>
        bank.With(frameworks: bank.Frameworks.Select(f => f with
        {
            Principles = [.. f.Principles.Select(p => p with { Stories = [.. p.Stories.Select(t => rewrite(f, p, t))] })],
        }).ToList());
}
