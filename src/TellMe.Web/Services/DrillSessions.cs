using System.Collections.Concurrent;
using System.Security.Cryptography;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Drill;
using TellMe.Practice.Feedback;
using TellMe.Practice.Scheduling;

namespace TellMe.Web.Services;

/// <summary>How a browser drill runs.</summary>
public sealed record DrillSettings
{
    /// <summary>Rate with missed it / got it instead of 1–4.</summary>
    public bool PassFail { get; init; }
    /// <summary>The countdown and target speaking time.</summary>
    public TimeSpan Time { get; init; } = FeedbackOptions.DefaultTarget;
    /// <summary>New cards to introduce.</summary>
    public int NewCards { get; init; } = 10;
    /// <summary>Go on with cards not due yet when nothing is due.</summary>
    public bool All { get; init; }
}

/// <summary>
/// One drill in a browser: the Core <see cref="DrillSession"/> (the same one <c>tellme drill</c> runs), the card on
/// screen, and the typed answer if any. Requests of one drill are serialised by <see cref="Lock"/>.
/// </summary>
public sealed class WebDrill(string id, DrillSession session, DrillSettings settings, int wordsPerMinute)
{
    /// <summary>The drill's ID, in its URL.</summary>
    public string Id { get; } = id;
    /// <summary>The session.</summary>
    public DrillSession Session { get; } = session;
    /// <summary>How it runs.</summary>
    public DrillSettings Settings { get; } = settings;
    /// <summary>The bank's speaking speed, for feedback.</summary>
    public int WordsPerMinute { get; } = wordsPerMinute;
    /// <summary>Serialises requests of this drill.</summary>
    public Lock Lock { get; } = new();
    /// <summary>The card on screen, or null before the next is drawn.</summary>
    public DrillTurn? Turn { get; set; }
    /// <summary>How many cards were shown.</summary>
    public int Shown { get; set; }
    /// <summary>The typed answer to the card on screen.</summary>
    public string? Answer { get; set; }
    /// <summary>Feedback on the recorded answer to the card on screen, if the user recorded one.</summary>
    public SpokenResult? Spoken { get; set; }
    /// <summary>The last saved review, to acknowledge it above the next card.</summary>
    public DrillOutcome? LastSaved { get; set; }
    /// <summary>When the drill was last used.</summary>
    public DateTimeOffset LastUsed { get; set; }

    /// <summary>The card on screen, drawing the next one if there is none; null when nothing is left to drill.</summary>
    public DrillTurn? CurrentTurn()
    {
        if (Turn is null && Session.Next() is { } next)
        {
            Turn = next;
            Answer = null;
            Spoken = null;
            Shown++;
        }
        return Turn;
    }

    /// <summary>The feedback options of this drill: its target time and the bank's speaking speed.</summary>
    public FeedbackOptions FeedbackOptions => new() { Target = Settings.Time, WordsPerMinute = WordsPerMinute };

    /// <summary>Feedback on the typed answer, exactly as <c>tellme feedback</c> gives it.</summary>
    public AnswerFeedback? Feedback() => Turn is null || string.IsNullOrWhiteSpace(Answer) ? null
        : FeedbackAnalyzer.Analyze(Answer, Turn.Card, FeedbackOptions);
}

/// <summary>
/// The drills running in this server, by an unguessable ID. Few (one person uses the app), kept for 12 hours of
/// inactivity; the oldest goes when there are more than 20.
/// </summary>
public sealed class DrillSessions(BankViews banks, TimeProvider time)
{
    private const int MaxDrills = 20;
    private static readonly TimeSpan Idle = TimeSpan.FromHours(12);
    private readonly ConcurrentDictionary<string, WebDrill> _drills = new(StringComparer.Ordinal);

    /// <summary>Starts a drill over the bank as it is now (syncing its cards with the history first).</summary>
    /// <exception cref="PracticeStoreException">The history cannot be used.</exception>
    public WebDrill Start(DrillSettings settings, int? seed = null)
    {
        var view = banks.Current;
        var bank = view.Snapshot.Bank;
        var scheduler = new FsrsScheduler(FsrsParameters.Default with { EnableFuzz = true });
        var session = DrillSession.Start(banks.Workspace.Practice, view.Snapshot.Deck, scheduler, new Prompts(EmbeddedQuestions.Source, bank.Taught),
            seed is { } s ? new Random(s) : new Random(), time,
            new DrillOptions { NewCardsPerSession = settings.NewCards, IncludeNotDue = settings.All });
        var drill = new WebDrill(Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant(), session, settings, bank.Settings.Check.WordsPerMinute)
        {
            LastUsed = time.GetUtcNow(),
        };
        Evict();
        _drills[drill.Id] = drill;
        return drill;
    }

    /// <summary>The drill with this ID, or null.</summary>
    public WebDrill? Find(string? id)
    {
        if (id is null || !_drills.TryGetValue(id, out var drill)) return null;
        drill.LastUsed = time.GetUtcNow();
        return drill;
    }

    private void Evict()
    {
        var now = time.GetUtcNow();
        foreach (var (id, drill) in _drills)
            if (now - drill.LastUsed > Idle) _drills.TryRemove(id, out _);
        while (_drills.Count >= MaxDrills && _drills.Values.MinBy(d => d.LastUsed) is { } oldest) _drills.TryRemove(oldest.Id, out _);
    }
}
