using TellMe.Bank;

namespace TellMe.Check.Fixes;

/// <summary>Repairs TM016: a label the page wrote without its colon gets one, like every other label.</summary>
public sealed class BareLabelFix : IFix
{
    /// <inheritdoc />
    public string Code => "TM016";

    /// <inheritdoc />
    public (StoryBank Bank, IReadOnlyList<FixChange> Changes) Apply(StoryBank bank)
    {
        var changes = new List<FixChange>();
        var fixedBank = TextMap.MapTellings(bank, (f, p, t) =>
        {
            if (t.BareLabels.IsDefaultOrEmpty) return t;
            foreach (var label in t.BareLabels)
                changes.Add(new FixChange(Code, f.File, t.LineOf("bare-labels"), $"'{p.Name}': **{label}** → **{label}:**"));
            return t with { BareLabels = [] };
        });
        return changes.Count == 0 ? (bank, changes) : (fixedBank, changes);
    }
}
