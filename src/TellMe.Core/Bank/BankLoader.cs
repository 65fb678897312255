using System.Collections.Immutable;
using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Bank;

/// <summary>
/// Reads a bank folder into an immutable <see cref="StoryBank"/>. It never throws on bad content: every
/// problem becomes a diagnostic with its file and line, and whatever could be read is still loaded.
/// </summary>
public static class BankLoader
{
    /// <summary>True when the folder holds a <c>tellme.yaml</c>.</summary>
    public static bool IsBank(string root) => File.Exists(Path.Combine(root, SettingsFile.Name));

    /// <summary>Loads the bank at <paramref name="root"/>.</summary>
    public static StoryBank Load(string root) => new BankReader(root).Load();

    /// <summary>
    /// Assembles a bank from parsed files, in file-name order so that duplicates and diagnostics come out the
    /// same on every run; of two files with one ID, the one named after it wins (see Winner). Shared by a full
    /// load and an incremental reload (<see cref="BankReader"/>).
    /// </summary>
    internal static StoryBank Assemble(
        BankSettings settings,
        List<Diagnostic> diagnostics,
        IReadOnlyList<(string Name, Story? Value, IReadOnlyList<Diagnostic> Found)> storyFiles,
        IReadOnlyList<(string Name, Answer? Value, IReadOnlyList<Diagnostic> Found)> answerFiles,
        IReadOnlyList<(string Name, Framework? Value, IReadOnlyList<Diagnostic> Found)> frameworkFiles,
        ImmutableArray<TaughtQuestion> taught)
    {
        var stories = new List<Story>();
        foreach (var (name, story, found) in storyFiles) diagnostics.AddRange(found);
        foreach (var group in storyFiles.Where(f => f.Value is not null).GroupBy(f => f.Value!.Id))
        {
            var (winnerName, winner) = Winner([.. group.Select(g => (g.Name, g.Value!))], (name, s) => Path.GetFileNameWithoutExtension(name) == s.Id.Value);
            foreach (var (name, story, _) in group)
            {
                if (ReferenceEquals(story, winner)) continue;
                diagnostics.Add(new Diagnostic(InputCodes.DuplicateId, Severity.Error, name, story!.LineOf("id"), 1,
                    Path.GetFileNameWithoutExtension(winnerName) == story.Id.Value
                        ? $"story ID {story.Id} is the ID of {winnerName}, whose name matches it; this file is ignored"
                        : $"story ID {story.Id} is already used by {winnerName}; this file is ignored",
                    "give one of them another ID, or merge them and list the old ID under aliases"));
            }
            if (Path.GetFileNameWithoutExtension(winnerName) != winner.Id.Value)
                diagnostics.Add(new Diagnostic(InputCodes.BadBankFile, Severity.Warning, winnerName, winner.LineOf("id"), 1,
                    $"the file is named {Path.GetFileName(winnerName)} but holds story {winner.Id}", $"rename it to {StoryFile.PathOf(winner.Id)}"));
            stories.Add(winner);
        }

        var answers = new List<Answer>();
        foreach (var (_, _, found) in answerFiles) diagnostics.AddRange(found);
        foreach (var group in answerFiles.Where(f => f.Value is not null).GroupBy(f => f.Value!.Key, StringComparer.OrdinalIgnoreCase))
        {
            var (winnerName, winner) = Winner([.. group.Select(g => (g.Name, g.Value!))], (name, a) => Path.GetFileNameWithoutExtension(name) == AnswerFile.Slug(a.Key));
            foreach (var (name, answer, _) in group)
            {
                if (ReferenceEquals(answer, winner)) continue;
                diagnostics.Add(new Diagnostic(InputCodes.DuplicateId, Severity.Error, name, answer!.LineOf("key"), 1,
                    Path.GetFileNameWithoutExtension(winnerName) == AnswerFile.Slug(winner.Key)
                        ? $"answer key '{answer.Key}' is the key of {winnerName}, whose name matches it; this file is ignored"
                        : $"answer key '{answer.Key}' is already used by {winnerName}; this file is ignored",
                    "merge the two answers"));
            }
            answers.Add(winner);
        }

        var frameworks = new List<Framework>();
        foreach (var (_, framework, found) in frameworkFiles)
        {
            diagnostics.AddRange(found);
            if (framework is not null) frameworks.Add(framework);
        }
        return new StoryBank(settings, stories, answers, frameworks, diagnostics, taught);
    }

    /// <summary>
    /// Which of several files holding one ID (or answer key) is read: the one whose name matches it
    /// (<c>stories/CR2.md</c> for CR2), else the first by name. Never a silent choice: the others are errors.
    /// </summary>
    private static (string Name, T Value) Winner<T>(IReadOnlyList<(string Name, T Value)> candidates, Func<string, T, bool> named) =>
        candidates.FirstOrDefault(c => named(c.Name, c.Value)) is { Value: not null } match ? match : candidates[0];

    /// <summary>The settings, read afresh (a small file), or defaults with a diagnostic.</summary>
    internal static BankSettings? ReadSettings(string root, List<Diagnostic> diagnostics)
    {
        string settingsPath = Path.Combine(root, SettingsFile.Name);
        if (!File.Exists(settingsPath))
        {
            diagnostics.Add(new Diagnostic(InputCodes.Unreadable, Severity.Error, SettingsFile.Name, 1, 1,
                $"'{root}' is not a TellMe bank (no {SettingsFile.Name})", "run `tellme init` or `tellme import … --into DIR`, or pass --bank"));
            return null;
        }
        BankSettings settings = new();
        if (SafeFile.ReadText(settingsPath, SettingsFile.Name, diagnostics) is { } settingsText)
            settings = SettingsFile.Read(settingsText, SettingsFile.Name, diagnostics) ?? settings;
        return settings;
    }

    /// <summary>The taught questions of <c>questions.yaml</c>, if the bank has one.</summary>
    internal static ImmutableArray<TaughtQuestion> ReadTaught(string root, List<Diagnostic> diagnostics)
    {
        string questionsPath = Path.Combine(root, QuestionsFile.Name);
        if (File.Exists(questionsPath) && SafeFile.ReadText(questionsPath, QuestionsFile.Name, diagnostics) is { } questionsText)
            return QuestionsFile.Read(questionsText, QuestionsFile.Name, diagnostics);
        return [];
    }
}
