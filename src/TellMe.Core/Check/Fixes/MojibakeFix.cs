using TellMe.Bank;
using TellMe.Language;

namespace TellMe.Check.Fixes;

/// <summary>Repairs TM009: re-decodes text that was UTF-8 read as Windows-1252.</summary>
public sealed class MojibakeFix : IFix
{
    /// <inheritdoc />
    public string Code => "TM009";

    /// <inheritdoc />
    public (StoryBank Bank, IReadOnlyList<FixChange> Changes) Apply(StoryBank bank)
    {
        var changes = BankText.All(bank)
            .SelectMany(t => Mojibake.Find(t.Text).Select(f => new FixChange(Code, t.File, t.Line, $"'{f.Garbled}' → '{f.Repaired}' in {t.Where}")))
            .ToList();
        return changes.Count == 0 ? (bank, changes) : (TextMap.Apply(bank, Mojibake.Repair), changes);
    }
}
