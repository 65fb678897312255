using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Match;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;
using TellMe.Prep;
using TellMe.Tests.Match;
using TellMe.Tests.PracticeDrill;

namespace TellMe.Tests.Prep;

public sealed class PrepServiceTests(FixtureBank fixture) : IClassFixture<FixtureBank>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly PrepService _service = new(fixture.Matcher, new ManualTime(Now));

    private static CompetencyId Id(string text) => CompetencyId.Parse(text);

    private PrepReport Analyze(string file, PrepOptions? options = null, IReadOnlyList<StoredCard>? stored = null)
    {
        var (report, problem) = _service.Analyze(File.ReadAllText(TestFiles.Data("postings", file)), file, stored ?? [], options);
        Assert.Null(problem);
        return report!;
    }

    [Fact]
    public void A_posting_says_what_it_stresses_with_its_own_sentences_as_evidence()
    {
        var report = Analyze("backend-payments.md");
        var standards = report.Competencies[0];
        Assert.Equal(Id("amazon/insist-on-the-highest-standards"), standards.Competency.Id);
        Assert.Equal("Insist on the highest standards", standards.Competency.Name); // as the user's bank spells it
        Assert.True(standards.Stressed);
        Assert.Equal([19, 27, 29], standards.Evidence.Select(e => e.Line));
        Assert.Equal("says \u201chigh standards\u201d", standards.Evidence[1].Why);
        Assert.StartsWith("You hold yourself and your team to high standards", standards.Evidence[1].Sentence);

        var ownership = Assert.Single(report.Competencies, c => c.Competency.Id.Slug == "ownership");
        Assert.Equal("amazon", ownership.Competency.Framework); // the general "Ownership" counts as the bank's principle
        Assert.Contains(Id("general/ownership"), ownership.Probes);
        Assert.Contains(report.Competencies, c => c.Competency.Id.ToString() == "general/mentoring" && c.Evidence.Single().Line == 19);
        // Benefits and the equal-opportunity statement ask for nothing.
        Assert.DoesNotContain(report.Competencies.SelectMany(c => c.Evidence), e => e.Line >= 38);
        // "experience" is not "experiment", "accounting" not "accountable".
        Assert.DoesNotContain(report.Competencies, c => c.Competency.Id.ToString() == "general/innovation");
    }

    [Fact]
    public void Each_competency_gets_its_best_story_and_a_backup_with_how_well_they_are_drilled()
    {
        var stored = new StoredCard
        {
            Id = CardId.ForStory(StoryId.Parse("IT3")),
            Title = "IT3",
            FirstSeen = Now.AddDays(-60),
            Schedule = new FsrsCard(Now.AddDays(20), 40, 5, 10, 40, 0, 6, 1, CardState.Review, Now.AddDays(-20)),
        };
        var report = Analyze("backend-payments.md", stored: [stored]);
        var diveDeep = Assert.Single(report.Competencies, c => c.Competency.Id.ToString() == "amazon/dive-deep");
        Assert.Equal(["IT3", "CR2"], diveDeep.Stories.Select(s => s.Id));
        Assert.Equal(["primary", "backup"], diveDeep.Stories.Select(s => s.Role));
        var drill = diveDeep.Stories[0].Drill;
        Assert.Equal(DrillLevel.Mature, drill.Level);
        Assert.Equal(6, drill.Reviews);
        Assert.InRange(drill.RecallNow!.Value, 0.8, 1.0);
        Assert.Equal(DrillLevel.NotDrilled, diveDeep.Stories[1].Drill.Level);
        Assert.Null(diveDeep.Stories[1].Drill.RecallNow);
    }

    [Fact]
    public void A_stressed_competency_no_story_covers_is_a_gap()
    {
        var report = Analyze("backend-payments.md");
        var ambiguity = Assert.Single(report.Competencies, c => c.Competency.Id.ToString() == "general/ambiguity");
        Assert.Empty(ambiguity.Stories);
        Assert.Equal("no story fits Ambiguity", ambiguity.Gap);
        Assert.Contains(report.Gaps, g => g.Kind == "uncovered" && g.Competencies.SequenceEqual([Id("general/ambiguity")]));
    }

    [Fact]
    public void A_story_that_is_the_best_for_several_stressed_competencies_is_overloaded()
    {
        var story = Banks.Story("AC1", "Cut p99 latency of the checkout API",
            ("Situation", "The checkout API had a p99 latency of 2 seconds"), ("Action", "I profiled the service and added a cache"), ("Result", "p99 dropped to 250 ms"));
        var framework = new Framework
        {
            Id = "amazon",
            Name = "Amazon Leadership Principles",
            Principles = [.. new[] { "dive-deep", "insist-on-the-highest-standards", "deliver-results" }.Select(id =>
                new Principle { Id = id, Name = id, Stories = [new StoryTelling { Story = StoryId.Parse("AC1") }] })],
        };
        var bank = new StoryBank(new BankSettings(), [story], [], [framework]);
        var service = new PrepService(Matcher.Create(bank), new ManualTime(Now));
        var (report, _) = service.Analyze("""
            # Backend engineer
            - Dig into production incidents and find the root cause.
            - You hold yourself to high standards.
            - You deliver results on time.
            """, "p.md", []);
        var overloaded = Assert.Single(report!.Gaps, g => g.Kind == "overloaded");
        Assert.Equal("AC1", overloaded.Story);
        Assert.Equal(3, overloaded.Competencies.Length);
        Assert.Contains("a story is told once per loop", overloaded.Message);
    }

    [Fact]
    public void Technologies_come_with_the_stories_that_name_them()
    {
        var report = Analyze("sre-plain.txt");
        Assert.Equal(["SRE", "GCP", "Go", "Grafana"], report.Technologies.Take(4).Select(t => t.Name));
        var terraform = Assert.Single(report.Technologies, t => t.Name == "Terraform");
        Assert.Equal(13, terraform.Evidence.Single().Line);
        Assert.Equal(["EN1"], terraform.Stories.Select(s => s.Id));
        Assert.Equal("mentions", terraform.Stories[0].Role);
    }

    [Fact]
    public void With_a_company_its_values_are_listed_and_those_the_posting_names_carry_evidence()
    {
        var report = Analyze("values-heavy.txt", new PrepOptions("Facebook"));
        Assert.Equal("meta", report.Framework!.Id);
        Assert.False(report.Framework.FromBank);
        Assert.Contains("siliconrepublic.com", report.Framework.Sources[0].Url);
        Assert.Equal(6, report.CompanyValues.Length);
        var moveFast = report.CompanyValues[0];
        Assert.Equal("Move Fast", moveFast.Competency.Name);
        Assert.Equal(2, moveFast.Emphasis);
        Assert.Equal([3, 8], moveFast.Evidence.Select(e => e.Line));
        Assert.Equal(0, Assert.Single(report.CompanyValues, v => v.Competency.Id.Slug == "live-in-the-future").Emphasis);
        Assert.Contains(report.Competencies, c => c.Competency.Id.ToString() == "meta/be-direct-and-respect-your-colleagues" && c.Stressed);
    }

    [Fact]
    public void An_unknown_company_says_so_and_the_general_taxonomy_is_used()
    {
        var report = Analyze("values-heavy.txt", new PrepOptions("Initech"));
        Assert.Null(report.Framework);
        Assert.StartsWith("TellMe has no values framework for 'Initech'", Assert.Single(report.Notes));
        Assert.Contains("frameworks/initech.yaml", report.Notes[0]);
        Assert.DoesNotContain(report.Competencies, c => c.Competency.Framework == "meta");
    }

    [Fact]
    public void Only_frameworks_in_play_count_a_bank_without_amazon_gets_no_amazon_principle()
    {
        var bank = new StoryBank(new BankSettings(), [Banks.Story("AC1", "Cut latency", ("Action", "I profiled the service"))], [], []);
        var (report, _) = new PrepService(Matcher.Create(bank), new ManualTime(Now)).Analyze(
            File.ReadAllText(TestFiles.Data("postings", "backend-payments.md")), "p.md", []);
        Assert.DoesNotContain(report!.Competencies, c => c.Competency.Framework == "amazon");
        Assert.Contains(report.Competencies, c => c.Competency.Id.ToString() == "general/ownership");
    }

    [Fact]
    public void Plan_lays_out_the_default_loop_weighted_by_the_posting()
    {
        var report = Analyze("backend-payments.md", new PrepOptions(Plan: true));
        Assert.Equal(4, report.Plan!.Rounds.Length);
        Assert.Equal(8, report.Plan.Plan.Slots.Length);
        // The posting stresses the highest standards, so the bar raiser asks about them first.
        Assert.Equal(Id("amazon/insist-on-the-highest-standards"), report.Plan.Plan.Slots.First(s => s.Slot.Interviewer == 4).Slot.Competency);
    }

    [Fact]
    public void A_posting_of_only_boilerplate_says_so()
    {
        var (report, _) = _service.Analyze("## Benefits\n\nWe offer medical, dental and vision insurance.\n", "b.md", []);
        Assert.Empty(report!.Competencies);
        Assert.Equal(["the posting b.md has no sentence about the role or its requirements"], report.Notes.ToArray());
    }
}
