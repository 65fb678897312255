using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Check;

/// <summary>
/// Checks one bank file as it is being edited, before it is saved: the text is parsed as the file it will be and put
/// in the bank in place of the file's current content, the whole check runs (a story can make another story a
/// look-alike), and the findings for that file are returned. An editor shows them beside the text as the user types.
/// </summary>
public static class FileCheck
{
    /// <summary>The diagnostics <paramref name="file"/> would have if it held <paramref name="text"/>.</summary>
    /// <param name="bank">The bank as loaded.</param>
    /// <param name="file">The bank-relative file (<c>stories/CR2.md</c>).</param>
    /// <param name="text">The text being edited.</param>
    public static IReadOnlyList<Diagnostic> Run(StoryBank bank, string file, string text)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var parse = new List<Diagnostic>();
        StoryBank? edited = null;
        if (file.StartsWith(StoryFile.Folder + "/", StringComparison.Ordinal))
        {
            var story = StoryFile.Read(text, file, parse);
            var others = bank.Stories.Where(s => s.File != file);
            edited = bank.With(stories: story is null ? others : others.Where(s => s.Id != story.Id).Append(story));
        }
        else if (file.StartsWith(AnswerFile.Folder + "/", StringComparison.Ordinal))
        {
            var answer = AnswerFile.Read(text, file, parse);
            var others = bank.Answers.Where(a => a.File != file);
            edited = bank.With(answers: answer is null ? others : others.Append(answer));
        }
        else if (file.StartsWith(FrameworkFile.Folder + "/", StringComparison.Ordinal))
        {
            var framework = FrameworkFile.Read(text, file, parse);
            var others = bank.Frameworks.Where(f => f.File != file);
            edited = bank.With(frameworks: framework is null ? others : others.Append(framework));
        }
        else if (file == SettingsFile.Name) SettingsFile.Read(text, file, parse);
        else if (file == QuestionsFile.Name) QuestionsFile.Read(text, file, parse);
        if (edited is null) return parse;
        // The bank's own load diagnostics of this file described its old text: the new parse replaces them.
        var rest = new StoryBank(edited.Settings, edited.Stories, edited.Answers, edited.Frameworks,
            edited.LoadDiagnostics.Where(d => d.File != file).Concat(parse), edited.Taught);
        return [.. Checker.Run(rest).Where(d => d.File == file)];
    }
}
