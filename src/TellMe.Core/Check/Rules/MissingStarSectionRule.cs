using TellMe.Diagnostics;

namespace TellMe.Check.Rules;

/// <summary>TM008: a story missing its Situation, Action or Result, without which it is not a STAR story.</summary>
public sealed class MissingStarSectionRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM008";
    /// <inheritdoc />
    public string Title => "story missing Situation, Action, Result or title";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var s in context.Bank.Stories)
        {
            var missing = new List<string>();
            if (StarSections.Find(s, StarSections.Situation) is null) missing.Add("Situation");
            if (StarSections.Find(s, StarSections.Action) is null) missing.Add("Action");
            if (StarSections.Find(s, StarSections.Result) is null) missing.Add("Result");
            if (missing.Count > 0)
                context.Report(this, s.File, s.LineOf("id"),
                    $"story {s.Id} has no {string.Join(", ", missing)}", "add the missing part; an interviewer probes each one");
            if (string.IsNullOrWhiteSpace(s.Title))
                context.Report(this, s.File, s.LineOf("title"), $"story {s.Id} has no title", "give it a one-line title: what you did, with the outcome");
        }
    }
}
