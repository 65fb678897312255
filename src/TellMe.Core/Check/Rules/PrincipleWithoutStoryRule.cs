using TellMe.Diagnostics;

namespace TellMe.Check.Rules;

/// <summary>TM011: a principle with no story: the loop will probe it and there is nothing to tell.</summary>
public sealed class PrincipleWithoutStoryRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM011";
    /// <inheritdoc />
    public string Title => "principle with no story";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var f in context.Bank.Frameworks)
            foreach (var p in f.Principles)
                if (!p.Stories.Any(t => t.Story is not null || t.Ref is not null))
                    context.Report(this, f.File, p.Line, $"principle '{p.Name}' has no story", "add `stories: [{story: ID}]` with a story that shows it", p.Name);
    }
}
