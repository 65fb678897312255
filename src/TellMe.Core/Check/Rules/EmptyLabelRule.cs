using System.Text.RegularExpressions;
using TellMe.Bank;
using TellMe.Diagnostics;

namespace TellMe.Check.Rules;

/// <summary>TM006: a label with nothing after it, such as a bullet <c>Commit:</c> or an empty <c>## Result</c>.</summary>
public sealed partial class EmptyLabelRule : ICheckRule
{
    [GeneratedRegex(@"^(?:\*\*)?[\p{L}][\p{L}\p{N} /&'-]{0,40}:(?:\*\*)?$")]
    private static partial Regex LabelOnly();

    /// <inheritdoc />
    public string Code => "TM006";
    /// <inheritdoc />
    public string Title => "empty label";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var bank = context.Bank;
        foreach (var s in bank.Stories) Check(context, s.File, s.Sections, $"story {s.Id}");
        foreach (var a in bank.Answers) Check(context, a.File, a.Points, $"answer '{a.Key}'");
        foreach (var f in bank.Frameworks)
            foreach (var p in f.Principles)
                foreach (var t in p.Stories) Check(context, f.File, t.Own, $"principle '{p.Name}'");
    }

    private void Check(CheckContext context, string file, IEnumerable<Part> parts, string where)
    {
        foreach (var part in parts)
        {
            if (part.Label.Length > 0 && part.Content.IsEmpty)
                context.Report(this, file, part.Line, $"'{part.Label}' in {where} has nothing after it", "write what goes there, or remove the label", part.Label);
            foreach (var item in part.Content.Items) Check(context, file, item, where);
        }
    }

    private void Check(CheckContext context, string file, Item item, string where)
    {
        if (item.Children.IsDefaultOrEmpty && LabelOnly().IsMatch(item.Text.Trim()))
            context.Report(this, file, item.Line, $"'{item.Text.Trim().Trim('*')}' in {where} has nothing after it",
                "say what happened there, or remove the bullet", item.Text.Trim());
        foreach (var child in item.Children) Check(context, file, child, where);
    }
}
