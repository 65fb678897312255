using System.Text.RegularExpressions;

namespace TellMe.Web.Files;

/// <summary>
/// Which bank files the browser may open and save: the files a bank is made of (<c>stories/*.md</c>,
/// <c>answers/*.md</c>, <c>frameworks/*.yaml</c>, <c>tellme.yaml</c>, <c>questions.yaml</c>) with plain names.
/// </summary>
/// <remarks>
/// This is the editor's scope, not its safety: every path still goes through <c>GuardedSave</c> (and so
/// <c>BankPath.Resolve</c>), which refuses anything outside the bank folder, links out of it included, and writes
/// only if the file is still the version opened. This check only keeps a README or a note beside the bank files out
/// of an editor that previews and checks bank files.
/// </remarks>
public static partial class EditableFiles
{
    [GeneratedRegex(@"^(stories/[A-Za-z0-9][A-Za-z0-9_.-]*\.md|answers/[A-Za-z0-9][A-Za-z0-9_.-]*\.md|frameworks/[A-Za-z0-9][A-Za-z0-9_.-]*\.yaml|tellme\.yaml|questions\.yaml)$")]
    private static partial Regex BankFile();

    /// <summary>True when <paramref name="relativePath"/> names a bank file the editor handles; else false with why.</summary>
    public static bool IsEditable(string? relativePath, out string refusal)
    {
        refusal = "";
        if (!string.IsNullOrEmpty(relativePath) && relativePath.Length <= 260 && BankFile().IsMatch(relativePath)) return true;
        refusal = "not a bank file: the editor opens stories/*.md, answers/*.md, frameworks/*.yaml, tellme.yaml and questions.yaml";
        return false;
    }
}
