using System.Collections.Immutable;
using TellMe.Bank;

namespace TellMe.Check;

/// <summary>Where a story is cited: by which principles and which answers.</summary>
public sealed class StoryUsage
{
    private readonly Dictionary<StoryId, List<(Framework Framework, Principle Principle, StoryTelling Telling)>> _principles = [];
    private readonly Dictionary<StoryId, List<Answer>> _answers = [];

    /// <summary>Computes the usage of every story in the bank.</summary>
    public static StoryUsage Of(StoryBank bank)
    {
        var usage = new StoryUsage();
        foreach (var f in bank.Frameworks)
            foreach (var p in f.Principles)
                foreach (var t in p.Stories)
                    if (t.Story is { } id && bank.Find(id) is { } s)
                        (usage._principles.TryGetValue(s.Id, out var l) ? l : usage._principles[s.Id] = []).Add((f, p, t));
        foreach (var a in bank.Answers)
            if (a.Story is { } id && bank.Find(id) is { } s)
                (usage._answers.TryGetValue(s.Id, out var l) ? l : usage._answers[s.Id] = []).Add(a);
        return usage;
    }

    /// <summary>The principles that cite a story (a principle citing it twice counts once).</summary>
    public ImmutableArray<Principle> PrinciplesOf(StoryId id) =>
        _principles.TryGetValue(id, out var l) ? [.. l.Select(x => x.Principle).Distinct()] : [];

    /// <summary>Every principle entry that tells a story.</summary>
    public IEnumerable<(Framework Framework, Principle Principle, StoryTelling Telling)> TellingsOf(StoryId id) =>
        _principles.TryGetValue(id, out var l) ? l : [];

    /// <summary>The answers that tell a story.</summary>
    public ImmutableArray<Answer> AnswersOf(StoryId id) => _answers.TryGetValue(id, out var l) ? [.. l] : [];
}
