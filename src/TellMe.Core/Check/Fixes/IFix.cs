using System.Collections.Immutable;
using TellMe.Bank.Files;

namespace TellMe.Check.Fixes;

/// <summary>
/// One change a fix made, for the listing <c>tellme fix</c> prints: where (the file and its first changed
/// line, as the file was before the fix) and what.
/// </summary>
public sealed record FixChange(string Code, string File, int Line, string Description)
{
    /// <summary>Every line of the file (as it was before the fix) the change touched: what <c>git diff</c> shows.</summary>
    public ImmutableArray<int> Lines { get; init; } = [Line];
}

/// <summary>
/// A repair that is safe to apply without asking: its result is certain (an encoding repair, a reference
/// whose story is unambiguous). Everything else stays for the user.
/// </summary>
/// <remarks>
/// A fix decides on the model (the bank as loaded) and hands the repaired element to the
/// <see cref="BankEditor"/>, which turns it into in-place edits of the element's file: a fix changes exactly
/// the lines it reports, never the rest of the file. A repair that could not be made in place is not made:
/// its finding stays for the user.
/// </remarks>
public interface IFix
{
    /// <summary>The rule whose findings this fix repairs.</summary>
    string Code { get; }

    /// <summary>Repairs what it can in the bank being edited; returns what it changed.</summary>
    IReadOnlyList<FixChange> Apply(BankEditor editor);
}

/// <summary>Runs every safe fix in turn.</summary>
public static class Fixer
{
    /// <summary>The safe fixes.</summary>
    public static IReadOnlyList<IFix> Fixes { get; } = [new MojibakeFix(), new ReferenceFix(), new BareLabelFix()];

    /// <summary>Applies all fixes to the bank being edited (nothing is written until the editor commits).</summary>
    public static IReadOnlyList<FixChange> Apply(BankEditor editor)
    {
        var changes = new List<FixChange>();
        foreach (var fix in Fixes) changes.AddRange(fix.Apply(editor));
        return changes;
    }

    /// <summary>A change covering every line an edit touched, described once.</summary>
    internal static FixChange Change(string code, EditResult result, int line, string description) =>
        new(code, result.File, result.Lines.IsEmpty ? line : result.Lines[0], description) { Lines = result.Lines.IsEmpty ? [line] : result.Lines };
}
