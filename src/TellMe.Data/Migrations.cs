using System.Collections.Immutable;

namespace TellMe.Data;

/// <summary>One forward-only schema step: the statements that take the schema from <c>Version - 1</c> to <c>Version</c>.</summary>
/// <param name="Version">The schema version after this step (PRAGMA user_version).</param>
/// <param name="Description">What it changes, for people reading the code.</param>
/// <param name="Statements">The DDL, run in one transaction with the version bump.</param>
public sealed record Migration(int Version, string Description, ImmutableArray<string> Statements);

/// <summary>
/// The practice database's schema history. Forward only: a released step is never edited or removed; a change
/// is a new step. The SQL sticks to what PostgreSQL also accepts (TEXT, INTEGER, BIGINT, DOUBLE PRECISION,
/// plain primary and foreign keys, no AUTOINCREMENT, no SQLite-only types), times are ISO-8601 UTC text that
/// sorts chronologically, and IDs are application-made (card IDs, UUIDv7 review IDs), so the hosted mode can
/// run the same statements.
/// </summary>
public static class Migrations
{
    /// <summary>All steps in order.</summary>
    public static ImmutableArray<Migration> All { get; } =
    [
        new(1, "cards with their FSRS schedule; reviews with the ts-fsrs log before and the schedule after",
        [
            """
            CREATE TABLE cards (
                id              TEXT NOT NULL PRIMARY KEY,
                kind            TEXT NOT NULL,
                title           TEXT NOT NULL,
                first_seen      TEXT NOT NULL,
                retired_at      TEXT NULL,
                state           INTEGER NOT NULL,
                due             TEXT NOT NULL,
                stability       DOUBLE PRECISION NOT NULL,
                difficulty      DOUBLE PRECISION NOT NULL,
                elapsed_days    INTEGER NOT NULL,
                scheduled_days  INTEGER NOT NULL,
                learning_steps  INTEGER NOT NULL,
                reps            INTEGER NOT NULL,
                lapses          INTEGER NOT NULL,
                last_review     TEXT NULL,
                last_prompt     TEXT NULL
            )
            """,
            """
            CREATE TABLE reviews (
                id                   TEXT NOT NULL PRIMARY KEY,
                card_id              TEXT NOT NULL REFERENCES cards (id),
                reviewed_at          TEXT NOT NULL,
                rating               INTEGER NOT NULL,
                state                INTEGER NOT NULL,
                due                  TEXT NOT NULL,
                stability            DOUBLE PRECISION NOT NULL,
                difficulty           DOUBLE PRECISION NOT NULL,
                elapsed_days         INTEGER NOT NULL,
                last_elapsed_days    INTEGER NOT NULL,
                scheduled_days       INTEGER NOT NULL,
                learning_steps       INTEGER NOT NULL,
                next_state           INTEGER NOT NULL,
                next_due             TEXT NOT NULL,
                next_stability       DOUBLE PRECISION NOT NULL,
                next_difficulty      DOUBLE PRECISION NOT NULL,
                next_elapsed_days    INTEGER NOT NULL,
                next_scheduled_days  INTEGER NOT NULL,
                next_learning_steps  INTEGER NOT NULL,
                next_reps            INTEGER NOT NULL,
                next_lapses          INTEGER NOT NULL,
                predicted_recall     DOUBLE PRECISION NULL,
                prompt               TEXT NULL,
                answer_words         INTEGER NULL,
                answer_ms            BIGINT NULL
            )
            """,
            "CREATE INDEX reviews_by_card ON reviews (card_id, reviewed_at)",
            "CREATE INDEX reviews_by_time ON reviews (reviewed_at)",
            "CREATE INDEX cards_by_due ON cards (due)",
        ]),
        new(2, "real interview rounds with their questions (tellme debrief), and the competencies a posting stresses per company (tellme prep --company)",
        [
            """
            CREATE TABLE interview_rounds (
                id                TEXT NOT NULL PRIMARY KEY,
                company           TEXT NOT NULL,
                company_key       TEXT NOT NULL,
                label             TEXT NOT NULL,
                held_on           TEXT NOT NULL,
                interviewer_type  TEXT NULL,
                interviewer       TEXT NULL,
                source            TEXT NOT NULL,
                notes             TEXT NULL,
                recorded_at       TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE round_questions (
                round_id          TEXT NOT NULL REFERENCES interview_rounds (id),
                position          INTEGER NOT NULL,
                question          TEXT NOT NULL,
                principle         TEXT NULL,
                principle_name    TEXT NULL,
                competency        TEXT NULL,
                competency_name   TEXT NULL,
                suggested_story   TEXT NULL,
                story             TEXT NULL,
                answer_key        TEXT NULL,
                rating            INTEGER NULL,
                notes             TEXT NULL,
                card_id           TEXT NULL,
                review_id         TEXT NULL REFERENCES reviews (id),
                follow_ups        TEXT NULL,
                PRIMARY KEY (round_id, position)
            )
            """,
            "CREATE INDEX interview_rounds_by_company ON interview_rounds (company_key, held_on)",
            """
            CREATE TABLE postings (
                id           TEXT NOT NULL PRIMARY KEY,
                company      TEXT NOT NULL,
                company_key  TEXT NOT NULL,
                source       TEXT NOT NULL,
                title        TEXT NULL,
                saved_at     TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE posting_competencies (
                posting_id   TEXT NOT NULL REFERENCES postings (id),
                position     INTEGER NOT NULL,
                competency   TEXT NOT NULL,
                name         TEXT NOT NULL,
                emphasis     DOUBLE PRECISION NOT NULL,
                probes       TEXT NOT NULL,
                PRIMARY KEY (posting_id, position)
            )
            """,
            "CREATE INDEX postings_by_company ON postings (company_key, saved_at)",
        ]),
    ];

    /// <summary>The schema version this TellMe writes.</summary>
    public static int Latest => All[^1].Version;
}
