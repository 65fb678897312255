using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;

namespace TellMe.Data;

/// <summary>
/// Practice history in a SQLite file, by default <c>.tellme/practice.db</c> inside the bank (git-ignored).
/// </summary>
/// <remarks>
/// <para>WAL journal with <c>synchronous=FULL</c>: every committed review is on disk before
/// <see cref="RecordReview"/> returns, and a killed process leaves a database SQLite recovers on the next open.</para>
/// <para>Never lost: the schema version (<c>PRAGMA user_version</c>) is read before anything is written, so a file
/// from a newer TellMe is refused untouched; a file that is not a database, or is damaged, is reported and left as
/// it is (never recreated); a database locked by another program is waited for up to the busy timeout, then
/// reported. All three are <see cref="PracticeStoreException"/>s with a message that says what to do.</para>
/// </remarks>
public sealed partial class SqlitePracticeStore : IPracticeStore
{
    /// <summary>The folder inside the bank that holds TellMe's private state.</summary>
    public const string StateFolder = ".tellme";

    /// <summary>The database file name.</summary>
    public const string FileName = "practice.db";

    /// <summary>How long to wait for a lock held by another program before giving up.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private const string CardColumns =
        "id, kind, title, first_seen, retired_at, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review, last_prompt";

    private const string ReviewColumns =
        "id, card_id, reviewed_at, rating, state, due, stability, difficulty, elapsed_days, last_elapsed_days, scheduled_days, learning_steps, " +
        "next_state, next_due, next_stability, next_difficulty, next_elapsed_days, next_scheduled_days, next_learning_steps, next_reps, next_lapses, " +
        "predicted_recall, prompt, answer_words, answer_ms";

    private readonly SqliteConnection _connection;

    private SqlitePracticeStore(SqliteConnection connection, string path, int schemaVersion)
    {
        _connection = connection;
        Location = path;
        SchemaVersion = schemaVersion;
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>The schema version of the open database.</summary>
    public int SchemaVersion { get; }

    /// <summary>The database path of a bank.</summary>
    public static string PathFor(string bankDirectory) => Path.Combine(bankDirectory, StateFolder, FileName);

    /// <summary>Opens (creating if needed) the practice history of a bank.</summary>
    public static SqlitePracticeStore OpenBank(string bankDirectory, TimeSpan? busyTimeout = null) =>
        Open(PathFor(bankDirectory), busyTimeout);

    /// <summary>Opens a database file, creating it and its folder if missing, and brings its schema up to date.</summary>
    /// <exception cref="PracticeStoreException">Newer, locked, corrupt or unreadable; nothing was written.</exception>
    public static SqlitePracticeStore Open(string path, TimeSpan? busyTimeout = null) => Open(path, busyTimeout ?? DefaultBusyTimeout, Migrations.All);

    internal static SqlitePracticeStore Open(string path, TimeSpan busyTimeout, ImmutableArray<Migration> migrations)
    {
        string full = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PracticeStoreException(PracticeStoreError.Io, $"cannot create the folder for the practice history {full}: {ex.Message}", ex);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            // Microsoft.Data.Sqlite retries a busy database until the command timeout: that is the busy timeout.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            Guard(full, () =>
            {
                connection.Open();
                Execute(connection, $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}");
                return 0;
            });
            // Read the version before writing anything: the journal mode and migrations both write.
            int version = Guard(full, () => Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture));
            int latest = migrations[^1].Version;
            if (version > latest)
                throw new PracticeStoreException(PracticeStoreError.NewerVersion,
                    $"the practice history {full} was written by a newer TellMe (schema {version}; this TellMe knows up to {latest}). " +
                    "Update TellMe to use it; the file was not changed.");
            if (version < 0)
                throw new PracticeStoreException(PracticeStoreError.Corrupt, $"the practice history {full} has an invalid schema version {version}; the file was not changed.");
            Guard(full, () =>
            {
                string mode = Convert.ToString(Scalar(connection, "PRAGMA journal_mode = WAL"), CultureInfo.InvariantCulture) ?? "";
                if (!mode.Equals("wal", StringComparison.OrdinalIgnoreCase))
                    throw new PracticeStoreException(PracticeStoreError.Io, $"the practice history {full} cannot use write-ahead logging (journal mode '{mode}'); is it on a network drive?");
                Execute(connection, "PRAGMA synchronous = FULL");
                Execute(connection, "PRAGMA foreign_keys = ON");
                return 0;
            });
            version = Guard(full, () => Migrate(connection, full, migrations));
            return new SqlitePracticeStore(connection, full, version);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static int Migrate(SqliteConnection connection, string path, ImmutableArray<Migration> migrations)
    {
        int version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        foreach (var migration in migrations.Where(m => m.Version > version).OrderBy(m => m.Version))
        {
            using var tx = connection.BeginTransaction();
            // Another TellMe may have migrated between our read and our lock: read again under the lock.
            int current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version", tx), CultureInfo.InvariantCulture);
            if (current > migrations[^1].Version)
                throw new PracticeStoreException(PracticeStoreError.NewerVersion, $"the practice history {path} was just upgraded by a newer TellMe (schema {current}); the file was not changed.");
            if (current >= migration.Version) { version = current; continue; }
            foreach (var sql in migration.Statements) Execute(connection, sql, tx);
            Execute(connection, $"PRAGMA user_version = {migration.Version}", tx);
            tx.Commit();
            version = migration.Version;
        }
        return version;
    }

