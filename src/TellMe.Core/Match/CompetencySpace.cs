using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Match.Questions;

namespace TellMe.Match;

/// <summary>One competency the matcher can score, named the way the user's bank names it.</summary>
/// <param name="Competency">The competency, named as the bank spells it when the bank has the principle, else as the question bank does.</param>
/// <param name="Principle">The bank's principle, when the bank has one for it.</param>
internal sealed record CompetencyEntry(Competency Competency, Principle? Principle)
{
    /// <summary>Framework and slug.</summary>
    public CompetencyId Id => Competency.Id;

    /// <summary>The name to show.</summary>
    public string Name => Competency.Name;

    /// <summary>The framework's ID.</summary>
    public string Framework => Competency.Framework;

    /// <summary>True when it is a principle of one of the user's own frameworks.</summary>
    public bool IsPrinciple => Principle is not null;
}

/// <summary>
/// The competencies of the question bank followed by the bank's own principles that the question bank does
/// not know (a custom framework). Vectors over competencies are indexed by this list, so the first
/// <see cref="Known"/> entries line up with the classifier's output and the rest can only be reached
/// through the user's own words and stories.
/// </summary>
internal sealed class CompetencySpace
{
    private CompetencySpace(ImmutableArray<CompetencyEntry> entries, int known)
    {
        Entries = entries;
        Known = known;
    }

    /// <summary>All entries: the question bank's first, in its order.</summary>
    public ImmutableArray<CompetencyEntry> Entries { get; }

    /// <summary>How many leading entries are the question bank's.</summary>
    public int Known { get; }

    /// <summary>Length of every competency vector.</summary>
    public int Count => Entries.Length;

    /// <summary>
    /// Lines the question bank up with the bank's frameworks. A principle belongs to a question-bank
    /// competency when framework and principle IDs agree (the importer gives Amazon's principles the built-in
    /// slugs), so "Invent and simplify" is shown exactly as the user spells it.
    /// </summary>
    public static CompetencySpace Create(QuestionBank questions, StoryBank bank)
    {
        var principles = new Dictionary<CompetencyId, Principle>();
        foreach (var framework in bank.Frameworks)
            foreach (var principle in framework.Principles)
                principles.TryAdd(new CompetencyId(framework.Id, principle.Id), principle);

        var entries = ImmutableArray.CreateBuilder<CompetencyEntry>();
        var claimed = new HashSet<CompetencyId>();
        foreach (var competency in questions.Competencies)
        {
            var principle = principles.GetValueOrDefault(competency.Id);
            if (principle is not null) claimed.Add(competency.Id);
            entries.Add(new CompetencyEntry(principle is null ? competency : competency.Named(principle.Name), principle));
        }
        int known = entries.Count;
        foreach (var framework in bank.Frameworks)
            foreach (var principle in framework.Principles)
                if (claimed.Add(new CompetencyId(framework.Id, principle.Id)))
                    entries.Add(new CompetencyEntry(new Competency(new CompetencyId(framework.Id, principle.Id), principle.Name), principle));
        return new CompetencySpace(entries.ToImmutable(), known);
    }

    /// <summary>The entry of a competency, or -1.</summary>
    public int IndexOf(CompetencyId id)
    {
        for (int i = 0; i < Entries.Length; i++)
            if (Entries[i].Id == id) return i;
        return -1;
    }

    /// <summary>
    /// Finds a competency by what a user types: its ID, its name as the bank or the question bank spells it,
    /// or <c>framework/id</c>; case and punctuation are ignored ("dive deep", "Dive Deep", "amazon/dive-deep").
    /// Bank principles win over general competencies of the same name.
    /// </summary>
    public int Find(string text)
    {
        string wanted = Fold(text);
        if (wanted.Length == 0) return -1;
        int found = -1;
        for (int i = 0; i < Entries.Length; i++)
        {
            var e = Entries[i];
            if (Fold(e.Name) != wanted && Fold(e.Id.Slug) != wanted && Fold(e.Id.ToString()) != wanted) continue;
            if (e.Principle is not null) return i;
            if (found < 0) found = i;
        }
        return found;
    }

    // Letters and digits only, lower case: "Have Backbone; Disagree and Commit" and "have-backbone-disagree-and-commit" fold alike.
    private static string Fold(string text)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
            if (char.IsLetterOrDigit(c)) chars.Append(char.ToLowerInvariant(c));
        return chars.ToString();
    }
}
