using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Import;

namespace TellMe.Check.Rules;

/// <summary>TM001: a page entry or answer names a story ID that has no story file, as the story it tells or in a point that cites one.</summary>
public sealed class DanglingReferenceRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM001";
    /// <inheritdoc />
    public string Title => "dangling story reference";
    /// <inheritdoc />
    public Severity Severity => Severity.Error;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var bank = context.Bank;
        foreach (var f in bank.Frameworks)
            foreach (var p in f.Principles)
                foreach (var t in p.Stories)
                    if (t.Story is { } id && bank.Find(id) is null)
                        context.Report(this, f.File, t.LineOf("story"), $"'{p.Name}' cites story {id}, which does not exist",
                            $"create stories/{id}.md or correct the ID", id.Value);
        foreach (var a in bank.Answers)
        {
            if (a.Story is { } id && bank.Find(id) is null)
                context.Report(this, a.File, a.LineOf("story"), $"answer '{a.Key}' tells story {id}, which does not exist",
                    $"create stories/{id}.md or correct the ID", id.Value);
            // "**Backup story:** XY8": a point that only cites another story is a reference too.
            foreach (var point in a.Points)
                if (StoryReference.IsCitation(point) && StoryId.TryParse(StoryReference.CitedId(point.Content.Inline), out var cited)
                    && cited != a.Story && bank.Find(cited) is null)
                    context.Report(this, a.File, point.Line, $"answer '{a.Key}' cites story {cited} ('{point.Label}'), which does not exist",
                        $"create stories/{cited}.md or correct the ID", cited.Value);
        }
    }
}
