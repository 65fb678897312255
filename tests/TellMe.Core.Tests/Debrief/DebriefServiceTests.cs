using TellMe.Competencies;
using TellMe.Debrief;
using TellMe.Plan;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;
using TellMe.Prep;
using TellMe.Tests.Match;
using TellMe.Tests.PracticeDrill;

namespace TellMe.Tests.Debrief;

public sealed class DebriefServiceTests(FixtureBank fixture) : IClassFixture<FixtureBank>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 15, 30, 0, TimeSpan.Zero);
    private readonly MemoryInterviewStore _store = new();
    private readonly ManualTime _time = new(Now);

    private DebriefService Service() => new(fixture.Matcher, _store, _time);

    private static CompetencyId Id(string text) => CompetencyId.Parse(text);

    private static DebriefRequest Request(string round, params AskedQuestion[] questions) => new()
    {
        Company = "Stripe",
        Round = round,
        Questions = [.. questions],
    };

    [Fact]
    public void A_round_is_stored_with_its_company_label_day_and_interviewer_type_and_each_question_matched()
    {
        var outcome = Service().Record(Request("Onsite 2 - bar raiser",
            new AskedQuestion(1, "Tell me about a time you disagreed with your manager", "CR3"),
            new AskedQuestion(2, "Why do you want to work at Stripe?")));
        Assert.Empty(outcome.Problems);
        var round = outcome.Round!;
        Assert.Equal(("Stripe", "stripe", "Onsite 2 - bar raiser", "bar-raiser"), (round.Company, round.CompanyKey, round.Label, round.InterviewerType));
        Assert.Equal(new DateOnly(2026, 3, 2), round.HeldOn); // the clock's day: TimeProvider, not DateTime.Now
        Assert.Equal("CR3", round.Questions[0].Story);
        Assert.Equal(Id("general/disagree-manager"), round.Questions[0].Competency?.Id);
        Assert.Equal(Id("amazon/have-backbone-disagree-and-commit"), round.Questions[0].Principle?.Id); // the bank's principle, as match reads it
        // The company's own name reads as "this company": a why-us question, not a story that mentions it.
        Assert.Equal(Id("general/motivation-company"), round.Questions[1].Competency?.Id);
        Assert.Null(round.Questions[1].Story);
        Assert.Single(_store.Rounds("stripe"));
    }

    [Fact]
    public void A_principle_is_recorded_only_when_the_question_is_about_one()
    {
        var questions = Service().Record(Request("onsite",
            new AskedQuestion(1, "Tell me about a time you earned the trust of a team that was skeptical of you"),
            new AskedQuestion(2, "What questions do you have for me?"))).Round!.Questions;
        Assert.Equal(Id("amazon/earn-trust"), questions[0].Principle?.Id);
        // The matcher still ranks a best principle for it, at a fraction of the score of the general competency.
        Assert.Null(questions[1].Principle);
        Assert.Equal(Id("general/questions-for-interviewer"), questions[1].Competency?.Id);
        Assert.Equal("Questions for the interviewer", questions[1].Topic?.Name);
    }

    [Fact]
    public void The_suggestion_is_the_prepared_answer_with_its_story_never_an_unrelated_story_beside_an_answer()
    {
        var suggestions = Service().Suggest("Stripe", [
            new AskedQuestion(1, "What questions do you have for me?"),
            new AskedQuestion(2, "Tell me about a conflict with a coworker")]);
        Assert.Equal(("My Question", (string?)null), (suggestions[0].Answer, suggestions[0].Story));
        Assert.Equal(("Conflict", (string?)"CR4"), (suggestions[1].Answer, suggestions[1].Story));
    }

    [Fact]
    public void A_rated_answer_becomes_a_review_and_a_weak_one_comes_back_soon()
    {
        var outcome = Service().Record(Request("phone screen",
            new AskedQuestion(1, "Tell me about a time you disagreed with your manager", "CR3", Rating.Again),
            new AskedQuestion(2, "Tell me about a time you took ownership", "EN1", Rating.Easy)));
        Assert.Equal(2, outcome.Reviews.Length);
        var weak = outcome.Reviews[0];
        Assert.Equal(Rating.Again, weak.Rating);
        Assert.True(weak.Due - Now <= TimeSpan.FromMinutes(10), $"due {weak.Due}");
        Assert.True(outcome.Reviews[1].Due - Now >= TimeSpan.FromDays(1));
        var saved = _store.Reviews();
        Assert.Equal(2, saved.Count);
        Assert.Equal("Tell me about a time you disagreed with your manager", saved[0].Prompt);
        Assert.Equal(outcome.Round!.Questions[0].ReviewId, saved[0].Id);
        Assert.Equal(weak.Card, outcome.Round.Questions[0].Card);
    }

    [Fact]
    public void The_card_reviewed_is_the_named_answer_the_answer_that_tells_the_story_the_principle_or_the_story()
    {
        var outcome = Service().Record(Request("onsite",
            new AskedQuestion(1, "Why do you want to join us?", "Why US", Rating.Good),
            new AskedQuestion(2, "Tell me about a conflict with a coworker", "CR4", Rating.Good),
            new AskedQuestion(3, "Tell me about a time you dove deep into the data to find a root cause", "IT3", Rating.Good),
            new AskedQuestion(4, "Tell me about a project you are proud of", "IT5", Rating.Good)));
        Assert.Equal(["answer:why-us", "answer:conflict", "principle:amazon/dive-deep", "story:IT5"],
            outcome.Reviews.Select(r => r.Card.ToString()));
    }

    [Fact]
    public void An_unknown_story_is_a_problem_with_its_line_and_nothing_is_written()
    {
        var outcome = Service().Record(Request("phone screen",
            new AskedQuestion(3, "Tell me about a failure", "CR9", Rating.Hard),
            new AskedQuestion(4, "Tell me about a conflict", "CR3", Rating.Good)));
        Assert.Null(outcome.Round);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal("no story or answer 'CR9' in the bank (did you mean 'CR1'?)", problem.Message);
        Assert.Empty(_store.Rounds("stripe"));
        Assert.Empty(_store.Reviews());
        Assert.Empty(_store.Cards());
    }

    [Fact]
    public void A_rating_without_a_story_schedules_nothing_and_says_so_unrated_answers_are_kept()
    {
        var outcome = Service().Record(Request("screen",
            new AskedQuestion(5, "Tell me about a failure", null, Rating.Hard),
            new AskedQuestion(6, "Tell me about a conflict", "CR4")));
        Assert.Empty(outcome.Reviews);
        Assert.Equal(["line 5: rated 2 hard but no story or answer was named, so nothing was scheduled"], outcome.Warnings.ToArray());
        Assert.Equal(2, outcome.Round!.Questions.Length);
        Assert.Null(outcome.Round.Questions[1].Rating);
    }

    [Fact]
    public void A_story_already_told_to_the_same_company_is_flagged()
    {
        var service = Service();
        service.Record(Request("phone screen", new AskedQuestion(1, "Tell me about a conflict", "CR4")) with { HeldOn = new DateOnly(2026, 2, 20) });
        var suggestion = service.Suggest("stripe", [new AskedQuestion(1, "Tell me about a conflict with a coworker")]);
        Assert.Equal("'phone screen' on 2026-02-20", suggestion[0].ToldBefore);
        var second = service.Record(Request("onsite 1", new AskedQuestion(1, "Describe a disagreement with a peer", "CR4")));
        Assert.Equal(["CR4 was already told to Stripe in 'phone screen' on 2026-02-20; the interviewers may compare notes"], second.Warnings.ToArray());
        // Another company is another story.
        var other = Service().Record(Request("screen", new AskedQuestion(1, "Tell me about a conflict", "CR4")) with { Company = "Initech" });
        Assert.Empty(other.Warnings);
    }

    [Fact]
    public void The_next_round_lists_weak_answers_competencies_the_posting_stresses_not_asked_yet_and_unused_stories()
    {
        var prep = new PrepService(fixture.Matcher, _time);
        var (report, _) = prep.Analyze(File.ReadAllText(TestFiles.Data("postings", "backend-payments.md")), "backend-payments.md", []);
        CompanyName.TryCreate("Stripe", out var stripe);
        _store.SavePosting(SavedPosting.From(report!, stripe, Now));

        var outcome = Service().Record(Request("phone screen",
            new AskedQuestion(1, "Tell me about a time you raised the bar on quality", "LX1", Rating.Hard),
            new AskedQuestion(2, "Tell me about a time you dove deep to find a root cause", "IT3", Rating.Good)));
        var next = outcome.Next!;
        var weak = Assert.Single(next.Weak);
        Assert.Equal((Id("amazon/insist-on-the-highest-standards"), Rating.Hard, "LX1"), (weak.Topic?.Id, weak.Rating, weak.Story));
        Assert.DoesNotContain(next.NotYetAsked, o => o.Competency.Id == Id("amazon/insist-on-the-highest-standards") || o.Competency.Id == Id("amazon/dive-deep"));
        Assert.Contains(next.NotYetAsked, o => o.Competency.Id == Id("general/mentoring") && o.Story is not null);
        Assert.All(next.NotYetAsked.Where(o => o.Story is not null), o => Assert.DoesNotContain(o.Story, new[] { "LX1", "IT3" }));
        Assert.Equal(["LX1", "IT3"], next.Told.ToArray());
        Assert.Equal(fixture.Bank.Stories.Length - 2, next.Unused.Length);
        Assert.NotNull(next.Unused[0].For); // stories suggested for an open competency come first

        var history = Service().History(" STRIPE ");
        Assert.Equal("Stripe", history.Company);
        Assert.Single(history.Rounds);
        Assert.Equal(next.NotYetAsked.Select(o => o.Competency), history.Next.NotYetAsked.Select(o => o.Competency));
    }

    [Fact]
    public void No_questions_or_an_empty_company_are_problems()
    {
        var outcome = Service().Record(new DebriefRequest { Company = " ", Round = "", Questions = [] });
        Assert.Equal(3, outcome.Problems.Length);
        Assert.Null(outcome.Round);
    }

    [Fact]
    public void The_interviewer_type_given_wins_over_the_label()
    {
        var outcome = Service().Record(Request("onsite 3", new AskedQuestion(1, "Tell me about a conflict")) with { Type = InterviewerTypes.Embedded.Find("hm") });
        Assert.Equal("hiring-manager", outcome.Round!.InterviewerType);
    }

    [Fact]
    public void A_review_of_a_card_changed_meanwhile_fails_the_whole_round()
    {
        // Another drill reviews CR3 between the sync and the write: the store refuses, and nothing is kept.
        var store = new ConflictingStore(_store);
        var conflicted = new DebriefService(fixture.Matcher, store, _time);
        Assert.Throws<TellMe.Practice.PracticeStoreException>(() => conflicted.Record(Request("screen",
            new AskedQuestion(1, "Tell me about a time you took ownership", "EN1", Rating.Good),
            new AskedQuestion(2, "Tell me about a conflict", "CR3", Rating.Good))));
        Assert.Empty(_store.Rounds("stripe"));
        Assert.Equal(["other"], _store.Reviews().Select(r => r.Id)); // only the concurrent drill's review
    }

    // Bumps one card's schedule right before the round is written, as a concurrent drill would.
    private sealed class ConflictingStore(MemoryInterviewStore inner) : IInterviewStore
    {
        public string Location => inner.Location;
        public TellMe.Practice.CardSyncResult SyncCards(IEnumerable<Card> deck, DateTimeOffset now) => inner.SyncCards(deck, now);
        public IReadOnlyList<TellMe.Practice.StoredCard> Cards(bool includeRetired = false) => inner.Cards(includeRetired);
        public void RecordReview(TellMe.Practice.ReviewRecord review) => inner.RecordReview(review);
        public IReadOnlyList<TellMe.Practice.ReviewRecord> Reviews(CardId? card = null) => inner.Reviews(card);
        public void RecordRound(InterviewRound round, IReadOnlyList<TellMe.Practice.ReviewRecord> reviews, IReadOnlyCollection<Card>? deck)
        {
            // The concurrent drill syncs the cards and reviews the last one, between the debrief's read and its write.
            inner.SyncCards(deck!, Now);
            var last = reviews[^1];
            var card = inner.Cards().Single(c => c.Id == last.CardId);
            var bumped = new FsrsScheduler().Next(card.Schedule, Now, Rating.Good);
            inner.RecordReview(new TellMe.Practice.ReviewRecord { Id = "other", CardId = last.CardId, ReviewedAt = Now, Rating = Rating.Good, Log = bumped.Log, After = bumped.Card });
            var before = inner.Reviews().Count;
            try { inner.RecordRound(round, reviews, deck); }
            finally { Assert.Equal(before, inner.Reviews().Count); }
        }
        public IReadOnlyList<InterviewRound> Rounds(string companyKey) => inner.Rounds(companyKey);
        public IReadOnlyList<CompanySummary> Companies() => inner.Companies();
        public void SavePosting(SavedPosting posting) => inner.SavePosting(posting);
        public SavedPosting? LatestPosting(string companyKey) => inner.LatestPosting(companyKey);
        public void Dispose() { }
    }
}
