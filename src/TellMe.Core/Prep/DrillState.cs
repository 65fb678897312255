using System.Collections.Immutable;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;
using TellMe.Practice.Stats;

namespace TellMe.Prep;

/// <summary>How far a card has come in practice, in the words <c>tellme stats</c> uses.</summary>
public enum DrillLevel
{
    /// <summary>Never reviewed.</summary>
    NotDrilled,
    /// <summary>In its (re)learning steps: reviewed, not yet remembered for days.</summary>
    Learning,
    /// <summary>Remembered, with a stability under 21 days.</summary>
    Young,
    /// <summary>Remembered for 21 days or more.</summary>
    Mature,
}

/// <summary>How well a story is drilled: its card's state in the practice history.</summary>
/// <param name="Card">The card (<c>story:CR2</c>).</param>
/// <param name="Level">Where it stands.</param>
/// <param name="Reviews">Reviews so far.</param>
/// <param name="Lapses">Times it was forgotten after being learnt.</param>
/// <param name="RecallNow">FSRS's probability of recalling it now; null when never reviewed.</param>
/// <param name="Due">When it is due again; null when never reviewed.</param>
public sealed record DrillState(CardId Card, DrillLevel Level, int Reviews, int Lapses, double? RecallNow, DateTimeOffset? Due)
{
    /// <summary>The state of a card from the stored history (a card not stored yet was never drilled).</summary>
    public static DrillState Of(CardId card, IReadOnlyDictionary<CardId, StoredCard> stored, FsrsScheduler scheduler, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(scheduler);
        if (!stored.TryGetValue(card, out var s) || s.Schedule.State == CardState.New)
            return new DrillState(card, DrillLevel.NotDrilled, 0, 0, null, null);
        var schedule = s.Schedule;
        var level = schedule.State is CardState.Learning or CardState.Relearning ? DrillLevel.Learning
            : schedule.Stability >= PracticeStats.MatureStability ? DrillLevel.Mature : DrillLevel.Young;
        return new DrillState(card, level, schedule.Reps, schedule.Lapses, Math.Round(scheduler.Retrievability(schedule, now), 3), schedule.Due);
    }

    /// <summary>"not drilled", "learning", "young", "mature", for text output.</summary>
    public string Describe() => Level switch
    {
        DrillLevel.NotDrilled => "not drilled",
        DrillLevel.Learning => "learning",
        DrillLevel.Young => "young",
        _ => "mature",
    };
}

/// <summary>The stored cards by ID, for looking states up.</summary>
public static class StoredCards
{
    /// <summary>Indexes a list of stored cards.</summary>
    public static ImmutableDictionary<CardId, StoredCard> ById(IEnumerable<StoredCard> cards) =>
        cards.ToImmutableDictionary(c => c.Id);
}
