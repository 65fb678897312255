using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Check;

namespace TellMe.Insights;

/// <summary>A story column of a coverage matrix.</summary>
/// <param name="Id">The story.</param>
/// <param name="Title">Its title.</param>
/// <param name="Principles">How many principles of the framework cite it.</param>
/// <param name="Answers">How many answers tell it.</param>
/// <param name="Overused">True when more principles cite it than <c>check.max-principles-per-story</c> allows:
/// in a loop, one story cannot answer for all of them.</param>
public sealed record CoverageStory(StoryId Id, string Title, int Principles, int Answers, bool Overused);

/// <summary>A principle row of a coverage matrix.</summary>
/// <param name="Principle">The principle.</param>
/// <param name="Cells">For each story column, whether this principle cites it.</param>
/// <param name="Stories">How many existing stories it cites.</param>
public sealed record CoverageRow(Principle Principle, ImmutableArray<bool> Cells, int Stories)
{
    /// <summary>A principle with no story: nothing to tell when it is asked.</summary>
    public bool IsGap => Stories == 0;
}

/// <summary>Principles × stories for one framework: which story shows which principle, the gaps and the overuse.</summary>
/// <param name="Framework">The framework.</param>
/// <param name="Stories">The columns: every story the framework cites, in ID order.</param>
/// <param name="Rows">One row per principle, in framework order.</param>
/// <param name="UncitedStories">Stories of the bank no principle of this framework cites (not shown as columns).</param>
public sealed record CoverageMatrix(Framework Framework, ImmutableArray<CoverageStory> Stories, ImmutableArray<CoverageRow> Rows, int UncitedStories)
{
    /// <summary>Principles without a story.</summary>
    public int Gaps => Rows.Count(r => r.IsGap);

    /// <summary>Stories cited by more principles than allowed.</summary>
    public int Overused => Stories.Count(s => s.Overused);
}

/// <summary>
/// Computes the coverage heatmap of a framework. Columns are only the stories the framework cites, so a bank of
/// 10,000 stories gives a matrix as wide as its principles' citations, not as the bank.
/// </summary>
public static class Coverage
{
    /// <summary>The matrix of <paramref name="framework"/> in <paramref name="bank"/>.</summary>
    public static CoverageMatrix Of(StoryBank bank, Framework framework)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(framework);
        var usage = StoryUsage.Of(bank);
        var cited = new SortedSet<StoryId>();
        var perPrinciple = new List<HashSet<StoryId>>();
        foreach (var principle in framework.Principles)
        {
            var mine = new HashSet<StoryId>();
            foreach (var telling in principle.Stories)
                if (telling.Story is { } id && bank.Find(id) is { } story)
                {
                    mine.Add(story.Id);
                    cited.Add(story.Id);
                }
            perPrinciple.Add(mine);
        }
        int max = bank.Settings.Check.MaxPrinciplesPerStory;
        var columns = cited.Select(id =>
        {
            var story = bank.Find(id)!;
            int principles = perPrinciple.Count(p => p.Contains(id));
            return new CoverageStory(id, story.Title, principles, usage.AnswersOf(id).Length, principles > Math.Max(1, max));
        }).ToImmutableArray();
        var rows = framework.Principles.Select((p, i) => new CoverageRow(p,
            [.. columns.Select(c => perPrinciple[i].Contains(c.Id))], perPrinciple[i].Count)).ToImmutableArray();
        return new CoverageMatrix(framework, columns, rows, bank.Stories.Length - columns.Length);
    }
}
