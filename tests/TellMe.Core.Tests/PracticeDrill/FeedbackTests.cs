using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;

namespace TellMe.Tests.PracticeDrill;

public class FeedbackTests
{
    private static readonly Card Latency = CardDeck.FromBank(Banks.Small()).Single(c => c.Id.ToString() == "story:AC1");

    private const string Good = """
        At Acme the checkout API had a p99 latency of 2 seconds during sales.
        My goal was to bring it under 300 ms before Black Friday.
        I profiled the service, I found an N+1 query and I added a cache in front of it.
        As a result p99 latency dropped from 2 s to 250 ms and conversion rose 4%.
        """;

    private static FeedbackFinding Finding(AnswerFeedback f, FeedbackAspect aspect) => f.Findings.Single(x => x.Aspect == aspect);

    [Fact]
    public void A_complete_answer_passes_every_aspect_but_length()
    {
        var f = FeedbackAnalyzer.Analyze(Good, Latency);
        Assert.Equal(new StarPresence(true, true, true, true), f.Star);
        Assert.True(f.ResultHasNumber);
        Assert.True(f.I > f.We);
        Assert.Empty(f.Fillers);
        Assert.All(f.KeyPoints, k => Assert.True(k.Covered, k.Point.Label));
        Assert.All(f.Findings.Where(x => x.Aspect != FeedbackAspect.Length), x => Assert.True(x.Ok, x.Message));
        Assert.False(Finding(f, FeedbackAspect.Length).Ok); // 60 words is far under 2:30
    }

    [Fact]
    public void Words_and_speaking_time_at_150_words_a_minute()
    {
        string answer = string.Join(' ', Enumerable.Repeat("I migrated servers", 100)); // 300 words = 2:00
        var f = FeedbackAnalyzer.Analyze(answer, Latency);
        Assert.Equal(300, f.Words);
        Assert.Equal(TimeSpan.FromMinutes(2), f.Speaking);
        Assert.True(Finding(f, FeedbackAspect.Length).Ok);
        var slow = FeedbackAnalyzer.Analyze(answer, Latency, new FeedbackOptions { Target = TimeSpan.FromSeconds(90), WordsPerMinute = 150 });
        var length = Finding(slow, FeedbackAspect.Length);
        Assert.False(length.Ok);
        Assert.Contains("0:30 too long", length.Message);
        Assert.Contains("cut about 75 words", length.Suggestion);
    }

    [Fact]
    public void We_over_I_and_fillers_are_reported_with_suggestions()
    {
        const string answer = "Um, so basically we had, like, a slow API. We, you know, added a cache and we sort of fixed it. Uh, we were happy.";
        var f = FeedbackAnalyzer.Analyze(answer, Latency);
        Assert.Equal(0, f.I);
        Assert.Equal(4, f.We);
        Assert.False(Finding(f, FeedbackAspect.FirstPerson).Ok);
        Assert.Contains("I proposed", Finding(f, FeedbackAspect.FirstPerson).Suggestion);
        var fillers = f.Fillers.ToDictionary(x => x.Filler, x => x.Count);
        Assert.Equal(1, fillers["um"]);
        Assert.Equal(1, fillers["uh"]);
        Assert.Equal(1, fillers["basically"]);
        Assert.Equal(1, fillers["like"]);
        Assert.Equal(1, fillers["you know"]);
        Assert.Equal(1, fillers["sort of"]);
        Assert.False(Finding(f, FeedbackAspect.Fillers).Ok);
    }

    [Theory]
    [InlineData("I would like to explain what kind of cache I built.", 0)]
    [InlineData("It looks like the kind of problem you know how to fix.", 0)]
    [InlineData("It was, like, slow. Like, really slow.", 2)]
    public void Like_kind_of_and_you_know_count_only_as_fillers(string text, int expected) =>
        Assert.Equal(expected, SpokenText.Fillers(text).Sum(f => f.Count));

    [Fact]
    public void Missing_result_number_suggests_the_storys_own_number()
    {
        const string answer = "I profiled the service and added a cache. As a result the latency improved a lot.";
        var f = FeedbackAnalyzer.Analyze(answer, Latency);
        Assert.False(f.ResultHasNumber);
        var number = Finding(f, FeedbackAspect.Number);
        Assert.False(number.Ok);
        Assert.Contains("250 ms", number.Suggestion);
    }

