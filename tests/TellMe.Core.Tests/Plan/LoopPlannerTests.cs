using TellMe.Bank;
using TellMe.Match;
using TellMe.Plan;
using TellMe.Tests.Match;

namespace TellMe.Tests.Plan;

public sealed class LoopPlannerTests(FixtureBank fixture) : IClassFixture<FixtureBank>
{
    private readonly Matcher _matcher = fixture.Matcher;

    [Fact]
    public void Competencies_are_found_by_name_or_id_ignoring_case_and_punctuation()
    {
        var (slots, unknown) = LoopSlots.FromCompetencies(_matcher,
            ["Ownership", " dive deep ", "EARN-TRUST", "amazon/bias-for-action", "Have Backbone; Disagree and Commit", "tight deadline", "Flying", ""]);
        Assert.Equal(["Ownership", "Dive deep", "Earn trust", "Bias for action", "Have Backbone; Disagree and Commit (Conflicts)", "Tight deadline"], slots.Select(s => s.Topic));
        Assert.Equal("amazon/ownership", slots[0].Competency.ToString());
        Assert.Equal("general/tight-deadline", slots[5].Competency.ToString());
        Assert.Equal(["Flying"], unknown.ToArray());
    }

    [Fact]
    public void Each_principle_gets_the_story_the_user_cites_for_it()
    {
        var (slots, _) = LoopSlots.FromCompetencies(_matcher, ["Ownership", "Dive Deep", "Earn trust", "Frugality"]);
        var plan = LoopPlanner.Plan(_matcher, slots);
        Assert.Equal(["EN1", "IT3", "CR2", "AL1"], plan.Slots.Select(s => s.Primary!.Id));
        Assert.Equal(0, plan.Unfilled);
    }

    [Fact]
    public void Topics_told_with_a_prepared_answer_get_the_answer_and_leave_the_stories_to_others()
    {
        var (slots, _) = LoopSlots.FromCompetencies(_matcher, ["introduction", "career goals", "Ownership", "questions for interviewer"]);
        var plan = LoopPlanner.Plan(_matcher, slots);

        // The user's answers to these tell no story: they are what to say, and no story is spent on them.
        Assert.Equal([("Introduction", null), ("Career Goal", null), (null, "EN1"), ("My Question", null)],
            plan.Slots.Select(s => (s.Answer?.Key, s.Primary?.Id)));
        Assert.All(plan.Slots.Where(s => s.Answer is not null), s => Assert.Null(s.Backup));
        Assert.Equal(0, plan.Unfilled);

        // Asked which stories cover each slot (prep, the next round), every slot gets stories again.
        var stories = LoopPlanner.Plan(_matcher, slots, preparedAnswers: false);
        Assert.All(stories.Slots, s => Assert.Null(s.Answer));
        Assert.Equal("EN1", stories.Slots[2].Primary!.Id);
    }

    [Theory]
    [InlineData(4, 2, 7)]
    [InlineData(5, 3, 11)]
    [InlineData(8, 3, 3)]
    public void A_generated_loop_never_tells_a_story_twice(int interviewers, int per, int seed)
    {
        var (slots, problem) = LoopSlots.Generate(_matcher, interviewers, per, "amazon", seed);
        Assert.Null(problem);
        Assert.Equal(interviewers * per, slots.Length);
        var plan = LoopPlanner.Plan(_matcher, slots, seed);
        var told = plan.Slots.SelectMany(s => new[] { s.Primary?.Id, s.Backup?.Id }).OfType<string>().ToList();
        Assert.Equal(told.Count, told.Distinct().Count());
        Assert.Equal(slots.Length, plan.Slots.Length);
        Assert.All(plan.Slots.Where(s => s.Primary is null || s.Backup is null), s => Assert.False(string.IsNullOrEmpty(s.Problem)));
    }

    [Fact]
    public void A_generated_loop_is_reproducible_and_never_repeats_a_competency_for_one_interviewer()
    {
        var (first, _) = LoopSlots.Generate(_matcher, 4, 3, "amazon", 42);
        var (again, _) = LoopSlots.Generate(_matcher, 4, 3, "amazon", 42);
        var (other, _) = LoopSlots.Generate(_matcher, 4, 3, "amazon", 43);
        Assert.Equal(first.ToArray(), again.ToArray());
        Assert.NotEqual(first.Select(s => s.Competency), other.Select(s => s.Competency));
        Assert.Equal(12, first.Select(s => s.Competency).Distinct().Count());
        Assert.All(first, s => Assert.False(string.IsNullOrEmpty(s.Question)));
        Assert.All(first, s => Assert.Equal("amazon", s.Competency?.Framework));
        foreach (var interviewer in first.GroupBy(s => s.Interviewer))
            Assert.Equal(interviewer.Count(), interviewer.Select(s => s.Competency).Distinct().Count());
    }

    [Fact]
    public void A_loop_longer_than_the_framework_starts_over_but_never_twice_for_one_interviewer()
    {
        var (slots, problem) = LoopSlots.Generate(_matcher, 10, 3, "amazon", 5);
        Assert.Null(problem);
        Assert.Equal(30, slots.Length);
        foreach (var interviewer in slots.GroupBy(s => s.Interviewer))
            Assert.Equal(3, interviewer.Select(s => s.Competency).Distinct().Count());
    }

