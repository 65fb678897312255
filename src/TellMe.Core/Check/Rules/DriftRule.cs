using TellMe.Bank;
using TellMe.Diagnostics;

namespace TellMe.Check.Rules;

/// <summary>
/// TM010: a page entry that tells a section of its story in its own words, and the words differ from the
/// story file: two versions of one fact that will drift further apart with every edit.
/// </summary>
public sealed class DriftRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM010";
    /// <inheritdoc />
    public string Title => "entry drifts from its story";
    /// <inheritdoc />
    public Severity Severity => Severity.Info;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var bank = context.Bank;
        foreach (var f in bank.Frameworks)
            foreach (var p in f.Principles)
                foreach (var t in p.Stories)
                {
                    if (t.Story is not { } id || bank.Find(id) is not { } story) continue;
                    foreach (var own in t.Own)
                        if (story.Section(own.Label) is { } section && !section.Content.Equals(own.Content))
                        {
                            var (line, text) = FirstDifference(own.Content, section.Content, t.LineOf("own." + own.Label));
                            context.Report(this, f.File, line,
                                $"'{p.Name}' tells the {own.Label} of {id} in its own words, which differ from {story.File}",
                                $"remove own.{own.Label} to show the story's, or copy the better wording into the story", text);
                        }
                }
        foreach (var a in bank.Answers)
        {
            if (a.Story is not { } id || bank.Find(id) is not { } story) continue;
            foreach (var point in a.Points)
                if (point.Content.Inline != Tellings.WholeSection && story.Section(point.Label) is { } section && !section.Content.Equals(point.Content))
                    context.Report(this, a.File, point.Line,
                        $"answer '{a.Key}' tells the {point.Label} of {id} in its own words, which differ from {story.File}",
                        $"write `{Tellings.WholeSection}` to show the story's, or copy the better wording into the story", "**" + point.Label);
        }
    }

    // Points at the first line that says something else than the story, where the eye should go.
    private static (int Line, string Text) FirstDifference(Content own, Content story, int fallbackLine)
    {
        var mine = own.Texts(fallbackLine).ToList();
        var theirs = story.Texts().Select(t => t.Text).ToList();
        for (int i = 0; i < mine.Count; i++)
            if (i >= theirs.Count || mine[i].Text != theirs[i])
                return (mine[i].Line == 0 ? fallbackLine : mine[i].Line, mine[i].Text);
        return (fallbackLine, "");
    }
}
