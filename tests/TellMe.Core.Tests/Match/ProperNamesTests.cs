using TellMe.Bank;
using TellMe.Match;

namespace TellMe.Tests.Match;

/// <summary>Companies and places in a question read as what they stand for; the user's own companies stay.</summary>
public sealed class ProperNamesTests(FixtureBank fixture) : IClassFixture<FixtureBank>
{
    private static readonly HashSet<string> None = [];

    [Theory]
    [InlineData("Why Google?", "Why this company?")]
    [InlineData("Why do you want to work at Goldman Sachs?", "Why do you want to work at this company?")]
    [InlineData("What do you know about Amazon's culture?", "What do you know about this company culture?")]
    [InlineData("why google", "why this company")]
    [InlineData("Why Seattle?", "Why Seattle (the US)?")]
    [InlineData("Why do you want to move to New York?", "Why do you want to move to New York (the US)?")]
    [InlineData("Would you relocate to Berlin?", "Would you relocate to Berlin (this country)?")]
    [InlineData("We're a fintech in New York. Why us?", "We're a fintech in New York. Why us?")]
    [InlineData("You'd sit in our Berlin office.", "You'd sit in our Berlin office.")]
    [InlineData("Our team is in Seattle. Why move to Seattle?", "Our team is in Seattle. Why move to Seattle (the US)?")]
    [InlineData("There was discord in the team and a tight deadline.", "There was discord in the team and a tight deadline.")]
    [InlineData("Tell me about a conflict.", "Tell me about a conflict.")]
    public void Names_read_as_what_they_stand_for(string question, string read) =>
        Assert.Equal(read, ProperNames.Embedded.Rewrite(question, None));

    [Fact]
    public void A_company_of_the_users_own_stories_or_their_employer_stays_as_written()
    {
        var own = ProperNames.Embedded.Own(StoryBank.Empty, "Google");
        Assert.Equal("Why did you join Google?", ProperNames.Embedded.Rewrite("Why did you join Google?", own));
        Assert.Equal("Why this company?", ProperNames.Embedded.Rewrite("Why Meta?", own));
        var mine = ProperNames.Embedded.Own(fixture.Bank, null);
        Assert.Contains("cybereason", mine);
        Assert.Contains("boulder", mine);
        Assert.Equal("Why CU Boulder in particular?", ProperNames.Embedded.Rewrite("Why CU Boulder in particular?", mine));
    }

    [Theory]
    [InlineData("Why Amazon?", "Why applied")]
    [InlineData("Why Google?", "Why applied")]
    [InlineData("Why us?", "Why applied")]
    [InlineData("We're a small fintech in New York, not a household name. Why us?", "Why applied")]
    [InlineData("Why this team?", "Why applied")]
    [InlineData("Tell me about yourself.", "Introduction")]
    [InlineData("Any questions for me?", "My Question")]
    public void Short_and_company_questions_reach_the_answer_prepared_for_them(string question, string key) =>
        Assert.Equal(key, fixture.Matcher.Match(question, 3).Answers[0].Key);

    [Theory]
    [InlineData("Why do you want to join Netflix?")]
    [InlineData("What do you know about Stripe and why does it appeal to you?")]
    [InlineData("why would you want to work at goldman sachs")]
    public void A_company_named_in_a_question_is_read_as_the_company(string question)
    {
        var result = fixture.Matcher.Match(question, 3);
        Assert.Equal("motivation-company", result.Competencies[0].Id.Slug);
        Assert.Equal("Why applied", result.Answers[0].Key);
    }

    [Fact]
    public void A_company_of_the_users_own_stories_keeps_its_own_answer() =>
        Assert.Equal("Why Cybereason", fixture.Matcher.Match("Why Cybereason?", 3).Answers[0].Key);

    [Theory]
    [InlineData("Why the US?", "motivation-location", "Why US")]
    [InlineData("Why do you want to work in the States?", "motivation-location", "Why US")]
    [InlineData("Why do you want to move to Seattle?", "motivation-location", "Why US")]
    [InlineData("Would you rather stay an individual contributor or move into management?", "career-track", "Career Path")]
    public void Country_city_and_career_track_questions_have_their_own_competency(string question, string competency, string key)
    {
        var result = fixture.Matcher.Match(question, 3);
        Assert.Equal(competency, result.Competencies[0].Id.Slug);
        Assert.Equal(key, result.Answers[0].Key);
    }

    [Fact]
    public void Why_Google_does_not_match_a_story_because_it_mentions_Google_Cloud()
    {
        var result = fixture.Matcher.Match("Why Google?", 5);
        Assert.Equal("motivation-company", result.Competencies[0].Id.Slug);
        Assert.DoesNotContain(result.Answers, a => a.Key == "Conflict");
        Assert.DoesNotContain(result.Stories, s => s.Why.Contains("google", StringComparison.OrdinalIgnoreCase));
    }
}
