using TellMe.Bank;
using TellMe.Bank.Files;

namespace TellMe.Check.Fixes;

/// <summary>
/// Repairs TM016: a label the page wrote without its colon gets one, like every other label. In the bank
/// that is the entry's <c>bare-labels</c> list going away, in place.
/// </summary>
public sealed class BareLabelFix : IFix
{
    /// <inheritdoc />
    public string Code => "TM016";

    /// <inheritdoc />
    public IReadOnlyList<FixChange> Apply(BankEditor editor)
    {
        var changes = new List<FixChange>();
        foreach (var framework in editor.Bank.Frameworks.Select(f => f.File).ToList())
        {
            var f = editor.Bank.Frameworks.First(x => x.File == framework);
            for (int pi = 0; pi < f.Principles.Length; pi++)
                for (int ti = 0; ti < f.Principles[pi].Stories.Length; ti++)
                {
                    var p = f.Principles[pi];
                    var t = p.Stories[ti];
                    if (t.BareLabels.IsDefaultOrEmpty) continue;
                    var result = editor.Update(f with
                    {
                        Principles = f.Principles.SetItem(pi, p with { Stories = p.Stories.SetItem(ti, t with { BareLabels = [] }) }),
                    });
                    if (result.Applied)
                        changes.Add(Fixer.Change(Code, result, t.LineOf("bare-labels"),
                            $"'{p.Name}': {string.Join(", ", t.BareLabels.Select(l => $"**{l}** → **{l}:**"))}"));
                    f = editor.Bank.Frameworks.First(x => x.File == framework);
                }
        }
        return changes;
    }
}
