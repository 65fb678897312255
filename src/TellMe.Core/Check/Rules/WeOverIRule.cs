using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Language;

namespace TellMe.Check.Rules;

/// <summary>
/// TM014: "we" outnumbers "I" in an Action. Interviewers assess what the candidate did; an action told as
/// "we" hides it.
/// </summary>
public sealed class WeOverIRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM014";
    /// <inheritdoc />
    public string Title => "\"we\" outnumbers \"I\" in an Action";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var s in context.Bank.Stories) Check(context, s.File, s.Sections, $"story {s.Id}");
        foreach (var a in context.Bank.Answers) Check(context, a.File, a.Points, $"answer '{a.Key}'");
        foreach (var f in context.Bank.Frameworks)
            foreach (var p in f.Principles)
                foreach (var t in p.Stories) Check(context, f.File, t.Own, $"principle '{p.Name}'");
    }

    private void Check(CheckContext context, string file, IEnumerable<Part> parts, string where)
    {
        foreach (var part in parts.Where(p => StarSections.Is(p.Label, StarSections.Action)))
        {
            int we = 0, i = 0;
            foreach (var (text, _) in part.Content.Texts())
            {
                var counts = Pronouns.Count(text);
                i += counts.I;
                we += counts.We;
            }
            if (we > i)
                context.Report(this, file, part.Line, $"the {part.Label} in {where} says \"we\" {we} times and \"I\" {i} times",
                    "say what you did yourself: \"I designed…\", \"I convinced…\"", part.Label);
        }
    }
}
