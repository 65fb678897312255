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
    public static StoryBank Load(string root)
    {
        var diagnostics = new List<Diagnostic>();
        BankSettings settings = new();
        string settingsPath = Path.Combine(root, SettingsFile.Name);
        if (!File.Exists(settingsPath))
        {
            diagnostics.Add(new Diagnostic(InputCodes.Unreadable, Severity.Error, SettingsFile.Name, 1, 1,
                $"'{root}' is not a TellMe bank (no {SettingsFile.Name})", "run `tellme init` or `tellme import … --into DIR`, or pass --bank"));
            return new StoryBank(settings, [], [], [], diagnostics);
        }
        if (SafeFile.ReadText(settingsPath, SettingsFile.Name, diagnostics) is { } settingsText)
            settings = SettingsFile.Read(settingsText, SettingsFile.Name, diagnostics) ?? settings;

        // Files are parsed in parallel (a bank of 10,000 stories keeps both cores busy), then merged in
        // file-name order so that duplicates and diagnostics come out the same on every run.
        var storyFiles = ParseAll(Files(root, StoryFile.Folder, "*.md"), StoryFile.Read);
        var answerFiles = ParseAll(Files(root, AnswerFile.Folder, "*.md"), AnswerFile.Read);
        var frameworkFiles = ParseAll(Files(root, FrameworkFile.Folder, "*.yaml"), FrameworkFile.Read);

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
        var taught = ImmutableArray<TaughtQuestion>.Empty;
        string questionsPath = Path.Combine(root, QuestionsFile.Name);
        if (File.Exists(questionsPath) && SafeFile.ReadText(questionsPath, QuestionsFile.Name, diagnostics) is { } questionsText)
            taught = QuestionsFile.Read(questionsText, QuestionsFile.Name, diagnostics);
        return new StoryBank(settings, stories, answers, frameworks, diagnostics, taught);
    }

    private static (string Name, T? Value, List<Diagnostic> Diagnostics)[] ParseAll<T>(
        IReadOnlyList<(string Path, string Name)> files, Func<string, string, List<Diagnostic>, T?> parse) where T : class
    {
        var results = new (string, T?, List<Diagnostic>)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (path, name) = files[i];
            var found = new List<Diagnostic>();
            T? value = SafeFile.ReadText(path, name, found) is { } text ? parse(text, name, found) : null;
            results[i] = (name, value, found);
        });
        return results;
    }

    // Files in a stable order so that diagnostics come out the same on every machine.
    private static IReadOnlyList<(string Path, string Name)> Files(string root, string folder, string pattern)
    {
        string dir = Path.Combine(root, folder);
        if (!Directory.Exists(dir)) return [];
        return [.. Directory.EnumerateFiles(dir, pattern)
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, $"{folder}/{Path.GetFileName(p)}"))];
    }
}
