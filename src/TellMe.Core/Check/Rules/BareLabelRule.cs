using TellMe.Diagnostics;

namespace TellMe.Check.Rules;

/// <summary>TM016: a page label written without its colon (<c>**Action**</c>), unlike every other label.</summary>
public sealed class BareLabelRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM016";
    /// <inheritdoc />
    public string Title => "label without a colon";
    /// <inheritdoc />
    public Severity Severity => Severity.Info;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var f in context.Bank.Frameworks)
            foreach (var p in f.Principles)
                foreach (var t in p.Stories)
                    foreach (var label in t.BareLabels)
                        context.Report(this, f.File, t.LineOf("bare-labels"), $"'{p.Name}' writes the label '{label}' without a colon",
                            "tellme fix writes it as **" + label + ":** like the others", label);
    }
}
