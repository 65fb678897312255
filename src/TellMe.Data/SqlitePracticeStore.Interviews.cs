using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using TellMe.Competencies;
using TellMe.Debrief;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;

namespace TellMe.Data;

/// <summary>
/// Interview rounds and postings (schema version 2): <see cref="IInterviewStore"/> over the same connection as
/// the cards and reviews, so a round and the reviews its ratings scheduled commit together.
/// </summary>
public sealed partial class SqlitePracticeStore : IInterviewStore
{
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>
    /// Called inside <see cref="RecordRound"/> after each write step (the cards' sync, the round, each review, each
    /// question) with the step's name; a test throws from it to prove a failure half-way leaves nothing behind.
    /// </summary>
    internal Action<string>? AfterStep { get; set; }

    /// <inheritdoc />
    public void RecordRound(InterviewRound round, IReadOnlyList<ReviewRecord> reviews, IReadOnlyCollection<Card>? deck)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(reviews);
        Guard(Location, () =>
        {
            using var tx = _connection.BeginTransaction();
            if (deck is not null)
            {
                SyncCards(deck, round.RecordedAt, tx);
                AfterStep?.Invoke("sync");
            }
            using (var insert = Command("""
                INSERT INTO interview_rounds (id, company, company_key, label, held_on, interviewer_type, interviewer, source, notes, recorded_at)
                VALUES (@id, @company, @key, @label, @held, @type, @interviewer, @source, @notes, @recorded)
                """, tx))
            {
                var p = insert.Parameters;
                p.AddWithValue("@id", round.Id);
                p.AddWithValue("@company", round.Company);
                p.AddWithValue("@key", round.CompanyKey);
                p.AddWithValue("@label", round.Label);
                p.AddWithValue("@held", round.HeldOn.ToString(DayFormat, CultureInfo.InvariantCulture));
                p.AddWithValue("@type", (object?)round.InterviewerType ?? DBNull.Value);
                p.AddWithValue("@interviewer", (object?)round.Interviewer ?? DBNull.Value);
                p.AddWithValue("@source", round.Source);
                p.AddWithValue("@notes", (object?)round.Notes ?? DBNull.Value);
                p.AddWithValue("@recorded", Format(round.RecordedAt));
                insert.ExecuteNonQuery();
            }
            AfterStep?.Invoke("round");
            foreach (var review in reviews)
            {
                WriteReview(review, tx);
                AfterStep?.Invoke("review");
            }
            foreach (var q in round.Questions)
            {
                using var insert = Command("""
                    INSERT INTO round_questions (round_id, position, question, principle, principle_name, competency, competency_name,
                        suggested_story, story, answer_key, rating, notes, card_id, review_id, follow_ups)
                    VALUES (@round, @position, @question, @principle, @principleName, @competency, @name, @suggested, @story, @answer,
                        @rating, @notes, @card, @review, @follow)
                    """, tx);
                var p = insert.Parameters;
                p.AddWithValue("@round", round.Id);
                p.AddWithValue("@position", q.Position);
                p.AddWithValue("@question", q.Question);
                p.AddWithValue("@principle", q.Principle is { } principle ? principle.Id.ToString() : DBNull.Value);
                p.AddWithValue("@principleName", (object?)q.Principle?.Name ?? DBNull.Value);
                p.AddWithValue("@competency", q.Competency is { } competency ? competency.Id.ToString() : DBNull.Value);
                p.AddWithValue("@name", (object?)q.Competency?.Name ?? DBNull.Value);
                p.AddWithValue("@suggested", (object?)q.SuggestedStory ?? DBNull.Value);
                p.AddWithValue("@story", (object?)q.Story ?? DBNull.Value);
                p.AddWithValue("@answer", (object?)q.AnswerKey ?? DBNull.Value);
                p.AddWithValue("@rating", q.Rating is { } r ? (int)r : DBNull.Value);
                p.AddWithValue("@notes", (object?)q.Notes ?? DBNull.Value);
                p.AddWithValue("@card", q.Card is { } c ? c.ToString() : DBNull.Value);
                p.AddWithValue("@review", (object?)q.ReviewId ?? DBNull.Value);
                p.AddWithValue("@follow", q.FollowUps.IsDefaultOrEmpty ? DBNull.Value : string.Join('\n', q.FollowUps));
                insert.ExecuteNonQuery();
                AfterStep?.Invoke("question");
            }
            tx.Commit();
            return 0;
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<InterviewRound> Rounds(string companyKey)
    {
        ArgumentNullException.ThrowIfNull(companyKey);
        return Guard(Location, () =>
        {
            var rounds = new List<(InterviewRound Round, List<RoundQuestion> Questions)>();
            using (var cmd = Command("""
                SELECT id, company, company_key, label, held_on, interviewer_type, interviewer, source, notes, recorded_at
                FROM interview_rounds WHERE company_key = @key ORDER BY held_on, recorded_at, id
                """))
            {
                cmd.Parameters.AddWithValue("@key", companyKey);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                    rounds.Add((new InterviewRound(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
                        DateOnly.ParseExact(r.GetString(4), DayFormat, CultureInfo.InvariantCulture),
                        Text(r, 5), Text(r, 6), r.GetString(7), Text(r, 8), Parse(r.GetString(9)), []), []));
            }
            var byId = rounds.ToDictionary(x => x.Round.Id, x => x.Questions, StringComparer.Ordinal);
            using (var cmd = Command("""
                SELECT q.round_id, q.position, q.question, q.principle, q.principle_name, q.competency, q.competency_name,
                    q.suggested_story, q.story, q.answer_key, q.rating, q.notes, q.card_id, q.review_id, q.follow_ups
                FROM round_questions q JOIN interview_rounds r ON r.id = q.round_id
                WHERE r.company_key = @key ORDER BY q.round_id, q.position
                """))
            {
                cmd.Parameters.AddWithValue("@key", companyKey);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    CardId? card = Text(r, 12) is { } c && CardId.TryParse(c, out var id) ? id : null;
                    byId[r.GetString(0)].Add(new RoundQuestion(r.GetInt32(1), r.GetString(2), Competency(r, 3, 4), Competency(r, 5, 6),
                        Text(r, 7), Text(r, 8), Text(r, 9), r.IsDBNull(10) ? null : (Rating)r.GetInt32(10), Text(r, 11), card, Text(r, 13),
                        Text(r, 14) is { } follow ? [.. follow.Split('\n')] : []));
                }
            }
            return (IReadOnlyList<InterviewRound>)[.. rounds.Select(x => x.Round with { Questions = [.. x.Questions] })];
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<CompanySummary> Companies() => Guard(Location, () =>
    {
        var companies = new Dictionary<string, (string Company, int Rounds, DateOnly? Last, string Latest, bool Posting)>(StringComparer.Ordinal);
        using (var cmd = Command("SELECT company_key, company, held_on, recorded_at FROM interview_rounds ORDER BY held_on, recorded_at"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var day = DateOnly.ParseExact(r.GetString(2), DayFormat, CultureInfo.InvariantCulture);
                var known = companies.GetValueOrDefault(r.GetString(0));
                companies[r.GetString(0)] = (r.GetString(1), known.Rounds + 1, day, r.GetString(3), known.Posting);
            }
        using (var cmd = Command("SELECT company_key, company, saved_at FROM postings ORDER BY saved_at"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                companies.TryGetValue(r.GetString(0), out var known);
                string latest = string.CompareOrdinal(r.GetString(2), known.Latest ?? "") > 0 ? r.GetString(2) : known.Latest ?? "";
                companies[r.GetString(0)] = (known.Rounds > 0 ? known.Company : r.GetString(1), known.Rounds, known.Last, latest, true);
            }
        return (IReadOnlyList<CompanySummary>)[.. companies.OrderByDescending(c => c.Value.Latest, StringComparer.Ordinal)
            .Select(c => new CompanySummary(c.Value.Company, c.Key, c.Value.Rounds, c.Value.Last, c.Value.Posting))];
    });

    /// <inheritdoc />
    public void SavePosting(SavedPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        Guard(Location, () =>
        {
            using var tx = _connection.BeginTransaction();
            using (var insert = Command("INSERT INTO postings (id, company, company_key, source, title, saved_at) VALUES (@id, @company, @key, @source, @title, @saved)", tx))
            {
                insert.Parameters.AddWithValue("@id", posting.Id);
                insert.Parameters.AddWithValue("@company", posting.Company);
                insert.Parameters.AddWithValue("@key", posting.CompanyKey);
                insert.Parameters.AddWithValue("@source", posting.Source);
                insert.Parameters.AddWithValue("@title", (object?)posting.Title ?? DBNull.Value);
                insert.Parameters.AddWithValue("@saved", Format(posting.SavedAt));
                insert.ExecuteNonQuery();
            }
            for (int i = 0; i < posting.Competencies.Length; i++)
            {
                var c = posting.Competencies[i];
                using var insert = Command("INSERT INTO posting_competencies (posting_id, position, competency, name, emphasis, probes) VALUES (@id, @position, @competency, @name, @emphasis, @probes)", tx);
                insert.Parameters.AddWithValue("@id", posting.Id);
                insert.Parameters.AddWithValue("@position", i + 1);
                insert.Parameters.AddWithValue("@competency", c.Competency.Id.ToString());
                insert.Parameters.AddWithValue("@name", c.Competency.Name);
                insert.Parameters.AddWithValue("@emphasis", c.Emphasis);
                // Competency IDs never contain spaces, so one text column holds the list.
                insert.Parameters.AddWithValue("@probes", string.Join(' ', c.Probes.Select(id => id.ToString())));
                insert.ExecuteNonQuery();
            }
            tx.Commit();
            return 0;
        });
    }

    /// <inheritdoc />
    public SavedPosting? LatestPosting(string companyKey)
    {
        ArgumentNullException.ThrowIfNull(companyKey);
        return Guard(Location, () =>
        {
            SavedPosting? posting = null;
            using (var cmd = Command("SELECT id, company, company_key, source, title, saved_at FROM postings WHERE company_key = @key ORDER BY saved_at DESC, id DESC LIMIT 1"))
            {
                cmd.Parameters.AddWithValue("@key", companyKey);
                using var r = cmd.ExecuteReader();
                if (r.Read()) posting = new SavedPosting(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Text(r, 4), Parse(r.GetString(5)), []);
            }
            if (posting is null) return null;
            var competencies = ImmutableArray.CreateBuilder<PostingCompetency>();
            using (var cmd = Command("SELECT competency, name, emphasis, probes FROM posting_competencies WHERE posting_id = @id ORDER BY position"))
            {
                cmd.Parameters.AddWithValue("@id", posting.Id);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    // A row another TellMe wrote with an ID this one cannot read is skipped, not a crash.
                    if (!CompetencyId.TryParse(r.GetString(0), out var id)) continue;
                    var probes = r.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(p => CompetencyId.TryParse(p, out var probe) ? probe : (CompetencyId?)null).OfType<CompetencyId>();
                    competencies.Add(new PostingCompetency(new Competency(id, r.GetString(1)), r.GetDouble(2), [.. probes]));
                }
            }
            return posting with { Competencies = competencies.ToImmutable() };
        });
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    // A competency stored as its ID and name; null when absent (or not an ID this TellMe reads).
    private static Competency? Competency(SqliteDataReader reader, int id, int name) =>
        Text(reader, id) is { } text && CompetencyId.TryParse(text, out var parsed) ? new Competency(parsed, Text(reader, name) ?? parsed.ToString()) : null;
}
