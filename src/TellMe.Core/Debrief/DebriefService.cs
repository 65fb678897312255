using System.Collections.Immutable;
using System.Globalization;
using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Language;
using TellMe.Match;
using TellMe.Plan;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;
using TellMe.Prep;

namespace TellMe.Debrief;

/// <summary>
/// <c>tellme debrief</c> as a service for the CLI and the web app. <see cref="Record"/> files a real round:
/// each question is matched to the bank, the round is stored with its company, label, day and interviewer
/// type, each rated answer becomes an FSRS review of the right card (a weak answer comes back soon), a story
/// already told to the same company is flagged, and what to prepare next is listed. <see cref="History"/>
/// shows a company's rounds so far.
/// </summary>
/// <remarks>
/// <para>The card a rating schedules: the prepared answer the user named; else, for a story, the prepared
/// answer among the question's best three that tells that story (the user gave their prepared answer), else
/// the card of the bank principle the question probes when the principle cites the story, else the story's
/// own card. A rating without a story or answer schedules nothing (and says so).</para>
/// <para>Nothing is written when the input has a problem (an unknown story or answer). A round with rated
/// answers syncs the bank's cards with the history (as <c>tellme drill</c> does); the sync, the round, its
/// questions and its reviews are one transaction (<see cref="IInterviewStore.RecordRound"/>).</para>
/// </remarks>
public sealed class DebriefService
{
    private readonly MatchGateway _gateway;
    private readonly IInterviewStore _store;
    private readonly TimeProvider _time;
    private readonly FsrsScheduler _scheduler;

    /// <summary>A service over the matcher's bank and a practice history.</summary>
    public DebriefService(Matcher matcher, IInterviewStore store, TimeProvider time, FsrsScheduler? scheduler = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _gateway = new MatchGateway(matcher);
        _store = store;
        _time = time;
        _scheduler = scheduler ?? new FsrsScheduler();
    }

    private StoryBank Bank => _gateway.Bank;

    /// <summary>What TellMe reads each question as, and the story it would suggest (for asking the user).</summary>
    public ImmutableArray<DebriefSuggestion> Suggest(string company, IReadOnlyList<AskedQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        bool named = CompanyName.TryCreate(company, out var name);
        var told = named ? ToldBefore(_store.Rounds(name.Key)) : [];
        return [.. questions.Select(q => Suggest(q.Text, told, Match(q.Text, named ? name : null)))];
    }

