using Microsoft.Data.Sqlite;
using TellMe.Competencies;
using TellMe.Debrief;
using TellMe.Match;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Drill;
using TellMe.Practice.Scheduling;

namespace TellMe.Data.Tests;

/// <summary>Rounds and postings in the real SQLite history: round trips, migration from version 1, one transaction per debrief.</summary>
public class InterviewStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    private static long Count(string path, string table)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }

    private static CompetencyId Id(string text) => CompetencyId.Parse(text);

    private static Competency Named(string id, string name) => new(Id(id), name);

    private static DebriefRequest Request(params AskedQuestion[] questions) => new() { Company = "Stripe", Round = "phone screen", Questions = [.. questions] };

    private static readonly AskedQuestion[] Rated =
    [
        new(1, "Tell me about a time you took ownership", "EN1", Rating.Good, "went well"),
        new(2, "Tell me about a conflict with a coworker", "CR4", Rating.Again),
        new(3, "Why do you want to work here?") { FollowUps = ["What do you know about us?", "Anything else?"] },
    ];

    [Fact]
    public void A_debriefed_round_round_trips_with_its_questions_and_reviews()
    {
        using var dir = new TempDir();
        var bank = Fixtures.WriteBank(dir.Path);
        var matcher = Matcher.Create(bank);
        DebriefOutcome outcome;
        using (var store = SqlitePracticeStore.OpenBank(dir.Path))
        {
            outcome = new DebriefService(matcher, store, new ManualTime(Now)).Record(Request(Rated) with { Interviewer = "Alex Chen", Notes = "30 minutes" });
            Assert.Empty(outcome.Problems);
        }
        using (var store = SqlitePracticeStore.OpenBank(dir.Path))
        {
            var round = Assert.Single(store.Rounds("stripe"));
            Assert.Equal(("Stripe", "phone screen", new DateOnly(2026, 3, 2), "recruiter-screen", "Alex Chen", "questions", "30 minutes"),
                (round.Company, round.Label, round.HeldOn, round.InterviewerType, round.Interviewer, round.Source, round.Notes));
            Assert.Equal(Now, round.RecordedAt);
            Assert.Equal([1, 2, 3], round.Questions.Select(q => q.Position));
            Assert.Equal(("EN1", Rating.Good, "went well"), (round.Questions[0].Story, round.Questions[0].Rating!.Value, round.Questions[0].Notes));
            Assert.Equal(["What do you know about us?", "Anything else?"], round.Questions[2].FollowUps.ToArray());
            // What each question probes comes back as it was read: the bank's principle and the general competency.
            var written = outcome.Round!.Questions;
            Assert.Equal(written.Select(q => (q.Principle, q.Competency)), round.Questions.Select(q => (q.Principle, q.Competency)));
            Assert.Equal(Id("general/motivation-company"), round.Questions[2].Competency!.Id);
            Assert.NotNull(round.Questions[0].Principle);
            Assert.Null(round.Questions[2].Rating);
            var reviews = store.Reviews();
            Assert.Equal(2, reviews.Count);
            Assert.Equal(round.Questions[1].ReviewId, reviews.Single(r => r.Rating == Rating.Again).Id);
            var card = store.Cards().Single(c => c.Id == round.Questions[1].Card);
            Assert.Equal(1, card.Schedule.Reps);
            Assert.True(card.Schedule.Due <= Now.AddMinutes(10)); // the weak answer comes back soon
            Assert.Equal("ok", store.IntegrityCheck());
            var company = Assert.Single(store.Companies());
            Assert.Equal(("Stripe", "stripe", 1, (DateOnly?)new DateOnly(2026, 3, 2), false), (company.Company, company.CompanyKey, company.Rounds, company.LastRound, company.HasPosting));
        }
    }

    [Fact]
    public void A_failure_injected_half_way_through_a_debrief_leaves_nothing_behind()
    {
        using var dir = new TempDir();
        var bank = Fixtures.WriteBank(dir.Path);
        string path = SqlitePracticeStore.PathFor(dir.Path);
        foreach (var step in new[] { "sync", "round", "review", "question" })
        {
            using var store = SqlitePracticeStore.OpenBank(dir.Path);
            var before = store.Cards().ToDictionary(c => c.Id, c => c.Schedule);
            int reviewsBefore = store.Reviews().Count;
            int calls = 0;
            // Fail after the cards' sync, at the first round write, after the first review, or after the second question.
            store.AfterStep = s =>
            {
                if (s == step && ++calls == (step == "question" ? 2 : 1)) throw new IOException($"disk full after {s}");
            };
            var ex = Assert.Throws<IOException>(() => new DebriefService(Matcher.Create(bank), store, new ManualTime(Now)).Record(Request(Rated)));
            Assert.StartsWith("disk full", ex.Message);
            store.AfterStep = null;
            Assert.Empty(store.Rounds("stripe"));
            Assert.Equal(reviewsBefore, store.Reviews().Count);
            // The sync is part of the debrief's transaction: no card was added either.
            Assert.Empty(before);
            Assert.Equal(0, Count(path, "cards"));
            Assert.Equal(0, Count(path, "interview_rounds"));
            Assert.Equal(0, Count(path, "round_questions"));
            Assert.Equal("ok", store.IntegrityCheck());
        }
        // And the same debrief then goes through whole.
        using (var store = SqlitePracticeStore.OpenBank(dir.Path))
            Assert.Empty(new DebriefService(Matcher.Create(bank), store, new ManualTime(Now)).Record(Request(Rated)).Problems);
        Assert.Equal(1, Count(path, "interview_rounds"));
        Assert.Equal(3, Count(path, "round_questions"));
        Assert.Equal(2, Count(path, "reviews"));
    }

    [Fact]
    public void A_card_reviewed_by_a_drill_in_the_meantime_fails_the_round_as_a_conflict_and_writes_nothing()
    {
        using var dir = new TempDir();
        var bank = Fixtures.WriteBank(dir.Path);
        using var store = SqlitePracticeStore.OpenBank(dir.Path);
        store.SyncCards(CardDeck.FromBank(bank), Now);
        var stale = store.Cards().Single(c => c.Id == CardId.ForStory(TellMe.Bank.StoryId.Parse("CR4")));
        var scheduler = new FsrsScheduler();
        ReviewRecord Review(string id, FsrsCard from) => new()
        {
            Id = id, CardId = stale.Id, ReviewedAt = Now, Rating = Rating.Good, Log = scheduler.Next(from, Now, Rating.Good).Log, After = scheduler.Next(from, Now, Rating.Good).Card,
        };
        store.RecordReview(Review("drill", stale.Schedule)); // a drill reviews CR4
        var round = new InterviewRound("r1", "Stripe", "stripe", "screen", new DateOnly(2026, 3, 2), null, null, "questions", null, Now,
            [new RoundQuestion(1, "Tell me about a conflict", null, null, null, "CR4", null, Rating.Good, null, stale.Id, "debrief", [])]);
        var ex = Assert.Throws<PracticeStoreException>(() => store.RecordRound(round, [Review("debrief", stale.Schedule)], CardDeck.FromBank(bank)));
        Assert.Equal(PracticeStoreError.Conflict, ex.Error);
        Assert.Empty(store.Rounds("stripe"));
        Assert.Equal(["drill"], store.Reviews().Select(r => r.Id));
    }

    [Fact]
    public void Postings_are_remembered_per_company_latest_first()
    {
        using var dir = new TempDir();
        using var store = SqlitePracticeStore.OpenBank(dir.Path);
        CompanyName.TryCreate("Meta", out var meta);
        store.SavePosting(new SavedPosting("p1", "Meta", meta.Key, "old.md", "Old", Now.AddDays(-3), [new PostingCompetency(Named("general/mentoring", "Mentoring"), 2, [Id("general/mentoring")])]));
        store.SavePosting(new SavedPosting("p2", "meta", meta.Key, "new.md", null, Now,
            [new PostingCompetency(Named("meta/move-fast", "Move Fast"), 2.5, [Id("amazon/bias-for-action"), Id("general/tight-deadline")]), new PostingCompetency(Named("general/teamwork", "Teamwork"), 1, [])]));
        var latest = store.LatestPosting("meta")!;
        Assert.Equal(("p2", "new.md", (string?)null, Now), (latest.Id, latest.Source, latest.Title, latest.SavedAt));
        Assert.Equal(Named("meta/move-fast", "Move Fast"), latest.Competencies[0].Competency);
        Assert.Equal([Id("amazon/bias-for-action"), Id("general/tight-deadline")], latest.Competencies[0].Probes.ToArray());
        Assert.Empty(latest.Competencies[1].Probes);
        Assert.Null(store.LatestPosting("google"));
        Assert.True(Assert.Single(store.Companies()).HasPosting);
    }

    [Fact]
    public void A_version_1_history_migrates_to_version_2_and_keeps_every_review()
    {
        using var dir = new TempDir();
        string path = dir.File("practice.db");
        var time = new ManualTime(Now);
        using (var store = SqlitePracticeStore.Open(path, TimeSpan.FromSeconds(1), [Migrations.All[0]]))
        {
            Assert.Equal(1, store.SchemaVersion);
            var session = DrillSession.Start(store, [.. Fixtures.Deck()], new FsrsScheduler(), new Prompts(QuestionSource.None), new Random(1), time);
            for (int i = 0; i < 5 && session.Next() is { } turn; i++) session.Rate(turn, Rating.Good);
        }
        using (var store = SqlitePracticeStore.Open(path))
        {
            Assert.Equal(2, store.SchemaVersion);
            Assert.Equal(5, store.Reviews().Count);
            Assert.Empty(store.Rounds("stripe"));
            Assert.Empty(store.Companies());
        }
    }
}
