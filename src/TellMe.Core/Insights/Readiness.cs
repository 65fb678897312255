using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;
using TellMe.Practice.Stats;

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
    /// <remarks>
    /// A principle's card is found in <paramref name="deck"/> by the principle's <see cref="CompetencyId"/> (the card
    /// the deck built for it), so readiness and the drill speak of the same card without rebuilding its ID here. Recall
    /// is <see cref="PracticeStats.RecallNow"/>, as <c>tellme stats</c> shows it; a card in (re)learning steps has none
    /// yet and counts as 0 (just forgotten, or not yet learnt).
    /// </remarks>
    public static ImmutableArray<FrameworkReadiness> Of(StoryBank bank, IReadOnlyList<Card> deck, IReadOnlyList<StoredCard> stored, FsrsScheduler scheduler, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(scheduler);
        var schedules = new Dictionary<CardId, FsrsCard>();
        foreach (var s in stored)
            if (!s.IsRetired) schedules[s.Id] = s.Schedule;
        var principleCards = new Dictionary<CompetencyId, CardId>();
        foreach (var card in deck)
            if (card.Kind == CardKind.Principle && card.Primary is { } competency) principleCards.TryAdd(competency.Id, card.Id);

        var result = ImmutableArray.CreateBuilder<FrameworkReadiness>(bank.Frameworks.Length);
        foreach (var framework in bank.Frameworks)
        {
            int covered = 0, drilled = 0;
            double recall = 0;
            foreach (var principle in framework.Principles)
            {
                if (!principle.Stories.Any(t => t.Story is { } id && bank.Find(id) is not null)) continue;
                covered++;
                if (principleCards.TryGetValue(new CompetencyId(framework.Id, principle.Id), out var cardId)
                    && schedules.TryGetValue(cardId, out var schedule) && schedule.State != CardState.New)
                {
                    drilled++;
                    recall += PracticeStats.RecallNow(scheduler, schedule, now) ?? 0;
                }
            }
            result.Add(new FrameworkReadiness(framework, framework.Principles.Length, covered, drilled, covered == 0 ? 0 : recall / covered));
        }
        return result.MoveToImmutable();
    }
}
