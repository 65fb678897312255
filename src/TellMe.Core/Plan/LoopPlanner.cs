using System.Collections.Immutable;
using TellMe.Match;

namespace TellMe.Plan;

/// <summary>
/// Plans a loop: a primary and a backup story for every slot, no story told twice in the whole loop, with the
/// greatest total fit.
/// </summary>
/// <remarks>
/// <para>Primaries are assigned first, optimally (<see cref="AssignmentSolver"/>), because they are the
/// stories the user will almost surely tell; backups are then assigned, again optimally, over the stories
/// left. Optimising both at once could give a slot a worse primary to buy another slot a better backup,
/// which is the wrong trade.</para>
/// <para>A story fits a slot below <see cref="MinimumFit"/> only by noise; such pairs are never planned, so a
/// slot without a real candidate is reported as unfillable instead of getting an arbitrary story.</para>
/// <para>A slot on a topic told with an answer ("Why this company", "Tell me about yourself") whose best
/// prepared answer tells no story is filled by that answer and takes no story: the user wrote what to say to it, and a story planned there would
/// be one fewer for the slots that need one.</para>
/// </remarks>
public static class LoopPlanner
{
    /// <summary>The least fit that counts as a story fitting a slot at all.</summary>
    public const double MinimumFit = 0.05;

    /// <summary>Plans the slots against the matcher's bank.</summary>
    /// <param name="matcher">The bank's matcher.</param>
    /// <param name="slots">The slots, in order.</param>
    /// <param name="seed">The seed a generated loop was made with, to report it.</param>
    /// <param name="preparedAnswers">Fill slots told with an answer by the user's answer (a loop to rehearse); false
    /// when the question is which story covers each slot (prep, the next round after a debrief).</param>
    public static LoopPlan Plan(Matcher matcher, IReadOnlyList<LoopSlot> slots, int? seed = null, bool preparedAnswers = true)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(slots);
        var stories = matcher.Bank.Stories;
        var fit = new double[slots.Count, stories.Length];
        var answers = new AnswerChoice?[slots.Count];
        for (int i = 0; i < slots.Count; i++)
        {
            answers[i] = preparedAnswers ? PreparedAnswer(matcher, slots[i]) : null;
            if (answers[i] is not null) continue; // no story for it: the fits stay 0, below MinimumFit
            var row = Fit(matcher, slots[i]);
            for (int s = 0; s < stories.Length; s++) fit[i, s] = row[s];
        }
        var (primary, backup) = Assign(fit, MinimumFit);

        var plans = ImmutableArray.CreateBuilder<SlotPlan>(slots.Count);
        for (int i = 0; i < slots.Count; i++)
        {
            if (answers[i] is { } answer)
            {
                plans.Add(new SlotPlan(slots[i], null, null, null, answer));
                continue;
            }
            StoryChoice? Choice(int s) => s < 0 ? null : new StoryChoice(stories[s].Id.Value, stories[s].Title, Math.Round(fit[i, s], 4));
            int candidates = 0;
            for (int s = 0; s < stories.Length; s++)
                if (fit[i, s] >= MinimumFit) candidates++;
            string? problem = null;
            if (primary[i] < 0)
                problem = stories.Length == 0 ? "the bank has no stories"
                    : candidates == 0 ? $"no story fits {slots[i].Topic}"
                    : $"every story that fits {slots[i].Topic} is already planned for another slot";
            else if (backup[i] < 0)
                problem = candidates <= 1 ? "no second story fits" : "no second story left that fits";
            plans.Add(new SlotPlan(slots[i], Choice(primary[i]), Choice(backup[i]), problem));
        }
        return new LoopPlan(plans.MoveToImmutable(), seed);
    }

    /// <summary>
    /// Primaries, then backups over the stories left. Each result holds, per slot (row), a story (column) or -1;
    /// no column appears twice across both arrays, and pairs below <paramref name="minimumFit"/> are never used.
    /// </summary>
    public static (int[] Primary, int[] Backup) Assign(double[,] fit, double minimumFit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        int slots = fit.GetLength(0), stories = fit.GetLength(1);
        var primary = AssignmentSolver.MaximiseScore(fit, minimumFit);

        var used = new bool[stories];
        foreach (int s in primary)
            if (s >= 0) used[s] = true;
        var left = new List<int>(stories);
        for (int s = 0; s < stories; s++)
            if (!used[s]) left.Add(s);
        var filled = new List<int>(slots);
        for (int i = 0; i < slots; i++)
            if (primary[i] >= 0) filled.Add(i);

        var backup = new int[slots];
        Array.Fill(backup, -1);
        if (left.Count == 0 || filled.Count == 0) return (primary, backup);
        var rest = new double[filled.Count, left.Count];
        for (int r = 0; r < filled.Count; r++)
            for (int c = 0; c < left.Count; c++) rest[r, c] = fit[filled[r], left[c]];
        var second = AssignmentSolver.MaximiseScore(rest, minimumFit);
        for (int r = 0; r < filled.Count; r++)
            if (second[r] >= 0) backup[filled[r]] = left[second[r]];
        return (primary, backup);
    }

    /// <summary>
    /// The prepared answer that fills <paramref name="slot"/>: for a topic told with an answer rather than a story
    /// (<see cref="Competencies.Competency.ToldWithAnswer"/>), the best-matching answer to its question, when that
    /// answer tells no story. Every other slot gets stories.
    /// </summary>
    public static AnswerChoice? PreparedAnswer(Matcher matcher, LoopSlot slot)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(slot);
        if (slot.Competency is not { } id || matcher.Space.IndexOf(id) is not (>= 0 and var index) || !matcher.Space.Entries[index].Competency.ToldWithAnswer)
            return null;
        var best = matcher.Match(slot.Question ?? slot.Topic, top: 1).Answers;
        return best.IsDefaultOrEmpty || best[0].Story is not null ? null : new AnswerChoice(best[0].Key, Math.Round(best[0].Score, 4));
    }

    private static double[] Fit(Matcher matcher, LoopSlot slot)
    {
        if (slot.Competency is { } id && matcher.Space.IndexOf(id) is var competency and >= 0)
            return matcher.StoryFit(competency);
        return matcher.StoryScores(slot.Question ?? slot.Topic);
    }
}