    /// <summary>Validates and records a round; nothing is written when the outcome has problems.</summary>
    /// <exception cref="PracticeStoreException">The history could not be written; nothing was.</exception>
    public DebriefOutcome Record(DebriefRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = ImmutableArray.CreateBuilder<DebriefProblem>();
        if (!CompanyName.TryCreate(request.Company, out var company)) problems.Add(new DebriefProblem(0, "the company is empty; give --company NAME"));
        if (string.IsNullOrWhiteSpace(request.Round)) problems.Add(new DebriefProblem(0, "the round's label is empty; give --round LABEL (\"phone screen\", \"onsite 2\")"));
        if (request.Questions.IsDefaultOrEmpty) problems.Add(new DebriefProblem(0, "there are no questions to record"));
        var resolved = new List<(StoryId? Story, Answer? Answer)>();
        foreach (var q in request.Questions.IsDefault ? [] : request.Questions)
        {
            var r = q.Told is null ? (null, null) : Resolve(q.Told);
            if (q.Told is not null && r.Story is null && r.Answer is null)
                problems.Add(new DebriefProblem(q.Line, $"no story or answer '{q.Told}' in the bank{DidYouMean(q.Told)}"));
            resolved.Add(r);
        }
        if (problems.Count > 0) return new DebriefOutcome(null, problems.ToImmutable(), [], [], null);

        var now = _time.GetUtcNow();
        var heldOn = request.HeldOn ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _time.LocalTimeZone).DateTime);
        var earlier = _store.Rounds(company.Key);
        var toldBefore = ToldBefore(earlier);
        var type = request.Type ?? InterviewerTypes.Embedded.Guess(request.Round);
        var warnings = ImmutableArray.CreateBuilder<string>();

        var deck = CardDeck.FromBank(Bank);
        var deckIds = deck.Select(c => c.Id).ToHashSet();
        var schedules = new Dictionary<CardId, FsrsCard>();
        bool rated = request.Questions.Any(q => q.Rating is not null);
        // Retired cards too: the sync inside RecordRound restores a card that is back in the bank with its
        // schedule, and its review must start from that schedule. A card not stored yet starts new.
        if (rated)
            foreach (var card in _store.Cards(includeRetired: true)) schedules[card.Id] = card.Schedule;

        var questions = ImmutableArray.CreateBuilder<RoundQuestion>();
        var reviews = new List<ReviewRecord>();
        var scheduled = ImmutableArray.CreateBuilder<ScheduledReview>();
        var toldNow = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < request.Questions.Length; i++)
        {
            var q = request.Questions[i];
            var (story, answer) = resolved[i];
            var match = Match(q.Text, company);
            var suggestion = Suggest(q.Text, toldBefore, match);
            StoryId? told = story ?? answer?.Story;
            if (told is { } t)
            {
                if (toldBefore.TryGetValue(t.Value, out var where))
                    warnings.Add($"{t} was already told to {company.Display} in {where}; the interviewers may compare notes");
                if (toldNow.TryGetValue(t.Value, out int firstAt))
                    warnings.Add($"{t} was told twice in this round (questions {firstAt} and {i + 1})");
                toldNow.TryAdd(t.Value, i + 1);
            }

            CardId? cardId = null;
            string? reviewId = null;
            if (q.Rating is { } rating)
            {
                cardId = ReviewCard.For(Bank, story, answer, match, suggestion.Principle, deckIds);
                if (cardId is null)
                    warnings.Add($"{Where(q)}rated {QuestionList.Describe(rating)} but no story or answer was named, so nothing was scheduled");
                else
                {
                    var before = schedules.TryGetValue(cardId.Value, out var s) ? s : FsrsCard.CreateNew(now);
                    var at = before.LastReview is { } last && now < last ? last : now;
                    var result = _scheduler.Next(before, at, rating);
                    var review = new ReviewRecord
                    {
                        Id = Guid.CreateVersion7(at).ToString(),
                        CardId = cardId.Value,
                        ReviewedAt = at,
                        Rating = rating,
                        Log = result.Log,
                        After = result.Card,
                        PredictedRecall = before.State == CardState.New ? null : _scheduler.Retrievability(before, at),
                        Prompt = q.Text,
                    };
                    schedules[cardId.Value] = result.Card;
                    reviews.Add(review);
                    reviewId = review.Id;
                    scheduled.Add(new ScheduledReview(q.Text, cardId.Value, rating, result.Card.Due, review.Id));
                }
            }
            questions.Add(new RoundQuestion(i + 1, q.Text, suggestion.Principle, suggestion.Competency, suggestion.Story,
                story?.Value ?? answer?.Story?.Value, answer?.Key, q.Rating, q.Notes, cardId, reviewId, q.FollowUps.IsDefault ? [] : q.FollowUps));
        }

        var round = new InterviewRound(Guid.CreateVersion7(now).ToString(), company.Display, company.Key, request.Round.Trim(), heldOn,
            type?.Id, string.IsNullOrWhiteSpace(request.Interviewer) ? null : request.Interviewer.Trim(), request.Source,
            string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(), now, questions.ToImmutable());
        _store.RecordRound(round, reviews, rated ? deck : null);
        var next = NextRound.Compute(_gateway, [.. earlier, round], _store.LatestPosting(company.Key));
        return new DebriefOutcome(round, [], warnings.ToImmutable(), scheduled.ToImmutable(), next);
    }

    /// <summary>A company's rounds so far and what to prepare next; empty rounds when there are none.</summary>
    public CompanyHistory History(string company)
    {
        if (!CompanyName.TryCreate(company, out var name)) throw new ArgumentException("the company is empty", nameof(company));
        var rounds = _store.Rounds(name.Key);
        var posting = _store.LatestPosting(name.Key);
        string display = rounds.Count > 0 ? rounds[^1].Company : posting?.Company ?? name.Display;
        return new CompanyHistory(display, name.Key, [.. rounds], posting, NextRound.Compute(_gateway, rounds, posting));
    }

    /// <summary>
    /// A company's history when there is no practice history at all: no rounds, no posting, every story unused.
    /// For showing a company without creating a history just to read it.
    /// </summary>
    public static CompanyHistory NoHistory(Matcher matcher, string company)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        if (!CompanyName.TryCreate(company, out var name)) throw new ArgumentException("the company is empty", nameof(company));
        return new CompanyHistory(name.Display, name.Key, [], null, NextRound.Compute(new MatchGateway(matcher), [], null));
    }

    /// <summary>Every company with rounds or a posting, most recent first (the web app's list of companies).</summary>
    public IReadOnlyList<CompanySummary> Companies() => _store.Companies();

    /// <summary>
    /// Matches a question as asked in a round: the company's own name means "this company" ("Why Acme?" is
    /// "Why this company?", not a story that mentions Acme), and of a question of several sentences the first
    /// one that asks (with at least five words) carries what it probes; the rest are details ("What did you
    /// know, what didn't you…") that would pull the reading elsewhere.
    /// </summary>
    private MatchResult Match(string question, CompanyName? company)
    {
        string text = question;
        if (company is { } c && c.Display.Length > 1)
            text = System.Text.RegularExpressions.Regex.Replace(text, $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(c.Display)}(?![\p{{L}}\p{{N}}])",
                "this company", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var sentences = SentenceSplitter.Split(text, lowerCaseStarts: true);
        if (sentences.Count > 1 && sentences[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5) text = sentences[0].Text;
        return _gateway.Match(text, 3);
    }

    private DebriefSuggestion Suggest(string question, IReadOnlyDictionary<string, string> toldBefore, MatchResult match)
    {
        var answer = match.Answers.FirstOrDefault();
        // The prepared answer comes first: its story, or none when it tells none ("My questions for you" is an
        // answer, and the best story for "Any questions for me?" is noise); the best story only without an answer.
        string? story = answer is null ? match.Stories.FirstOrDefault()?.Id : answer.Story is { } s && Bank.Find(s) is not null ? s : null;
        string? title = story is null ? null : Bank.Find(story)?.Title;
        var reading = QuestionReading.Of(match);
        return new DebriefSuggestion(question, reading.Principle, reading.Competency, story, title, answer?.Key,
            story is not null && toldBefore.TryGetValue(story, out var where) ? where : null);
    }

    // A story by ID or alias, else a prepared answer by key.
    private (StoryId? Story, Answer? Answer) Resolve(string told)
    {
        if (StoryId.TryParse(told.Trim(), out var id) && Bank.Find(id) is { } story) return (story.Id, null);
        if (Bank.Find(told.Trim()) is { } alias) return (alias.Id, null);
        return Bank.FindAnswer(told) is { } answer ? (null, answer) : (null, null);
    }

    private string DidYouMean(string told) =>
        NameFold.Closest(told, Bank.Stories.Select(s => s.Id.Value).Concat(Bank.Answers.Select(a => a.Key))) is { } close ? $" (did you mean '{close}'?)" : "";

    // story ID → "'phone screen' on 2026-03-01", for stories told in earlier rounds.
    private static Dictionary<string, string> ToldBefore(IEnumerable<InterviewRound> rounds)
    {
        var told = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var round in rounds)
            foreach (var q in round.Questions)
                if (q.Story is { } s)
                    told.TryAdd(s, string.Create(CultureInfo.InvariantCulture, $"'{round.Label}' on {round.HeldOn:yyyy-MM-dd}"));
        return told;
    }

    private static string Where(AskedQuestion q) => q.Line > 0 ? $"line {q.Line}: " : "";
}
