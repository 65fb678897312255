using TellMe.Diagnostics;
using TellMe.Language;

namespace TellMe.Check.Rules;

/// <summary>TM009: text garbled by a wrong encoding (<c>â†’</c> for <c>→</c>). <c>tellme fix</c> repairs it.</summary>
public sealed class MojibakeRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM009";
    /// <inheritdoc />
    public string Title => "text garbled by a wrong encoding";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var text in context.Texts)
            foreach (var finding in Mojibake.Find(text.Text))
                context.Report(this, text.File, text.Line,
                    $"'{finding.Garbled}' in {text.Where} is '{finding.Repaired}' decoded with the wrong encoding",
                    $"replace it with '{finding.Repaired}' (tellme fix does this)", finding.Garbled);
    }
}
