using TellMe.Bank;
using TellMe.Match;

namespace TellMe.Tests.Match;

public sealed class CurrentEmployerTests(FixtureBank fixture) : IClassFixture<FixtureBank>
{
    [Fact]
    public void The_current_employer_is_read_from_the_users_introduction()
    {
        // "I'm working as a software engineer at Cybereason, a cybersecurity company in the US…"
        Assert.Equal("Cybereason", CurrentEmployer.Find(fixture.Bank, fixture.Bank.Answers.Select(a => string.Join(" . ", Tellings.ResolvePoints(a, fixture.Bank).Select(p => p.Content.ToString())))));
    }

    [Theory]
    [InlineData("I currently work for Industry Technology as a backend engineer", "Industry Technology")]
    [InlineData("Presently I lead a team at Gunosy.", "Gunosy")]
    [InlineData("I'm working at Nowhere Inc on payments", null)]
    [InlineData("I worked at Gunosy for 1.5 years", null)]
    public void Only_a_present_tense_statement_naming_a_known_company_counts(string text, string? expected) =>
        Assert.Equal(expected, CurrentEmployer.Find(fixture.Bank, [text]));

    [Theory]
    [InlineData("Why did you take the job you have now?", "job you have now")]
    [InlineData("What attracted you to your current employer?", "current employer")]
    [InlineData("Why did you join your present company?", "present company")]
    [InlineData("What do you like about the role you're in right now?", "role you're in right now")]
    [InlineData("Tell me about your current project", null)]
    [InlineData("Why did you leave your first job?", null)]
    public void A_question_about_the_current_employer_is_recognised(string question, string? mention) =>
        Assert.Equal(mention, CurrentEmployer.Mention(question)?.Phrase);

    [Theory]
    [InlineData("Why did you join your current company?", true)]
    [InlineData("What attracted you to your present employer?", true)]
    [InlineData("Why did you take the job you have now?", true)]
    [InlineData("What did you work on before your current job?", false)]
    [InlineData("How is on-call organised at your current company?", false)]
    [InlineData("What have you learned since the job you have now began?", false)]
    [InlineData("Tell me about your current project", false)]
    public void The_employer_is_the_subject_unless_a_preposition_makes_it_the_setting(string question, bool subject) =>
        Assert.Equal(subject, CurrentEmployer.Mention(question) is { IsSubject: true });

    [Fact]
    public void A_question_about_the_current_job_reaches_the_answer_named_after_the_employer()
    {
        var answers = fixture.Matcher.Match("Why did you take the job you have now?", 3).Answers;
        var cybereason = Assert.Single(answers, a => a.Key == "Why Cybereason");
        Assert.Contains("Cybereason (≈job you have now)", cybereason.Why);
    }

    [Fact]
    public void Leaving_the_current_job_is_still_about_leaving()
    {
        Assert.Equal("Why searching a new position", fixture.Matcher.Match("Why are you looking to leave your current job?", 3).Answers[0].Key);
    }

    [Fact]
    public void A_bank_that_does_not_say_where_the_user_works_gets_no_employer()
    {
        var answers = fixture.Bank.Answers.Where(a => a.Key != "Introduction").ToList();
        var bank = fixture.Bank.With(answers: answers);
        Assert.Null(CurrentEmployer.Find(bank, answers.Select(a => string.Join(" . ", Tellings.ResolvePoints(a, bank).Select(p => p.Content.ToString())))));
    }
}
