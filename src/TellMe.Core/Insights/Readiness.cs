using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;

namespace TellMe.Insights;

/// <summary>
/// How ready the user is for a loop on one framework, and what that figure is made of: the share of principles
/// that have a story (<see cref="Covered"/> of <see cref="Principles"/>) times the mean predicted recall of those
/// principles' cards now (a card never drilled counts as 0: a story not rehearsed is not ready).
/// </summary>
/// <param name="Framework">The framework.</param>
/// <param name="Principles">Its principles.</param>
/// <param name="Covered">Principles that cite at least one story of the bank.</param>
/// <param name="Drilled">Covered principles whose card has been reviewed at least once.</param>
/// <param name="MeanRecall">Mean predicted recall now over the covered principles' cards (0 for undrilled ones).</param>
public sealed record FrameworkReadiness(Framework Framework, int Principles, int Covered, int Drilled, double MeanRecall)
{
    /// <summary>Share of principles with a story, 0 to 1.</summary>
    public double Coverage => Principles == 0 ? 0 : Covered / (double)Principles;

    /// <summary>The figure: coverage × mean recall, 0 to 1.</summary>
    public double Score => Coverage * MeanRecall;
}

/// <summary>Computes <see cref="FrameworkReadiness"/> from the bank, its cards and the practice history.</summary>
public static class Readiness
{
    /// <summary>One entry per framework of the bank, in bank order.</summary>
    public static ImmutableArray<FrameworkReadiness> Of(StoryBank bank, IReadOnlyList<StoredCard> stored, FsrsScheduler scheduler, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(scheduler);
        var schedules = new Dictionary<CardId, FsrsCard>();
        foreach (var s in stored)
            if (!s.IsRetired) schedules[s.Id] = s.Schedule;
        var result = ImmutableArray.CreateBuilder<FrameworkReadiness>(bank.Frameworks.Length);
        foreach (var framework in bank.Frameworks)
        {
            int covered = 0, drilled = 0;
            double recall = 0;
            foreach (var principle in framework.Principles)
            {
                if (!principle.Stories.Any(t => t.Story is { } id && bank.Find(id) is not null)) continue;
                covered++;
                if (schedules.TryGetValue(CardId.ForPrinciple(framework.Id, principle.Id), out var schedule) && schedule.State != CardState.New)
                {
                    drilled++;
                    recall += scheduler.Retrievability(schedule, now);
                }
            }
            result.Add(new FrameworkReadiness(framework, framework.Principles.Length, covered, drilled, covered == 0 ? 0 : recall / covered));
        }
        return result.MoveToImmutable();
    }
}
