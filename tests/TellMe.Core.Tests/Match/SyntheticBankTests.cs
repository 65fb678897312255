using TellMe.Match;
using TellMe.Plan;

namespace TellMe.Tests.Match;

public sealed class SyntheticBankTests
{
    [Fact]
    public void A_thousand_story_bank_is_reproducible_matches_and_plans_twenty_distinct_stories()
    {
        var bank = SyntheticBank.Create(1_000, seed: 1);
        Assert.Equal(1_000, bank.Stories.Length);
        Assert.Equal(1_000, bank.Stories.Select(s => s.Id).Distinct().Count());
        Assert.Equal(bank.Stories.Select(s => s.Title), SyntheticBank.Create(1_000, seed: 1).Stories.Select(s => s.Title));

        var matcher = Matcher.Create(bank);
        foreach (var question in SyntheticBank.Questions(50, seed: 2))
            Assert.NotEmpty(matcher.Match(question).Stories);

        var (slots, _) = LoopSlots.Generate(matcher, 5, 4, "amazon", 3);
        var plan = LoopPlanner.Plan(matcher, slots);
        Assert.Equal(0, plan.Unfilled);
        Assert.Equal(20, plan.Slots.Select(s => s.Primary!.Id).Distinct().Count());
    }
}