    /// <inheritdoc />
    public CardSyncResult SyncCards(IEnumerable<Card> deck, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deck);
        return Guard(Location, () =>
        {
            using var tx = _connection.BeginTransaction();
            var result = SyncCards(deck, now, tx);
            tx.Commit();
            return result;
        });
    }

    // The sync inside the caller's transaction (a debrief syncs, reviews and records its round in one).
    private CardSyncResult SyncCards(IEnumerable<Card> deck, DateTimeOffset now, SqliteTransaction tx)
    {
        var wanted = new Dictionary<string, Card>(StringComparer.Ordinal);
        foreach (var card in deck) wanted.TryAdd(card.Id.ToString(), card);
        var existing = new Dictionary<string, (string Title, bool Retired)>(StringComparer.Ordinal);
        using (var read = Command("SELECT id, title, retired_at FROM cards", tx))
        using (var reader = read.ExecuteReader())
            while (reader.Read()) existing[reader.GetString(0)] = (reader.GetString(1), !reader.IsDBNull(2));

        var added = ImmutableArray.CreateBuilder<CardId>();
        var retired = ImmutableArray.CreateBuilder<CardId>();
        var returned = ImmutableArray.CreateBuilder<CardId>();
        string stamp = Format(now);
        var fresh = FsrsCard.CreateNew(now);
        foreach (var (id, card) in wanted)
        {
            if (!existing.TryGetValue(id, out var known))
            {
                using var insert = Command(
                    $"INSERT INTO cards ({CardColumns}) VALUES (@id, @kind, @title, @now, NULL, @state, @due, @s, @d, 0, 0, 0, 0, 0, NULL, NULL)", tx);
                insert.Parameters.AddWithValue("@id", id);
                insert.Parameters.AddWithValue("@kind", CardId.KindName(card.Kind));
                insert.Parameters.AddWithValue("@title", card.Title);
                insert.Parameters.AddWithValue("@now", stamp);
                insert.Parameters.AddWithValue("@state", (int)fresh.State);
                insert.Parameters.AddWithValue("@due", Format(fresh.Due));
                insert.Parameters.AddWithValue("@s", fresh.Stability);
                insert.Parameters.AddWithValue("@d", fresh.Difficulty);
                insert.ExecuteNonQuery();
                added.Add(card.Id);
            }
            else if (known.Retired || known.Title != card.Title)
            {
                using var update = Command("UPDATE cards SET retired_at = NULL, title = @title WHERE id = @id", tx);
                update.Parameters.AddWithValue("@id", id);
                update.Parameters.AddWithValue("@title", card.Title);
                update.ExecuteNonQuery();
                if (known.Retired) returned.Add(card.Id);
            }
        }
        foreach (var (id, known) in existing)
        {
            if (known.Retired || wanted.ContainsKey(id)) continue;
            using var retire = Command("UPDATE cards SET retired_at = @now WHERE id = @id", tx);
            retire.Parameters.AddWithValue("@id", id);
            retire.Parameters.AddWithValue("@now", stamp);
            retire.ExecuteNonQuery();
            if (CardId.TryParse(id, out var cardId)) retired.Add(cardId);
        }
        return new CardSyncResult(added.ToImmutable(), retired.ToImmutable(), returned.ToImmutable());
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredCard> Cards(bool includeRetired = false) => Guard(Location, () =>
    {
        var cards = new List<StoredCard>();
        using var cmd = Command($"SELECT {CardColumns} FROM cards{(includeRetired ? "" : " WHERE retired_at IS NULL")} ORDER BY id");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            if (!CardId.TryParse(r.GetString(0), out var id)) continue; // written by a newer TellMe with a new kind: skip, keep
            cards.Add(new StoredCard
            {
                Id = id,
                Title = r.GetString(2),
                FirstSeen = Parse(r.GetString(3)),
                RetiredAt = r.IsDBNull(4) ? null : Parse(r.GetString(4)),
                Schedule = new FsrsCard(
                    Due: Parse(r.GetString(6)),
                    Stability: r.GetDouble(7),
                    Difficulty: r.GetDouble(8),
                    ElapsedDays: r.GetInt32(9),
                    ScheduledDays: r.GetInt32(10),
                    LearningSteps: r.GetInt32(11),
                    Reps: r.GetInt32(12),
                    Lapses: r.GetInt32(13),
                    State: (CardState)r.GetInt32(5),
                    LastReview: r.IsDBNull(14) ? null : Parse(r.GetString(14))),
                LastPrompt = r.IsDBNull(15) ? null : r.GetString(15),
            });
        }
        return cards;
    });

    /// <inheritdoc />
    public void RecordReview(ReviewRecord review)
    {
        ArgumentNullException.ThrowIfNull(review);
        Guard(Location, () =>
        {
            using var tx = _connection.BeginTransaction();
            WriteReview(review, tx);
            tx.Commit();
            return 0;
        });
    }

    // The review and its card's new schedule, inside the caller's transaction; a card reviewed meanwhile is a conflict.
    private void WriteReview(ReviewRecord review, SqliteTransaction tx)
    {
        var after = review.After;
        using (var update = Command("""
            UPDATE cards SET state = @state, due = @due, stability = @s, difficulty = @d, elapsed_days = @elapsed,
                scheduled_days = @scheduled, learning_steps = @steps, reps = @reps, lapses = @lapses, last_review = @last, last_prompt = @prompt
            WHERE id = @id AND reps = @before
            """, tx))
        {
            update.Parameters.AddWithValue("@id", review.CardId.ToString());
            update.Parameters.AddWithValue("@state", (int)after.State);
            update.Parameters.AddWithValue("@due", Format(after.Due));
            update.Parameters.AddWithValue("@s", after.Stability);
            update.Parameters.AddWithValue("@d", after.Difficulty);
            update.Parameters.AddWithValue("@elapsed", after.ElapsedDays);
            update.Parameters.AddWithValue("@scheduled", after.ScheduledDays);
            update.Parameters.AddWithValue("@steps", after.LearningSteps);
            update.Parameters.AddWithValue("@reps", after.Reps);
            update.Parameters.AddWithValue("@lapses", after.Lapses);
            update.Parameters.AddWithValue("@last", after.LastReview is { } last ? Format(last) : DBNull.Value);
            update.Parameters.AddWithValue("@prompt", (object?)review.Prompt ?? DBNull.Value);
            update.Parameters.AddWithValue("@before", after.Reps - 1);
            if (update.ExecuteNonQuery() != 1)
                throw new PracticeStoreException(PracticeStoreError.Conflict,
                    $"card {review.CardId} was reviewed elsewhere (another tellme drill?) since it was shown; this review was not saved");
        }
        var log = review.Log;
        using var insert = Command($"""
            INSERT INTO reviews ({ReviewColumns}) VALUES (@id, @card, @at, @rating, @state, @due, @s, @d, @elapsed, @lastElapsed, @scheduled, @steps,
                @nState, @nDue, @nS, @nD, @nElapsed, @nScheduled, @nSteps, @nReps, @nLapses, @recall, @prompt, @words, @ms)
            """, tx);
        var p = insert.Parameters;
        p.AddWithValue("@id", review.Id);
        p.AddWithValue("@card", review.CardId.ToString());
        p.AddWithValue("@at", Format(review.ReviewedAt));
        p.AddWithValue("@rating", (int)review.Rating);
        p.AddWithValue("@state", (int)log.State);
        p.AddWithValue("@due", Format(log.Due));
        p.AddWithValue("@s", log.Stability);
        p.AddWithValue("@d", log.Difficulty);
        p.AddWithValue("@elapsed", log.ElapsedDays);
        p.AddWithValue("@lastElapsed", log.LastElapsedDays);
        p.AddWithValue("@scheduled", log.ScheduledDays);
        p.AddWithValue("@steps", log.LearningSteps);
        p.AddWithValue("@nState", (int)after.State);
        p.AddWithValue("@nDue", Format(after.Due));
        p.AddWithValue("@nS", after.Stability);
        p.AddWithValue("@nD", after.Difficulty);
        p.AddWithValue("@nElapsed", after.ElapsedDays);
        p.AddWithValue("@nScheduled", after.ScheduledDays);
        p.AddWithValue("@nSteps", after.LearningSteps);
        p.AddWithValue("@nReps", after.Reps);
        p.AddWithValue("@nLapses", after.Lapses);
        p.AddWithValue("@recall", (object?)review.PredictedRecall ?? DBNull.Value);
        p.AddWithValue("@prompt", (object?)review.Prompt ?? DBNull.Value);
        p.AddWithValue("@words", (object?)review.AnswerWords ?? DBNull.Value);
        p.AddWithValue("@ms", review.AnswerTime is { } t ? (long)t.TotalMilliseconds : DBNull.Value);
        insert.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public IReadOnlyList<ReviewRecord> Reviews(CardId? card = null) => Guard(Location, () =>
    {
        var reviews = new List<ReviewRecord>();
        using var cmd = Command($"SELECT {ReviewColumns} FROM reviews{(card is null ? "" : " WHERE card_id = @card")} ORDER BY reviewed_at, id");
        if (card is { } c) cmd.Parameters.AddWithValue("@card", c.ToString());
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            if (!CardId.TryParse(r.GetString(1), out var id)) continue;
            var at = Parse(r.GetString(2));
            var rating = (Rating)r.GetInt32(3);
            var log = new ReviewLog(rating, (CardState)r.GetInt32(4), Parse(r.GetString(5)), r.GetDouble(6), r.GetDouble(7),
                r.GetInt32(8), r.GetInt32(9), r.GetInt32(10), r.GetInt32(11), at);
            var after = new FsrsCard(Parse(r.GetString(13)), r.GetDouble(14), r.GetDouble(15), r.GetInt32(16), r.GetInt32(17), r.GetInt32(18),
                r.GetInt32(19), r.GetInt32(20), (CardState)r.GetInt32(12), at);
            reviews.Add(new ReviewRecord
            {
                Id = r.GetString(0),
                CardId = id,
                ReviewedAt = at,
                Rating = rating,
                Log = log,
                After = after,
                PredictedRecall = r.IsDBNull(21) ? null : r.GetDouble(21),
                Prompt = r.IsDBNull(22) ? null : r.GetString(22),
                AnswerWords = r.IsDBNull(23) ? null : r.GetInt32(23),
                AnswerTime = r.IsDBNull(24) ? null : TimeSpan.FromMilliseconds(r.GetInt64(24)),
            });
        }
        return reviews;
    });

    /// <summary><c>PRAGMA integrity_check</c>: "ok" for a sound database.</summary>
    public string IntegrityCheck() => Guard(Location, () => Convert.ToString(Scalar(_connection, "PRAGMA integrity_check"), CultureInfo.InvariantCulture) ?? "");

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd.ExecuteScalar();
    }

    /// <summary>A time as stored: ISO-8601 UTC with 100 ns precision, which sorts as text.</summary>
    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    // Turns SQLite's failures into messages that say what happened and that nothing was overwritten.
    private static T Guard<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            throw Translate(path, ex);
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw new PracticeStoreException(PracticeStoreError.Corrupt,
                $"the practice history {path} holds a value TellMe cannot read ({ex.Message}); the file was not changed. Move it aside to start a new history.", ex);
        }
    }

    private static PracticeStoreException Translate(string path, SqliteException ex) => (ex.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => new PracticeStoreException(PracticeStoreError.Locked,
            $"the practice history {path} is locked by another program (another tellme drill, or a database browser); close it and try again. Nothing was saved by this step.", ex),
        11 or 26 => new PracticeStoreException(PracticeStoreError.Corrupt,
            $"the practice history {path} is not a TellMe database or is damaged ({ex.Message.TrimEnd('.')}); the file was not changed. " +
            "Move it aside (or restore a backup) and run again to start a new history.", ex),
        _ => new PracticeStoreException(PracticeStoreError.Io, $"the practice history {path} could not be used: {ex.Message}", ex),
    };
}
