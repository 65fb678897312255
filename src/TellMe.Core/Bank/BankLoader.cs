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
        // file-name order so that diagnostics come out the same on every run. Of two files with one ID, the
        // one named after it wins (see Winner).
        var storyFiles = ParseAll(Files(root, StoryFile.Folder, "*.md"), StoryFile.Read);
        var answerFiles = ParseAll(Files(root, AnswerFile.Folder, "*.md"), AnswerFile.Read);
        var frameworkFiles = ParseAll(Files(root, FrameworkFile.Folder, "*.yaml"), FrameworkFile.Read);

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
        var taught = ImmutableArray<TaughtQuestion>.Empty;
        string questionsPath = Path.Combine(root, QuestionsFile.Name);
        if (File.Exists(questionsPath) && SafeFile.ReadText(questionsPath, QuestionsFile.Name, diagnostics) is { } questionsText)
            taught = QuestionsFile.Read(questionsText, QuestionsFile.Name, diagnostics);
        return new StoryBank(settings, stories, answers, frameworks, diagnostics, taught);
    }

    /// <summary>
    /// Which of several files holding one ID (or answer key) is read: the one whose name matches it
    /// (<c>stories/CR2.md</c> for CR2), else the first by name. Never a silent choice: the others are errors.
    /// </summary>
    private static (string Name, T Value) Winner<T>(IReadOnlyList<(string Name, T Value)> candidates, Func<string, T, bool> named) =>
        candidates.FirstOrDefault(c => named(c.Name, c.Value)) is { Value: not null } match ? match : candidates[0];

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