    [Fact]
    public void Bad_loop_requests_are_explained()
    {
        Assert.Contains("unknown framework 'google'", LoopSlots.Generate(_matcher, 4, 2, "google", 1).Problem);
        Assert.NotNull(LoopSlots.Generate(_matcher, 0, 2, "amazon", 1).Problem);
        Assert.NotNull(LoopSlots.Generate(_matcher, 4, 0, "amazon", 1).Problem);
    }

    [Fact]
    public void Slots_beyond_the_stories_are_reported_not_dropped()
    {
        var two = fixture.Bank.With(stories: fixture.Bank.Stories.Where(s => s.Id.Value is "EN1" or "IT3"), answers: []);
        var matcher = Matcher.Create(two);
        var (slots, _) = LoopSlots.FromCompetencies(matcher, ["Ownership", "Dive deep", "Frugality", "Think big"]);
        var plan = LoopPlanner.Plan(matcher, slots);
        Assert.Equal(4, plan.Slots.Length);
        Assert.Equal("EN1", plan.Slots[0].Primary?.Id);
        Assert.Equal("IT3", plan.Slots[1].Primary?.Id);
        Assert.Equal(2, plan.Unfilled);
        Assert.All(plan.Slots.Skip(2), s => Assert.Matches("no story fits|already planned", s.Problem!));
    }

    [Fact]
    public void An_empty_bank_reports_every_slot()
    {
        var matcher = Matcher.Create(StoryBank.Empty);
        var plan = LoopPlanner.Plan(matcher, LoopSlots.FromQuestions(["Tell me about a conflict", "", "Why us?"]));
        Assert.Equal(2, plan.Slots.Length);
        Assert.All(plan.Slots, s => Assert.Equal("the bank has no stories", s.Problem));
    }

    [Fact]
    public void Question_slots_are_planned_by_how_well_each_story_answers_them()
    {
        var plan = LoopPlanner.Plan(_matcher, LoopSlots.FromQuestions(
            ["Tell me about a time you had a really tight schedule", "Tell me about a time you mentored an engineer who struggled"]));
        Assert.Equal("IT2", plan.Slots[0].Primary?.Id);
        Assert.Equal("IT10", plan.Slots[1].Primary?.Id);
    }

    [Fact]
    public void The_assignment_equals_brute_force_on_small_loops()
    {
        var random = new Random(20240611);
        for (int instance = 0; instance < 400; instance++)
        {
            int slots = random.Next(1, 5), stories = random.Next(1, 7);
            var fit = new double[slots, stories];
            for (int i = 0; i < slots; i++)
                for (int s = 0; s < stories; s++)
                    fit[i, s] = random.NextDouble() < 0.25 ? random.NextDouble() * 0.04 : Math.Round(random.NextDouble() * 2, 2);
            var (primary, backup) = LoopPlanner.Assign(fit, LoopPlanner.MinimumFit);

            var used = primary.Concat(backup).Where(s => s >= 0).ToList();
            Assert.Equal(used.Count, used.Distinct().Count());
            Assert.All(Enumerable.Range(0, slots), i => Assert.True(backup[i] < 0 || primary[i] >= 0));

            var best = BruteForce(fit, Enumerable.Range(0, stories).ToList());
            Assert.Equal(best.Count, primary.Count(s => s >= 0));
            Assert.Equal(best.Total, Total(fit, primary), 9);

            var left = Enumerable.Range(0, stories).Where(s => !primary.Contains(s)).ToList();
            var filled = Enumerable.Range(0, slots).Where(i => primary[i] >= 0).ToList();
            var rest = new double[filled.Count, stories];
            for (int r = 0; r < filled.Count; r++)
                for (int s = 0; s < stories; s++) rest[r, s] = fit[filled[r], s];
            var bestBackup = BruteForce(rest, left);
            Assert.Equal(bestBackup.Count, backup.Count(s => s >= 0));
            Assert.Equal(bestBackup.Total, Total(fit, backup), 9);
        }
    }

    /// <summary>Most slots filled, then the highest total, over every way to give slots distinct allowed stories.</summary>
    private static (int Count, double Total) BruteForce(double[,] fit, List<int> stories)
    {
        int slots = fit.GetLength(0);
        (int Count, double Total) best = (0, 0);
        void Try(int slot, HashSet<int> taken, int count, double total)
        {
            if (slot == slots)
            {
                if (count > best.Count || (count == best.Count && total > best.Total + 1e-12)) best = (count, total);
                return;
            }
            Try(slot + 1, taken, count, total);
            foreach (int s in stories)
            {
                if (taken.Contains(s) || fit[slot, s] < LoopPlanner.MinimumFit) continue;
                taken.Add(s);
                Try(slot + 1, taken, count + 1, total + fit[slot, s]);
                taken.Remove(s);
            }
        }
        Try(0, [], 0, 0);
        return best;
    }

    private static double Total(double[,] fit, int[] assignment)
    {
        double total = 0;
        for (int i = 0; i < assignment.Length; i++)
            if (assignment[i] >= 0) total += fit[i, assignment[i]];
        return total;
    }
}
