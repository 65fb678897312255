using System.Collections.Frozen;
using System.Collections.Immutable;
using TellMe.Diagnostics;
using TellMe.Language;

namespace TellMe.Bank;

/// <summary>
/// The whole bank, immutable: settings, stories (sorted by ID), answers (in page order) and frameworks.
/// Everything downstream (check, render, match, practice) reads this and never the files.
/// </summary>
public sealed class StoryBank
{
    private readonly FrozenDictionary<string, Story> _byId;

    /// <summary>Creates a bank from its parts; stories are sorted and indexed by ID and alias.</summary>
    public StoryBank(
        BankSettings settings,
        IEnumerable<Story> stories,
        IEnumerable<Answer> answers,
        IEnumerable<Framework> frameworks,
        IEnumerable<Diagnostic>? loadDiagnostics = null,
        IEnumerable<TaughtQuestion>? taught = null)
    {
        Taught = taught?.ToImmutableArray() ?? [];
        Settings = settings;
        Stories = [.. stories.OrderBy(s => s.Id)];
        Answers = [.. answers.OrderBy(a => a.Order).ThenBy(a => a.Key, StringComparer.Ordinal)];
        Frameworks = [.. frameworks.OrderBy(f => f.Id, StringComparer.Ordinal)];
        LoadDiagnostics = loadDiagnostics?.ToImmutableArray() ?? [];
        var index = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var story in Stories)
        {
            index.TryAdd(story.Id.Value, story);
            foreach (var alias in story.Aliases) index.TryAdd(alias, story);
        }
        _byId = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>An empty bank with default settings.</summary>
    public static StoryBank Empty { get; } = new(new BankSettings(), [], [], []);

    /// <summary>The bank's settings.</summary>
    public BankSettings Settings { get; }

    /// <summary>Stories in natural ID order.</summary>
    public ImmutableArray<Story> Stories { get; }

    /// <summary>Answers in page order.</summary>
    public ImmutableArray<Answer> Answers { get; }

    /// <summary>Frameworks by ID.</summary>
    public ImmutableArray<Framework> Frameworks { get; }

    /// <summary>The questions the user taught, in file order (<c>questions.yaml</c>).</summary>
    public ImmutableArray<TaughtQuestion> Taught { get; }

    /// <summary>What went wrong while reading the files.</summary>
    public ImmutableArray<Diagnostic> LoadDiagnostics { get; }

    /// <summary>The story with this ID or alias.</summary>
    public Story? Find(StoryId id) => _byId.GetValueOrDefault(id.Value);

    /// <summary>The story with this ID or alias, given as text.</summary>
    public Story? Find(string idOrAlias) => _byId.GetValueOrDefault(idOrAlias);

    /// <summary>The answer with this key, compared as <see cref="NameFold"/> does (case, spacing and encoding damage aside).</summary>
    public Answer? FindAnswer(string key)
    {
        string folded = NameFold.Of(key);
        return Answers.FirstOrDefault(a => NameFold.Of(a.Key) == folded);
    }

    /// <summary>The principle with this name or ID in any framework, compared as <see cref="NameFold"/> does.</summary>
    public (Framework Framework, Principle Principle)? FindPrinciple(string nameOrId)
    {
        string folded = NameFold.Of(nameOrId);
        foreach (var framework in Frameworks)
            foreach (var principle in framework.Principles)
                if (NameFold.Of(principle.Name) == folded || NameFold.Of(principle.Id) == folded) return (framework, principle);
        return null;
    }

    /// <summary>
    /// The next free ID with this prefix: one more than the highest number any story or alias of the prefix has
    /// (<c>CR5</c> after CR1–CR4), so a new story never takes an ID an old reference still points to.
    /// </summary>
    public StoryId NextId(string prefix)
    {
        int max = 0;
        foreach (var key in _byId.Keys)
            if (StoryId.TryParse(key, out var id) && id.Prefix == prefix) max = Math.Max(max, id.Number);
        return StoryId.Create(prefix, max + 1);
    }

    /// <summary>The framework with this ID.</summary>
    public Framework? FindFramework(string id) => Frameworks.FirstOrDefault(f => f.Id == id);

    /// <summary>A copy with other parts; unchanged parts are shared.</summary>
    public StoryBank With(
        BankSettings? settings = null,
        IEnumerable<Story>? stories = null,
        IEnumerable<Answer>? answers = null,
        IEnumerable<Framework>? frameworks = null) =>
        new(settings ?? Settings, stories ?? Stories, answers ?? Answers, frameworks ?? Frameworks, LoadDiagnostics, Taught);
}
