using TellMe.Diagnostics;

namespace TellMe.Check.Rules;

/// <summary>
/// TM012: one story carrying more principles than the configured limit (check.max-principles-per-story,
/// default 1). In a loop each interviewer probes different principles and a story can be told once.
/// </summary>
public sealed class OverloadedStoryRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM012";
    /// <inheritdoc />
    public string Title => "story carries too many principles";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        int max = context.Settings.MaxPrinciplesPerStory;
        foreach (var s in context.Bank.Stories)
        {
            var principles = context.Usage.PrinciplesOf(s.Id);
            if (principles.Length <= max) continue;
            context.Report(this, s.File, s.LineOf("id"),
                $"{s.Id} demonstrates {principles.Length} principles ({string.Join(", ", principles.Select(p => p.Name))}); the limit is {max}",
                "give some of these principles another story, or raise check.max-principles-per-story in tellme.yaml");
        }
    }
}
