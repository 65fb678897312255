using TellMe.Diagnostics;

namespace TellMe.Check.Rules;

/// <summary>
/// TM007: a result with no number. "Reduced MTTR" convinces less than "cut MTTR from 4 h to 40 min"; an
/// interviewer will ask for the number anyway.
/// </summary>
public sealed class ResultWithoutNumberRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM007";
    /// <inheritdoc />
    public string Title => "result with no number";
    /// <inheritdoc />
    public Severity Severity => Severity.Info;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var s in context.Bank.Stories)
            foreach (var part in s.Sections.Where(p => StarSections.Is(p.Label, StarSections.Result)))
                if (!part.Content.Texts().Any(t => t.Text.Any(char.IsDigit)))
                    context.Report(this, s.File, part.Line, $"the result of {s.Id} has no number",
                        "quantify it: by how much, how many, how fast, how much money or time", part.Label);
    }
}
