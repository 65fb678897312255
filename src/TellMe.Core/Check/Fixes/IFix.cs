using TellMe.Bank;

namespace TellMe.Check.Fixes;

/// <summary>One change a fix made, for the listing <c>tellme fix</c> prints.</summary>
public sealed record FixChange(string Code, string File, int Line, string Description);

/// <summary>
/// A repair that is safe to apply without asking: its result is certain (an encoding repair, a reference
/// whose story is unambiguous). Everything else stays for the user.
/// </summary>
public interface IFix
{
    /// <summary>The rule whose findings this fix repairs.</summary>
    string Code { get; }

    /// <summary>The repaired bank and what changed.</summary>
    (StoryBank Bank, IReadOnlyList<FixChange> Changes) Apply(StoryBank bank);
}

/// <summary>Runs every safe fix in turn.</summary>
public static class Fixer
{
    /// <summary>The safe fixes.</summary>
    public static IReadOnlyList<IFix> Fixes { get; } = [new MojibakeFix(), new ReferenceFix(), new BareLabelFix()];

    /// <summary>Applies all fixes.</summary>
    public static (StoryBank Bank, IReadOnlyList<FixChange> Changes) Apply(StoryBank bank)
    {
        var changes = new List<FixChange>();
        foreach (var fix in Fixes)
        {
            var (next, made) = fix.Apply(bank);
            bank = next;
            changes.AddRange(made);
        }
        return (bank, changes);
    }
}
