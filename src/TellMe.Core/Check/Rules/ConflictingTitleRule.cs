using TellMe.Bank;
using TellMe.Diagnostics;

namespace TellMe.Check.Rules;

/// <summary>TM002: one story ID shown under two different titles (an entry that cites the ID alone shows none).</summary>
public sealed class ConflictingTitleRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM002";
    /// <inheritdoc />
    public string Title => "one ID with two titles";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var bank = context.Bank;
        foreach (var f in bank.Frameworks)
            foreach (var p in f.Principles)
                foreach (var t in p.Stories)
                    if (t.Story is { } id && bank.Find(id) is { } story && t.Title is { Length: > 0 } title && title != story.Title)
                        context.Report(this, f.File, t.LineOf("title"),
                            $"'{p.Name}' shows {id} as \"{title}\" but {story.File} calls it \"{story.Title}\"",
                            "keep one title: remove the entry's own 'title' or update the story", title);
        foreach (var a in bank.Answers)
        {
            if (a.Story is not { } id || bank.Find(id) is not { } story) continue;
            foreach (var point in a.Points)
            {
                if (point.Label is not ("Summary" or "Project") || point.Content.Inline is not { } text) continue;
                if (!text.Contains(story.Id.Value + ".", StringComparison.Ordinal) && !text.Contains("{{ story.id }}", StringComparison.Ordinal)) continue;
                // "**Project:** CR2" cites the story without a title of its own: nothing to conflict with.
                if (!text.Contains("{{ story.title }}", StringComparison.Ordinal) && TitleOf(text, story.Id.Value).Length > 0)
                    context.Report(this, a.File, point.Line,
                        $"answer '{a.Key}' names {id} with its own title, but {story.File} calls it \"{story.Title}\"",
                        "write {{ story.title }} in the summary, or align the two titles", "**" + point.Label);
            }
        }
    }

    // What a summary says besides the story's ID and a note in parentheses: "{{ story.id }} (see the company page)" says nothing.
    private static string TitleOf(string text, string id)
    {
        string rest = text.Replace("{{ story.id }}", "", StringComparison.Ordinal).Replace(id + ".", "", StringComparison.Ordinal).Replace(id, "", StringComparison.Ordinal).Trim();
        if (rest.StartsWith('(') && rest.EndsWith(')')) rest = "";
        return rest;
    }
}
