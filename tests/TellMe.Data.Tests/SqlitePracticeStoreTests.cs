using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Drill;
using TellMe.Practice.Scheduling;

namespace TellMe.Data.Tests;

public class SqlitePracticeStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static SqliteConnection Raw(string path)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    private static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static void Drill(IPracticeStore store, ManualTime time, IReadOnlyList<Card> deck, int reviews, int seed = 1)
    {
        var session = DrillSession.Start(store, [.. deck], new FsrsScheduler(), new Prompts(QuestionSource.None), new Random(seed), time,
            new DrillOptions { NewCardsPerSession = 1000, IncludeNotDue = true });
        var random = new Random(seed);
        for (int i = 0; i < reviews && session.Next() is { } turn; i++)
        {
            session.Rate(turn, (Rating)random.Next(1, 5), i % 3 == 0 ? "I did it and we cut costs by 30%." : null);
            time.Now += TimeSpan.FromMinutes(random.Next(1, 120));
        }
    }

    [Fact]
    public void Opens_in_the_bank_with_wal_and_the_latest_schema()
    {
        using var dir = new TempDir();
        using (var store = SqlitePracticeStore.OpenBank(dir.Path))
        {
            Assert.Equal(dir.File(".tellme/practice.db"), store.Location);
            Assert.Equal(Migrations.Latest, store.SchemaVersion);
            Assert.Equal("ok", store.IntegrityCheck());
        }
        using var raw = Raw(dir.File(".tellme/practice.db"));
        Assert.Equal("wal", Scalar(raw, "PRAGMA journal_mode"));
        Assert.Equal((long)Migrations.Latest, Scalar(raw, "PRAGMA user_version"));
        Assert.Equal("3.50.4", Scalar(raw, "SELECT sqlite_version()")); // the SQLitePCLRaw 3.0.3 bundle's native SQLite is loaded
    }

    [Fact]
    public void Cards_and_reviews_round_trip_exactly()
    {
        using var dir = new TempDir();
        var deck = Fixtures.Deck();
        var time = new ManualTime(Start);
        using (var store = SqlitePracticeStore.OpenBank(dir.Path)) Drill(store, time, deck, 60);
        using var reopened = SqlitePracticeStore.OpenBank(dir.Path);
        var cards = reopened.Cards();
        var reviews = reopened.Reviews();
        Assert.Equal(deck.Count, cards.Count);
        Assert.Equal(60, reviews.Count);
        Assert.Equal(reviews.OrderBy(r => r.ReviewedAt).Select(r => r.Id), reviews.Select(r => r.Id));
        foreach (var card in cards)
        {
            var own = reviews.Where(r => r.CardId == card.Id).ToList();
            Assert.Equal(own.Count, card.Schedule.Reps);
            if (own.Count > 0)
            {
                Assert.Equal(own[^1].After, card.Schedule);
                Assert.Equal(own[^1].Prompt, card.LastPrompt);
            }
        }
        // Replaying the logged ratings through the scheduler gives the stored schedules: nothing was rounded.
        var scheduler = new FsrsScheduler();
        foreach (var group in reviews.GroupBy(r => r.CardId))
        {
            var schedule = FsrsCard.CreateNew(cards.Single(c => c.Id == group.Key).FirstSeen);
            foreach (var review in group)
            {
                var next = scheduler.Next(schedule, review.ReviewedAt, review.Rating);
                Assert.Equal(next.Log, review.Log);
                Assert.Equal(next.Card, review.After);
                schedule = next.Card;
            }
        }
        Assert.Contains(reviews, r => r.AnswerWords == 9);
        Assert.Contains(reviews, r => r.PredictedRecall is not null);
    }

    [Fact]
    public void Cards_leaving_the_bank_are_retired_with_their_history_and_come_back_with_it()
    {
        using var dir = new TempDir();
        var deck = Fixtures.Deck();
        var time = new ManualTime(Start);
        using var store = SqlitePracticeStore.OpenBank(dir.Path);
        Drill(store, time, deck, 80);
        var reviewed = store.Cards().First(c => c.Schedule.Reps > 0);
        var history = store.Reviews(reviewed.Id);

        var smaller = deck.Where(c => c.Id != reviewed.Id).ToList();
        var sync = store.SyncCards(smaller, time.Now);
        Assert.Equal(reviewed.Id, Assert.Single(sync.Retired));
        Assert.DoesNotContain(store.Cards(), c => c.Id == reviewed.Id);
        Assert.Equal(reviewed.Schedule, store.Cards(includeRetired: true).Single(c => c.Id == reviewed.Id).Schedule);
        Assert.Equal(history, store.Reviews(reviewed.Id));

        var renamed = deck.Select(c => c.Id == reviewed.Id ? c with { Title = "Renamed" } : c).ToList();
        sync = store.SyncCards(renamed, time.Now);
        Assert.Equal(reviewed.Id, Assert.Single(sync.Returned));
        Assert.Empty(sync.Added);
        var back = store.Cards().Single(c => c.Id == reviewed.Id);
        Assert.Equal(reviewed.Schedule, back.Schedule);
        Assert.Equal("Renamed", back.Title);
        Assert.Equal(history, store.Reviews(reviewed.Id));

        var extra = renamed.Append(renamed[0] with { Id = CardId.Parse("story:ZZ9"), Title = "ZZ9" }).ToList();
        sync = store.SyncCards(extra, time.Now);
        Assert.Equal(CardId.Parse("story:ZZ9"), Assert.Single(sync.Added));
        Assert.Equal(CardState.New, store.Cards().Single(c => c.Id.Key == "ZZ9").Schedule.State);
    }

    [Fact]
    public void Migrations_run_forward_once_and_keep_data()
    {
        using var dir = new TempDir();
        string path = dir.File("practice.db");
        var v1 = Migrations.All;
        var time = new ManualTime(Start);
        using (var store = SqlitePracticeStore.Open(path, TimeSpan.FromSeconds(1), v1)) Drill(store, time, Fixtures.Deck(), 10);
        var v2 = v1.Add(new Migration(Migrations.Latest + 1, "test: a note per review", ["ALTER TABLE reviews ADD COLUMN note TEXT NULL"]));
        using (var store = SqlitePracticeStore.Open(path, TimeSpan.FromSeconds(1), v2))
        {
            Assert.Equal(Migrations.Latest + 1, store.SchemaVersion);
            Assert.Equal(10, store.Reviews().Count);
        }
        // Opening again runs nothing (ALTER TABLE would fail if it did).
        using (var store = SqlitePracticeStore.Open(path, TimeSpan.FromSeconds(1), v2)) Assert.Equal(10, store.Reviews().Count);
        // And the released TellMe now refuses the upgraded file, untouched.
        string hash = Fixtures.Hash(path);
        var ex = Assert.Throws<PracticeStoreException>(() => SqlitePracticeStore.Open(path));
        Assert.Equal(PracticeStoreError.NewerVersion, ex.Error);
        Assert.Equal(hash, Fixtures.Hash(path));
    }

    [Fact]
    public void A_database_from_a_newer_tellme_is_refused_and_not_changed()
    {
        using var dir = new TempDir();
        string path = SqlitePracticeStore.PathFor(dir.Path);
        using (var store = SqlitePracticeStore.OpenBank(dir.Path)) Drill(store, new ManualTime(Start), Fixtures.Deck(), 5);
        using (var raw = Raw(path))
        {
            Scalar(raw, $"PRAGMA user_version = {Migrations.Latest + 7}");
            Scalar(raw, "PRAGMA wal_checkpoint(TRUNCATE)");
        }
        string hash = Fixtures.Hash(path);
        var ex = Assert.Throws<PracticeStoreException>(() => SqlitePracticeStore.OpenBank(dir.Path));
        Assert.Equal(PracticeStoreError.NewerVersion, ex.Error);
        Assert.Contains("newer TellMe", ex.Message);
        Assert.Contains("not changed", ex.Message);
        Assert.Equal(hash, Fixtures.Hash(path));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_not_changed()
    {
        using var dir = new TempDir();
        string path = SqlitePracticeStore.PathFor(dir.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "these are my notes, not a database\n" + new string('x', 5000));
        string hash = Fixtures.Hash(path);
        var ex = Assert.Throws<PracticeStoreException>(() => SqlitePracticeStore.OpenBank(dir.Path));
        Assert.Equal(PracticeStoreError.Corrupt, ex.Error);
        Assert.Contains("not changed", ex.Message);
        Assert.Equal(hash, Fixtures.Hash(path));
        Assert.False(File.Exists(path + "-wal"));
    }

    [Fact]
    public void A_damaged_database_is_reported_not_overwritten()
    {
        using var dir = new TempDir();
        string path = SqlitePracticeStore.PathFor(dir.Path);
        using (var store = SqlitePracticeStore.OpenBank(dir.Path)) Drill(store, new ManualTime(Start), Fixtures.Deck(), 200);
        using (var raw = Raw(path)) Scalar(raw, "PRAGMA wal_checkpoint(TRUNCATE)");
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 5 * 4096);
        for (int i = 4096; i < 3 * 4096; i++) bytes[i] = 0xA5; // pages 2 and 3: table b-trees
        File.WriteAllBytes(path, bytes);
        string hash = Fixtures.Hash(path);
        var ex = Assert.Throws<PracticeStoreException>(() =>
        {
            using var store = SqlitePracticeStore.OpenBank(dir.Path);
            store.Cards(includeRetired: true);
            store.Reviews();
        });
        Assert.Equal(PracticeStoreError.Corrupt, ex.Error);
        Assert.Equal(hash, Fixtures.Hash(path));
    }

    [Fact]
    public void A_locked_database_gives_a_clear_error_after_the_busy_timeout_then_works()
    {
        using var dir = new TempDir();
        string path = SqlitePracticeStore.PathFor(dir.Path);
        var deck = Fixtures.Deck();
        var time = new ManualTime(Start);
        using var store = SqlitePracticeStore.Open(path, TimeSpan.FromMilliseconds(300));
        var session = DrillSession.Start(store, [.. deck], new FsrsScheduler(), new Prompts(QuestionSource.None), new Random(1), time);
        var turn = session.Next()!;

        using var holder = Raw(path);
        using (var tx = holder.BeginTransaction()) // BEGIN IMMEDIATE: holds the write lock
        {
            using var write = holder.CreateCommand();
            write.Transaction = tx;
            write.CommandText = "UPDATE cards SET title = title";
            write.ExecuteNonQuery();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var ex = Assert.Throws<PracticeStoreException>(() => session.Rate(turn, Rating.Good));
            Assert.Equal(PracticeStoreError.Locked, ex.Error);
            Assert.Contains("locked by another program", ex.Message);
            Assert.Empty(store.Reviews()); // readers are not blocked in WAL mode; nothing was half-written
        }
        session.Rate(turn, Rating.Good); // the lock is gone: the same review now saves
        Assert.Single(store.Reviews());
    }

    [Fact]
    public void Opening_a_database_held_exclusively_fails_cleanly_and_changes_nothing()
    {
        using var dir = new TempDir();
        string path = dir.File("practice.db");
        using var holder = Raw(path);
        Scalar(holder, "CREATE TABLE t (x INTEGER)");
        string hash = Fixtures.Hash(path);
        using var tx = holder.BeginTransaction();
        using (var cmd = holder.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO t VALUES (1)";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<PracticeStoreException>(() => SqlitePracticeStore.Open(path, TimeSpan.FromMilliseconds(300)));
        Assert.True(ex.Error is PracticeStoreError.Locked, ex.Message);
        tx.Rollback();
        Assert.Equal(hash, Fixtures.Hash(path));
    }

    [Fact]
    public void A_review_from_a_stale_card_state_is_a_conflict_not_a_lost_update()
    {
        using var dir = new TempDir();
        var deck = Fixtures.Deck();
        var time = new ManualTime(Start);
        using var a = SqlitePracticeStore.OpenBank(dir.Path);
        using var b = SqlitePracticeStore.OpenBank(dir.Path);
        var sa = DrillSession.Start(a, [.. deck], new FsrsScheduler(), new Prompts(QuestionSource.None), new Random(1), time);
        var sb = DrillSession.Start(b, [.. deck], new FsrsScheduler(), new Prompts(QuestionSource.None), new Random(1), time);
        var ta = sa.Next()!;
        var tb = sb.Next()!;
        Assert.Equal(ta.Card.Id, tb.Card.Id);
        sa.Rate(ta, Rating.Good);
        var ex = Assert.Throws<PracticeStoreException>(() => sb.Rate(tb, Rating.Again));
        Assert.Equal(PracticeStoreError.Conflict, ex.Error);
        Assert.Single(a.Reviews());
        Assert.Equal(Rating.Good, a.Reviews()[0].Rating);
    }

    [Fact]
    public void Schema_sticks_to_types_and_syntax_postgresql_also_accepts()
    {
        var allowed = new HashSet<string> { "TEXT", "INTEGER", "BIGINT", "DOUBLE PRECISION" };
        foreach (var sql in Migrations.All.SelectMany(m => m.Statements))
        {
            Assert.DoesNotMatch(new Regex(@"AUTOINCREMENT|WITHOUT\s+ROWID|STRICT|\bREAL\b|\bBLOB\b|DATETIME|julianday|strftime", RegexOptions.IgnoreCase), sql);
            foreach (System.Text.RegularExpressions.Match column in Regex.Matches(sql, @"^\s+[a-z_]+\s+(?<type>[A-Z ]+?)\s+(NOT NULL|NULL)", RegexOptions.Multiline))
                Assert.Contains(column.Groups["type"].Value.Trim(), allowed);
        }
    }

    [Fact]
    public void Times_are_iso_8601_utc_text_that_sorts_chronologically()
    {
        var times = new[] { Start, Start.AddTicks(1), Start.ToOffset(TimeSpan.FromHours(9)).AddMinutes(5), Start.AddYears(3) };
        var texts = times.Select(SqlitePracticeStore.Format).ToList();
        Assert.All(texts, t => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$", t));
        Assert.Equal(texts.Order(StringComparer.Ordinal), texts);
        Assert.Equal("2026-03-01T09:00:00.0000000Z", texts[0]);
    }
}
