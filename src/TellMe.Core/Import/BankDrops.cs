using TellMe.Bank;
using TellMe.Check;
using TellMe.Diagnostics;

namespace TellMe.Import;

/// <summary>
/// What an import would drop: every piece of text the existing bank holds (a title, a section's line, an answer's
/// point, a description) that the bank after the import no longer holds anywhere. <c>tellme import --force</c>
/// refuses while this is not empty; <c>--prune</c> is the user saying the pages are right and that text may go.
/// </summary>
public static class BankDrops
{
    /// <summary>The text only <paramref name="before"/> has, where it is written, one diagnostic per piece.</summary>
    public static IReadOnlyList<Diagnostic> Find(StoryBank before, StoryBank after)
    {
        var kept = new HashSet<string>(BankText.All(after).Select(t => Norm(t.Text)), StringComparer.Ordinal);
        var found = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in BankText.All(before))
        {
            string norm = Norm(text.Text);
            if (norm.Length == 0 || kept.Contains(norm) || !seen.Add(text.File + "\n" + norm)) continue;
            found.Add(new Diagnostic(InputCodes.WouldDrop, Severity.Error, text.File, text.Line, 1,
                $"the import would drop text that only the bank has, in {text.Where}: '{Short(norm)}'",
                "put it on the page and import again, or pass --force --prune to let the page's version replace it"));
        }
        return found;
    }

    private static string Norm(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
