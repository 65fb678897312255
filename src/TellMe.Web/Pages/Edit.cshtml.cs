using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Check;
using TellMe.Diagnostics;
using TellMe.Text;
using TellMe.Web.Files;
using TellMe.Web.Services;

namespace TellMe.Web.Pages;

/// <summary>What the preview pane shows: the text as the pages will read it, and the check's findings for the file.</summary>
/// <param name="File">The bank-relative file.</param>
/// <param name="Title">A heading: the story's title or the answer's key.</param>
/// <param name="Parts">The sections or points, when the text reads as a story or an answer.</param>
/// <param name="Raw">For YAML files (and unreadable text), the text itself.</param>
/// <param name="Diagnostics">The findings for this file with this text.</param>
public sealed record EditPreview(string File, string? Title, ImmutableArray<Part> Parts, string? Raw, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The editor: a bank file's source with a live preview and its findings. Opening and saving go through
/// <see cref="GuardedSave"/>, the one lossless writer: a save changes only the characters the user changed (a
/// hand-written comment, the file's encoding and line endings stay), is atomic, and is refused when the file changed on
/// disk since it was opened, with both versions shown side by side instead.
/// </summary>
public sealed class EditModel(BankViews banks) : PageModel
{
    /// <summary>The file (bank-relative).</summary>
    [BindProperty(SupportsGet = true, Name = "file")] public string? FileName { get; set; }
    /// <summary>The line to put the cursor on.</summary>
    [BindProperty(SupportsGet = true)] public int? Line { get; set; }
    /// <summary>The text being edited.</summary>
    [BindProperty] public string? Text { get; set; }
    /// <summary>The hash of the version opened.</summary>
    [BindProperty] public string? Hash { get; set; }

    /// <summary>The preview of <see cref="Text"/>.</summary>
    public EditPreview Preview { get; private set; } = null!;
    /// <summary>After a refused save: the file as it is on disk now.</summary>
    public OpenedFile? Disk { get; private set; }
    /// <summary>After a refused save: the two versions line by line (disk on the left, the user's on the right).</summary>
    public ImmutableArray<DiffRow> Diff { get; private set; } = [];
    /// <summary>Why the file cannot be edited.</summary>
    public string? Problem { get; private set; }

    /// <summary>Opens the file.</summary>
    public IActionResult OnGet()
    {
        if (Open(out string problem) is not { } opened) return Refuse(problem);
        Text = opened.Text;
        Hash = opened.Hash;
        Preview = BuildPreview(opened.Path, opened.Text);
        return Page();
    }

    /// <summary>Saves, or shows the conflict.</summary>
    public IActionResult OnPost()
    {
        string text = Text ?? "";
        if (!EditableFiles.IsEditable(FileName, out string refusal)) return Refuse(refusal);
        // No hash means no version was opened: never a create from this form, so it can only conflict.
        var result = GuardedSave.Save(banks.Workspace.Root, FileName!, text, string.IsNullOrEmpty(Hash) ? "-" : Hash);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                var view = banks.Refresh();
                TempData["Flash"] = $"Saved {FileName}.";
                return Redirect(Back(view.Snapshot.Bank, FileName!));
            case SaveOutcome.Conflict:
                Disk = result.Current;
                Diff = LineDiff.Compare(Disk?.Text ?? "", text.Replace("\r\n", "\n", StringComparison.Ordinal));
                Preview = BuildPreview(FileName!, text);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return Refuse(result.Message);
        }
    }

    /// <summary>The preview pane for text being typed (fetched by the page's script).</summary>
    public IActionResult OnPostPreview()
    {
        if (Open(out string problem) is null && problem != NoSuchFile) return Refuse(problem);
        return Partial("_EditPreview", BuildPreview(FileName!, Text ?? ""));
    }

    private const string NoSuchFile = "the file does not exist";

    /// <summary>The file named by <see cref="FileName"/>, opened for editing, or null with why not.</summary>
    private OpenedFile? Open(out string problem)
    {
        if (!EditableFiles.IsEditable(FileName, out problem)) return null;
        // BankPath (inside GuardedSave.Open) refuses any path out of the bank before the file's existence is asked.
        if (BankPath.Resolve(banks.Workspace.Root, FileName!, out problem) is not { } full) return null;
        if (!System.IO.File.Exists(full))
        {
            problem = NoSuchFile;
            return null;
        }
        return GuardedSave.Open(banks.Workspace.Root, FileName!, out problem);
    }

    private IActionResult Refuse(string? problem)
    {
        Problem = string.IsNullOrEmpty(problem) ? "not a bank file" : problem;
        Response.StatusCode = problem == NoSuchFile ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        Preview = new EditPreview(FileName ?? "", null, [], null, []);
        return Page();
    }

    /// <summary>Where to go after a save: the story or answer page, else back to the editor.</summary>
    private static string Back(StoryBank bank, string file)
    {
        if (bank.Stories.FirstOrDefault(s => s.File == file) is { } story) return $"/stories/{story.Id}";
        if (bank.Answers.FirstOrDefault(a => a.File == file) is { } answer) return $"/answers/{Path.GetFileNameWithoutExtension(answer.File)}";
        return $"/edit?file={Uri.EscapeDataString(file)}";
    }

    private EditPreview BuildPreview(string file, string text)
    {
        var bank = banks.Current.Snapshot.Bank;
        var diagnostics = FileCheck.Run(bank, file, text);
        var ignore = new List<Diagnostic>();
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (file.StartsWith(StoryFile.Folder + "/", StringComparison.Ordinal) && StoryFile.Read(text, file, ignore) is { } story)
            return new EditPreview(file, $"{story.Id} · {story.Title}", story.Sections, null, diagnostics);
        if (file.StartsWith(AnswerFile.Folder + "/", StringComparison.Ordinal) && AnswerFile.Read(text, file, ignore) is { } answer)
            return new EditPreview(file, answer.Key, Tellings.ResolvePoints(answer, bank), null, diagnostics);
        return new EditPreview(file, null, [], text, diagnostics);
    }
}
