using System.Collections.Immutable;
using TellMe.Data;
using TellMe.Insights;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;
using TellMe.Practice.Stats;

namespace TellMe.Web.Services;

/// <summary>Practice figures for the dashboard and the progress page, with the history's problem if it could not be read.</summary>
public sealed record PracticeView(StatsReport Stats, ImmutableArray<FrameworkReadiness> Readiness, IReadOnlyList<StoredCard> Stored, string? Problem);

/// <summary>
/// Computes <see cref="PracticeStats"/> and <see cref="Readiness"/> from the bank and its history, and keeps the result
/// until the bank or the history changes or a minute passes (due counts move with the clock): a dashboard served 500
/// times a second reads the database once.
/// </summary>
public sealed class PracticeViews(BankViews banks, TimeProvider time)
{
    private readonly Lock _lock = new();
    private (long Bank, long Store, long Minute, PracticeView View)? _cached;
    private (long Store, IReadOnlyDictionary<CardId, StoredCard> Cards)? _stored;

    /// <summary>
    /// One card's stored schedule, read from the history without computing the whole report (a story page needs only
    /// its own card); null when the card was never stored or there is no history.
    /// </summary>
    public StoredCard? Card(CardId id)
    {
        var workspace = banks.Workspace;
        if (!workspace.HasPracticeHistory) return null;
        try
        {
            long version = workspace.Practice.Version;
            var cached = _stored;
            if (cached is not { } c || c.Store != version)
            {
                var cards = workspace.Practice.Cards(includeRetired: true).ToDictionary(s => s.Id);
                _stored = cached = (version, cards);
            }
            return cached.Value.Cards.GetValueOrDefault(id);
        }
        catch (PracticeStoreException) { return null; }
    }
    /// <summary>The figures now.</summary>
    public PracticeView Current
    {
        get
        {
            var view = banks.Current;
            var workspace = banks.Workspace;
            var now = time.GetUtcNow();
            long minute = now.ToUnixTimeSeconds() / 60;
            long store = workspace.HasPracticeHistory ? TryVersion(workspace) : -1;
            var cached = _cached;
            if (cached is { } c && c.Bank == view.Snapshot.Version && c.Store == store && c.Minute == minute) return c.View;
            lock (_lock)
            {
                cached = _cached;
                if (cached is { } again && again.Bank == view.Snapshot.Version && again.Store == store && again.Minute == minute) return again.View;
                var computed = Compute(view, workspace, now);
                _cached = (view.Snapshot.Version, store, minute, computed);
                return computed;
            }
        }
    }

    private static long TryVersion(BankWorkspace workspace)
    {
        try { return workspace.Practice.Version; }
        catch (PracticeStoreException) { return -2; }
    }

    private PracticeView Compute(BankView view, BankWorkspace workspace, DateTimeOffset now)
    {
        IReadOnlyList<StoredCard> stored = [];
        IReadOnlyList<ReviewRecord> reviews = [];
        string? problem = null;
        if (workspace.HasPracticeHistory)
        {
            try
            {
                stored = workspace.Practice.Cards(includeRetired: true);
                reviews = workspace.Practice.Reviews();
            }
            catch (PracticeStoreException ex) { problem = ex.Message; }
        }
        var scheduler = new FsrsScheduler();
        var stats = PracticeStats.Compute(view.Snapshot.Deck, stored, reviews, scheduler, now, time.LocalTimeZone);
        return new PracticeView(stats, Readiness.Of(view.Snapshot.Bank, view.Snapshot.Deck, stored, scheduler, now), stored, problem);
    }
}
