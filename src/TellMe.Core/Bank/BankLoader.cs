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
    /// same on every run. Shared by a full load and an incremental reload (<see cref="BankReader"/>).
    /// </summary>
    internal static StoryBank Assemble(
        BankSettings settings,
        List<Diagnostic> diagnostics,
        IEnumerable<(string Name, Story? Story, IReadOnlyList<Diagnostic> Found)> storyFiles,
        IEnumerable<(string Name, Answer? Answer, IReadOnlyList<Diagnostic> Found)> answerFiles,
        IEnumerable<(string Name, Framework? Framework, IReadOnlyList<Diagnostic> Found)> frameworkFiles,
        ImmutableArray<TaughtQuestion> taught)
    {
        var stories = new List<Story>();
        var seen = new Dictionary<StoryId, Story>();
        foreach (var (name, story, found) in storyFiles)
        {
            diagnostics.AddRange(found);
            if (story is null) continue;
            if (seen.TryGetValue(story.Id, out var first))
            {
                diagnostics.Add(new Diagnostic(InputCodes.DuplicateId, Severity.Error, name, story.LineOf("id"), 1,
                    $"story ID {story.Id} is already used by {first.File}; this file is ignored",
                    "give one of them another ID, or merge them and list the old ID under aliases"));
                continue;
            }
            if (Path.GetFileNameWithoutExtension(name) != story.Id.Value)
                diagnostics.Add(new Diagnostic(InputCodes.BadBankFile, Severity.Warning, name, story.LineOf("id"), 1,
                    $"the file is named {Path.GetFileName(name)} but holds story {story.Id}", $"rename it to {StoryFile.PathOf(story.Id)}"));
            seen[story.Id] = story;
            stories.Add(story);
        }

        var answers = new List<Answer>();
        var keys = new Dictionary<string, Answer>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, answer, found) in answerFiles)
        {
            diagnostics.AddRange(found);
            if (answer is null) continue;
            if (keys.TryGetValue(answer.Key, out var first))
            {
                diagnostics.Add(new Diagnostic(InputCodes.DuplicateId, Severity.Error, name, answer.LineOf("key"), 1,
                    $"answer key '{answer.Key}' is already used by {first.File}; this file is ignored", "merge the two answers"));
                continue;
            }
            keys[answer.Key] = answer;
            answers.Add(answer);
        }

        var frameworks = new List<Framework>();
        foreach (var (_, framework, found) in frameworkFiles)
        {
            diagnostics.AddRange(found);
            if (framework is not null) frameworks.Add(framework);
        }
        return new StoryBank(settings, stories, answers, frameworks, diagnostics, taught);
    }

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
