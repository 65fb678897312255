using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Check;
using TellMe.Check.Rules;

namespace TellMe.Tests.Check;

/// <summary>Each rule on a small bank built for it.</summary>
public class RuleTests
{
    private static Story Story(string id, string title, string? company = "Acme", params Part[] sections) => new()
    {
        Id = StoryId.Parse(id), Title = title, Company = company, File = $"stories/{id}.md",
        Sections = sections.Length > 0 ? [.. sections] :
        [
            new Part("Situation", Content.Text("Checkout failed for 2% of users"), 6),
            new Part("Action", Content.Text("I traced the failures to a cache race"), 10),
            new Part("Result", Content.Text("Failures fell to 0.1% in 2 weeks"), 14),
        ],
    };

    private static IReadOnlyList<TellMe.Diagnostics.Diagnostic> Run(StoryBank bank) => Checker.Run(bank);

    private static StoryBank Bank(IEnumerable<Story>? stories = null, IEnumerable<Answer>? answers = null, IEnumerable<Framework>? frameworks = null, CheckSettings? check = null) =>
        new(new BankSettings { Check = check ?? new CheckSettings() }, stories ?? [], answers ?? [], frameworks ?? []);

    private static Framework Framework(params Principle[] principles) => new() { Id = "amazon", Name = "Amazon", File = "frameworks/amazon.yaml", Principles = [.. principles] };

    private static Principle Principle(string name, params StoryTelling[] stories) => new() { Id = name.ToLowerInvariant(), Name = name, Stories = [.. stories], Line = 3 };

    [Fact]
    public void A_clean_story_has_no_findings() =>
        Assert.Empty(Run(Bank([Story("AC1", "Fixed checkout failures")])));

    [Fact]
    public void A_citation_of_a_missing_story_is_an_error()
    {
        var bank = Bank(frameworks: [Framework(Principle("Ownership", new StoryTelling { Story = StoryId.Parse("AC9"), Line = 5 }))]);
        var d = Assert.Single(Run(bank), d => d.Code == "TM001");
        Assert.Equal(TellMe.Diagnostics.Severity.Error, d.Severity);
        Assert.Equal(5, d.Line);
    }

    [Fact]
    public void A_principle_without_stories_is_reported() =>
        Assert.Contains(Run(Bank(frameworks: [Framework(Principle("Frugality"))])), d => d.Code == "TM011" && d.Line == 3);

    [Fact]
    public void A_story_may_carry_as_many_principles_as_configured()
    {
        var story = Story("AC1", "Fixed checkout failures");
        var tell = new StoryTelling { Story = story.Id };
        var framework = Framework(Principle("Ownership", tell), Principle("Dive Deep", tell));
        Assert.Contains(Run(Bank([story], frameworks: [framework])), d => d.Code == "TM012");
        Assert.DoesNotContain(Run(Bank([story], frameworks: [framework], check: new CheckSettings { MaxPrinciplesPerStory = 2 })), d => d.Code == "TM012");
    }

    [Fact]
    public void An_answer_longer_than_the_time_is_reported_with_its_speaking_time()
    {
        string longText = string.Join(' ', Enumerable.Repeat("I rebuilt the deployment pipeline carefully", 80));
        var answer = new Answer { Key = "Pipeline", Order = 1, File = "answers/pipeline.md", Points = [new Part("Action", Content.Text(longText))] };
        var d = Assert.Single(Run(Bank(answers: [answer])), d => d.Code == "TM013");
        Assert.Contains("481 words", d.Message);
        Assert.Contains("3:12", d.Message);
        Assert.DoesNotContain(Run(Bank(answers: [answer], check: new CheckSettings { AnswerMinutes = 4 })), d => d.Code == "TM013");
    }

    [Fact]
    public void We_outnumbering_I_in_an_action_is_reported_but_not_in_a_situation()
    {
        var story = Story("AC1", "Fixed checkout", "Acme",
            new Part("Situation", Content.Text("We had a flaky checkout and our team was stuck"), 6),
            new Part("Action", Content.Text("We traced it and we fixed it; I wrote the test"), 10),
            new Part("Result", Content.Text("Failures fell 90%"), 14));
        var d = Assert.Single(Run(Bank([story])), d => d.Code == "TM014");
        Assert.Equal(10, d.Line);
        Assert.Contains("2 times", d.Message);
    }

    [Fact]
    public void A_story_without_action_or_result_is_reported()
    {
        var story = Story("AC1", "Fixed checkout", "Acme", new Part("Situation", Content.Text("Checkout broke"), 6));
        var d = Assert.Single(Run(Bank([story])), d => d.Code == "TM008");
        Assert.Contains("Action, Result", d.Message);
    }

    [Theory]
    [InlineData("WebSocet", "WebSocket")]
    [InlineData("Kuberentes", "Kubernetes")]
    [InlineData("Terrafrom", "Terraform")]
    [InlineData("PostgreSLQ", "PostgreSQL")]
    public void Misspelled_technical_terms_get_a_suggestion(string word, string term) =>
        Assert.Equal(term, TechnicalTermSpellingRule.Suggest(word));

    [Theory]
    [InlineData("WebSocket")]
    [InlineData("microservices")]
    [InlineData("sprint")]
    [InlineData("latencies")]
    [InlineData("planning")]
    [InlineData("Monoliths")]
    public void Correct_words_and_inflections_are_not_flagged(string word) =>
        Assert.Null(TechnicalTermSpellingRule.Suggest(word));

    [Fact]
    public void Disabled_rules_report_nothing()
    {
        var story = Story("AC1", "Fixed checkout", "Acme", new Part("Situation", Content.Text("Checkout broke"), 6));
        Assert.DoesNotContain(Run(Bank([story], check: new CheckSettings { Disabled = ["TM008"] })), d => d.Code == "TM008");
    }

    [Fact]
    public void Every_rule_has_a_unique_stable_code_and_a_title()
    {
        var codes = Checker.Rules.Select(r => r.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(Checker.Rules, r => Assert.Matches(@"^TM0\d\d$", r.Code));
        Assert.All(Checker.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
    }

    [Fact]
    public void Two_look_alike_titles_at_different_companies_are_not_one_story()
    {
        var a = Story("AC1", "Migrated the billing database to PostgreSQL 15");
        var b = Story("BX1", "Migrated the billing database to PostgreSQL 15", "Beta");
        Assert.DoesNotContain(Run(Bank([a, b])), d => d.Code == "TM003");
        Assert.Contains(Run(Bank([a, b with { Company = "Acme", Id = StoryId.Parse("AC2"), File = "stories/AC2.md" }])), d => d.Code == "TM003");
    }
}