    [Fact]
    public void Covered_and_missed_key_points_by_stemmed_terms()
    {
        const string answer = "I was profiling the service and found the N+1 queries, then I added caching.";
        var f = FeedbackAnalyzer.Analyze(answer, Latency);
        Assert.Contains(f.Covered, p => p.Label == "Action");
        Assert.Contains(f.Missed, p => p.Label == "Situation");
        Assert.Contains(f.Missed, p => p.Label == "Result");
        var keyPoints = Finding(f, FeedbackAspect.KeyPoints);
        Assert.False(keyPoints.Ok);
        Assert.Contains("Situation", keyPoints.Suggestion);
    }

    [Fact]
    public void A_situation_told_in_the_story_s_own_words_counts_for_STAR_even_with_a_result_word_in_it()
    {
        // "cut" is a result cue: by cue phrases alone this answer had no situation, while its key point was covered.
        const string answer = "The checkout API had a p99 latency of 2 seconds during sales, which cut conversion.\nI added a cache to the service.";
        var f = FeedbackAnalyzer.Analyze(answer, Latency);
        Assert.Contains(f.Covered, p => p.Label == "Situation");
        Assert.True(f.Star.Situation);
        Assert.DoesNotContain("Situation", Finding(f, FeedbackAspect.Star).Message);
        // Every covered STAR point is a told STAR part: the report never contradicts itself.
        foreach (var point in f.Covered)
            Assert.DoesNotContain(point.Label, f.Star.Missing);
    }

    [Fact]
    public void Missing_star_parts_are_named()
    {
        var f = FeedbackAnalyzer.Analyze("I added a cache to the service.", Latency);
        Assert.Equal(["Situation", "Task", "Result"], f.Star.Missing.ToArray());
        Assert.Contains("context", Finding(f, FeedbackAspect.Star).Suggestion);
    }

    [Fact]
    public void Labelled_written_answers_count_their_labels()
    {
        var star = SpokenText.Star("**Situation:** slow API\n**Task:** fix it\n**Action:** cache\n**Result:** faster");
        Assert.Equal(new StarPresence(true, true, true, true), star);
    }

    [Fact]
    public void Principle_card_is_compared_with_the_story_the_answer_names()
    {
        var bank = Banks.Small();
        var framework = bank.Frameworks[0];
        var twoStories = framework with
        {
            Principles = [framework.Principles[0] with { Stories = [new global::TellMe.Bank.StoryTelling { Story = global::TellMe.Bank.StoryId.Parse("AC1") }, new global::TellMe.Bank.StoryTelling { Story = global::TellMe.Bank.StoryId.Parse("AC2") }] }],
        };
        var card = CardDeck.FromBank(bank.With(frameworks: [twoStories])).Single(c => c.Kind == CardKind.Principle);
        Assert.Equal(2, card.Tellings.Length);
        Assert.Equal("AC2", FeedbackAnalyzer.Analyze("This is AC2. I cut p99 latency of the checkout API.", card).ComparedWith!.StoryRef);
        Assert.Equal("AC1", FeedbackAnalyzer.Analyze("I cut p99 latency of the checkout API with a cache.", card).ComparedWith!.StoryRef);
    }

    [Fact]
    public void Motivation_answers_are_not_judged_as_star_stories()
    {
        var card = CardDeck.FromBank(Banks.Fixtures).Single(c => c.Id.ToString() == "answer:why-us");
        var f = FeedbackAnalyzer.Analyze("The mission aligns with my vision.", card);
        Assert.True(Finding(f, FeedbackAspect.Star).Ok);
        Assert.True(Finding(f, FeedbackAspect.Number).Ok);
        // "Vision" has a point labelled "Mission" (a Task label) but is still no story.
        var vision = CardDeck.FromBank(Banks.Fixtures).Single(c => c.Id.ToString() == "answer:vision");
        Assert.False(vision.Tellings[0].Star.IsStory);
        Assert.True(Finding(FeedbackAnalyzer.Analyze("Reliability is my mission.", vision), FeedbackAspect.Star).Ok);
    }

    [Fact]
    public void Empty_answer_gives_feedback_not_an_exception()
    {
        var f = FeedbackAnalyzer.Analyze("", Latency);
        Assert.Equal(0, f.Words);
        Assert.False(Finding(f, FeedbackAspect.Length).Ok);
        Assert.Equal(6, f.Findings.Length);
    }
}
