using TellMe.Diagnostics;

namespace TellMe.Check.Rules;

/// <summary>TM001: a page entry or answer names a story ID that has no story file.</summary>
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
            if (a.Story is { } id && bank.Find(id) is null)
                context.Report(this, a.File, a.LineOf("story"), $"answer '{a.Key}' tells story {id}, which does not exist",
                    $"create stories/{id}.md or correct the ID", id.Value);
    }
}
