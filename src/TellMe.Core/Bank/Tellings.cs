using System.Collections.Immutable;

namespace TellMe.Bank;

/// <summary>A telling with everything it shows filled in from its story.</summary>
public sealed record ResolvedTelling(string Ref, string Title, string? Company, ImmutableArray<Part> Parts, Story? Story);

/// <summary>
/// Resolves what a page shows: a <see cref="StoryTelling"/> or an <see cref="Answer"/> filled in from the
/// story files. The one place that decides "own words win, otherwise the story speaks".
/// </summary>
public static class Tellings
{
    /// <summary>The placeholder that makes an answer's point show its story's section of the same label.</summary>
    public const string WholeSection = "{{ story }}";

    /// <summary>Resolves a principle's story entry.</summary>
    public static ResolvedTelling Resolve(StoryTelling telling, StoryBank bank)
    {
        var story = telling.Story is { } id ? bank.Find(id) : null;
        string reference = telling.Ref ?? telling.Story?.Value ?? "";
        var names = telling.Parts
            ?? (story is not null ? [.. story.Sections.Select(s => s.Label)] : [.. telling.Own.Select(p => p.Label)]);
        var parts = ImmutableArray.CreateBuilder<Part>(names.Length);
        foreach (var name in names)
        {
            var part = telling.OwnPart(name) ?? story?.Section(name);
            parts.Add(part ?? new Part(name, Content.Empty));
        }
        return new ResolvedTelling(reference, telling.Title ?? story?.Title ?? "", telling.Company ?? story?.Company, parts.MoveToImmutable(), story);
    }

    /// <summary>Writes a reference and title the way pages do: <c>CR1. Title</c>, <c>(New) Title</c>.</summary>
    public static string RefAndTitle(string reference, string title)
    {
        if (reference.Length == 0) return title;
        if (title.Length == 0) return reference;
        return reference.StartsWith('(') ? $"{reference} {title}" : $"{reference}. {title}";
    }

    /// <summary>A reference, title and note as pages write them: <c>XY6 (details on the company page)</c>.</summary>
    public static string Head(string reference, string title, string? note)
    {
        string head = RefAndTitle(reference, title);
        if (string.IsNullOrEmpty(note)) return head;
        return head.Length == 0 ? note : head + " " + note;
    }

    /// <summary>An answer's points with <c>{{ story }}</c> and <c>{{ story.* }}</c> filled in from its story.</summary>
    public static ImmutableArray<Part> ResolvePoints(Answer answer, StoryBank bank)
    {
        var story = answer.Story is { } id ? bank.Find(id) : null;
        string reference = answer.Story?.Value ?? answer.StoryRef ?? "";
        var result = ImmutableArray.CreateBuilder<Part>(answer.Points.Length);
        foreach (var point in answer.Points)
        {
            if (point.Content.Inline?.Trim() == WholeSection && point.Content.Items.IsDefaultOrEmpty)
            {
                var section = story?.Section(point.Label);
                result.Add(point with { Content = section?.Content ?? Content.Empty });
                continue;
            }
            result.Add(point with { Content = Expand(point.Content, reference, story) });
        }
        return result.MoveToImmutable();
    }

    private static Content Expand(Content content, string reference, Story? story)
    {
        if (!Mentions(content)) return content;
        return new Content(content.Inline is null ? null : Expand(content.Inline, reference, story),
            [.. content.Items.Select(i => ExpandItem(i, reference, story))]);
    }

    private static Item ExpandItem(Item item, string reference, Story? story) =>
        item with { Text = Expand(item.Text, reference, story), Children = [.. item.Children.Select(c => ExpandItem(c, reference, story))] };

    private static bool Mentions(Content content) => content.Texts().Any(t => t.Text.Contains("{{", StringComparison.Ordinal));

    /// <summary>Fills <c>{{ story.id }}</c>, <c>{{ story.title }}</c> and <c>{{ story.company }}</c>.</summary>
    public static string Expand(string text, string reference, Story? story)
    {
        if (!text.Contains("{{", StringComparison.Ordinal)) return text;
        return text.Replace("{{ story.id }}", reference, StringComparison.Ordinal)
                   .Replace("{{ story.title }}", story?.Title ?? "", StringComparison.Ordinal)
                   .Replace("{{ story.company }}", story?.Company ?? "", StringComparison.Ordinal);
    }
}
