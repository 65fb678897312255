using TellMe.Competencies;
using TellMe.Match;
using TellMe.Plan;
using TellMe.Prep;
using TellMe.Tests.Match;

namespace TellMe.Tests.Plan;

/// <summary>Interviewer types (data/interviewer-types.yaml) and loops laid out by them (RoundLayout).</summary>
public sealed class LoopByTypeTests(FixtureBank fixture) : IClassFixture<FixtureBank>
{
    private readonly Matcher _matcher = fixture.Matcher;
    private static InterviewerTypes Types => InterviewerTypes.Embedded;

    private static CompetencyId Id(string text) => CompetencyId.Parse(text);

    [Fact]
    public void Four_interviewer_types_ship_each_probing_different_things()
    {
        Assert.Equal(["recruiter-screen", "hiring-manager", "bar-raiser", "peer-engineer"], Types.All.Select(t => t.Id));
        Assert.Equal(Id("general/introduction"), Types.Find("recruiter")!.Probes[0].Competency);
        Assert.Equal(Id("general/technical-challenge"), Types.Find("Peer Engineer")!.Probes[0].Competency);
        Assert.Equal(3, Types.Find("bar-raiser")!.CompanyValues);
        Assert.Equal(4, Types.All.Select(t => t.Probes[0].Competency).Distinct().Count());
    }

    [Theory]
    [InlineData("HM", "hiring-manager")]
    [InlineData("phone screen", "recruiter-screen")]
    [InlineData("Bar-Raiser", "bar-raiser")]
    [InlineData("system design", "peer-engineer")]
    public void A_type_is_found_by_alias(string name, string id) => Assert.Equal(id, Types.Find(name)?.Id);

    [Theory]
    [InlineData("Onsite 3 - bar raiser", "bar-raiser")]
    [InlineData("phone screen with the recruiter", "recruiter-screen")]
    [InlineData("Hiring manager chat", "hiring-manager")]
    [InlineData("onsite 2", null)]
    public void A_rounds_label_suggests_its_type(string label, string? id) => Assert.Equal(id, Types.Guess(label)?.Id);

    [Fact]
    public void A_loop_by_type_asks_what_each_type_probes_no_competency_twice_no_story_twice()
    {
        var layout = RoundLayout.Plan(_matcher, Types.DefaultLoop, 2);
        Assert.Equal(["Recruiter screen", "Peer engineer", "Hiring manager", "Bar raiser"], layout.Rounds.Select(r => r.Type.Name));
        Assert.Equal(8, layout.Plan.Slots.Length);
        Assert.Equal([Id("general/introduction"), Id("general/motivation-company")], layout.Plan.Slots.Where(s => s.Slot.Interviewer == 1).Select(s => s.Slot.Competency));
        Assert.Equal(Id("general/technical-challenge"), layout.Plan.Slots.First(s => s.Slot.Interviewer == 2).Slot.Competency);
        Assert.Equal(layout.Plan.Slots.Length, layout.Plan.Slots.Select(s => s.Slot.Competency).Distinct().Count());
        var told = layout.Plan.Slots.SelectMany(s => new[] { s.Primary?.Id, s.Backup?.Id }).OfType<string>().ToList();
        Assert.Equal(told.Count, told.Distinct().Count());
        Assert.All(layout.Plan.Slots, s => Assert.False(string.IsNullOrEmpty(s.Slot.Question)));
    }

    [Fact]
    public void A_bar_raiser_probes_the_companys_values_through_their_first_probe()
    {
        var meta = CompanyFrameworks.Find("Meta", _matcher.Bank)!;
        var layout = RoundLayout.Plan(_matcher, [Types.Find("bar-raiser")!], 2, meta);
        Assert.Equal(["Move Fast (Meta)", "Focus on Long-Term Impact (Meta)"], layout.Plan.Slots.Select(s => s.Slot.Topic));
        Assert.Equal(Id("amazon/bias-for-action"), layout.Plan.Slots[0].Slot.Competency);
        Assert.StartsWith("Tell me about a time you shipped something much faster", layout.Plan.Slots[0].Slot.Question);
    }

    [Fact]
    public void A_companys_loop_probes_its_values_and_no_other_companys_principles_even_when_a_posting_stresses_them()
    {
        var stripe = CompanyFrameworks.Find("Stripe", _matcher.Bank)!;
        // The bank keeps Amazon's principles and this posting's words are theirs: without a company they lead the bar raiser.
        var emphasis = new Dictionary<CompetencyId, double> { [Id("amazon/insist-on-the-highest-standards")] = 3, [Id("amazon/ownership")] = 1 };
        var open = RoundLayout.Plan(_matcher, [Types.Find("bar-raiser")!], 2, null, emphasis);
        Assert.Equal(Id("amazon/insist-on-the-highest-standards"), open.Plan.Slots[0].Slot.Competency);

        var layout = RoundLayout.Plan(_matcher, [Types.Find("hiring-manager")!, Types.Find("bar-raiser")!], 3, stripe, emphasis);
        var bar = layout.Plan.Slots.Where(s => s.Slot.Interviewer == 2).ToList();
        Assert.Equal(3, bar.Count);
        Assert.All(bar, s => Assert.EndsWith("(Stripe)", s.Slot.Topic, StringComparison.Ordinal));
        // A value may be planned through an Amazon competency it stands for; a topic of its own is never Amazon's.
        Assert.All(layout.Plan.Slots.Where(s => !s.Slot.Topic.EndsWith("(Stripe)", StringComparison.Ordinal)),
            s => Assert.Equal("general", s.Slot.Competency!.Value.Framework));
    }

    [Fact]
    public void A_posting_moves_what_it_stresses_up_within_a_round()
    {
        var service = new PrepService(_matcher, TimeProvider.System);
        var (report, _) = service.Analyze("You will mentor engineers and coach them. Mentoring junior engineers is most of this job. You grow other engineers.", "p.txt", []);
        var plain = RoundLayout.Plan(_matcher, [Types.Find("hiring-manager")!], 2);
        Assert.DoesNotContain(plain.Plan.Slots, s => s.Slot.Competency == Id("general/mentoring"));
        var emphasis = new PostingEmphasis(new Posting("p.txt", null, []), [.. report!.Competencies.Select(c =>
            new EmphasisedCompetency(c.Competency, c.Emphasis, c.Evidence, c.Probes, null))], []);
        var weighted = RoundLayout.Plan(_matcher, [Types.Find("hiring-manager")!], 2, null, emphasis.ByCompetency());
        Assert.Equal(Id("general/mentoring"), weighted.Plan.Slots[0].Slot.Competency);
    }
}
