using System.Text;
using TellMe.Bank;

namespace TellMe.Match;

/// <summary>
/// The words of the user's material as the matcher reads them: an answer's points with its story filled in,
/// a story's sections, a principle's cited stories as its page tells them.
/// </summary>
internal static class MaterialText
{
    /// <summary>An answer's points, labels included ("OSS", "Ideal Position" say what the point is about).</summary>
    public static string Answer(Answer answer, StoryBank bank)
    {
        var text = new StringBuilder();
        foreach (var point in Tellings.ResolvePoints(answer, bank))
        {
            text.Append(point.Label).Append(" . ");
            AppendContent(text, point.Content);
        }
        return text.ToString();
    }

    /// <summary>A story's section texts (the STAR labels say nothing about what happened, so they are left out).</summary>
    public static string Story(Story story)
    {
        var text = new StringBuilder();
        foreach (var section in story.Sections) AppendContent(text, section.Content);
        return text.ToString();
    }

    /// <summary>A principle's description and each of its stories as the principle's page tells them.</summary>
    public static string Principle(Principle principle, StoryBank bank)
    {
        var text = new StringBuilder();
        if (principle.Description is { } description) text.Append(description).Append(" . ");
        foreach (var telling in principle.Stories)
        {
            var resolved = Tellings.Resolve(telling, bank);
            text.Append(resolved.Title).Append(" . ");
            foreach (var part in resolved.Parts) AppendContent(text, part.Content);
        }
        return text.ToString();
    }

    private static void AppendContent(StringBuilder text, Content content)
    {
        foreach (var (line, _) in content.Texts()) text.Append(line).Append(" . ");
    }
}
