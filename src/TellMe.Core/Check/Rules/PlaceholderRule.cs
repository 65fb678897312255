using System.Buffers;
using System.Text.RegularExpressions;
using TellMe.Diagnostics;
using TellMe.Import;

namespace TellMe.Check.Rules;

/// <summary>TM005: placeholders left in the bank: <c>(New)</c>, TODO, TBD, XXX, ???.</summary>
public sealed partial class PlaceholderRule : ICheckRule
{
    [GeneratedRegex(@"\((?:New|TBD|TODO|WIP)\)|\bTODO\b|\bTBD\b|\bXXX\b|\?\?\?|\bFIXME\b", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    // Cheap first pass: most text holds none of these, and the regex then never runs.
    private static readonly SearchValues<string> Markers =
        SearchValues.Create(["(new)", "(tbd)", "(todo)", "(wip)", "todo", "tbd", "xxx", "???", "fixme"], StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public string Code => "TM005";
    /// <inheritdoc />
    public string Title => "placeholder";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var f in context.Bank.Frameworks)
            foreach (var p in f.Principles)
                foreach (var t in p.Stories)
                    if (t.Ref is { } r && StoryReference.IsPlaceholder(r))
                        context.Report(this, f.File, t.LineOf("ref"),
                            $"'{p.Name}' shows story {t.Story?.Value ?? "?"} as '{r}', a placeholder",
                            "remove `ref:` once the story is final, so the page shows its ID", r);
        foreach (var text in context.Texts)
        {
            if (text.Text.AsSpan().IndexOfAny(Markers) < 0) continue;
            var m = Placeholder().Match(text.Text);
            if (m.Success)
                context.Report(this, text.File, text.Line, $"placeholder '{m.Value}' in {text.Where}", "replace it with the real content", m.Value);
        }
    }
}
