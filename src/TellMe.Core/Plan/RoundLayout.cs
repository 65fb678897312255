using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Match;

namespace TellMe.Plan;

/// <summary>
/// Lays out a loop by interviewer type: each round asks what its type probes (a recruiter screen the
/// motivation questions, a bar raiser the company's values), a job posting moves what it stresses up within
/// each round, and no competency is asked twice in the loop. The slots then go to the loop planner, which gives
/// each a primary and a backup story, none told twice.
/// </summary>
/// <remarks>
/// A candidate's weight in a round is its type's weight × (1 + 2 × the posting's emphasis on it relative to the
/// posting's most emphasised competency), so a posting never brings in what the round does not probe; it
/// reorders. With a company, another company's principles are not probed: the company's values take their
/// place, each weighing the type's <c>company-values</c> and planned through its first probe.
/// Deterministic: ties keep the data file's order.
/// </remarks>
public static class RoundLayout
{
    /// <summary>How much a posting's emphasis lifts a competency within a round.</summary>
    public const double PostingBoost = 2;

    /// <summary>Lays out and plans a loop.</summary>
    /// <param name="matcher">The matcher of the user's bank.</param>
    /// <param name="rounds">The interviewer type of each round, in order.</param>
    /// <param name="perRound">Competencies each round probes (1 to 6).</param>
    /// <param name="company">The company's values framework, if known.</param>
    /// <param name="emphasis">How much a job posting asks for each competency (any scale: only the ratio to the
    /// largest counts); a competency stands for everything that counts as it (a value's probes). Null or empty
    /// without a posting.</param>
    public static LoopLayout Plan(Matcher matcher, IReadOnlyList<InterviewerType> rounds, int perRound, Framework? company = null,
        IReadOnlyDictionary<CompetencyId, double>? emphasis = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentOutOfRangeException.ThrowIfLessThan(perRound, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(perRound, 6);
        var inPlay = InPlay(matcher.Bank, company);
        double max = emphasis is { Count: > 0 } ? emphasis.Values.Max() : 0;
        double Share(CompetencyId id) => max > 0 && emphasis!.TryGetValue(id, out double e) ? e / max : 0;

        var used = new HashSet<CompetencyId>();
        var slots = new List<LoopSlot>();
        var planned = new List<PlannedRound>(rounds.Count);
        for (int r = 0; r < rounds.Count; r++)
        {
            var type = rounds[r];
            int number = r + 1;
            planned.Add(new PlannedRound(number, type));
            // Candidates keyed by the competency they are planned through, so a value and its probe are one.
            var candidates = new List<(CompetencyId Key, double Weight, Func<LoopSlot?> Slot)>();
            void Offer(CompetencyId key, double weight, Func<LoopSlot?> slot)
            {
                if (used.Contains(key)) return;
                int at = candidates.FindIndex(c => c.Key == key);
                if (at < 0) candidates.Add((key, weight, slot));
                else if (weight > candidates[at].Weight) candidates[at] = (key, weight, slot);
            }
            if (company is not null && type.CompanyValues > 0)
                foreach (var value in company.Principles)
                {
                    var probes = PrincipleProbes.Of(company, value, matcher.Questions);
                    var self = new CompetencyId(company.Id, value.Id);
                    CompetencyId? through = probes.IsEmpty ? null : probes[0];
                    double weight = type.CompanyValues * (1 + (PostingBoost * Share(self)));
                    string companyName = company.Company ?? company.Name;
                    Offer(through ?? self, weight, () => new LoopSlot(number, $"{value.Name} ({companyName})", through,
                        value.Question ?? (through is { } p ? Example(matcher, p) ?? value.Name : value.Name)));
                }
            foreach (var probe in type.Probes)
            {
                if (!inPlay.Contains(probe.Competency.Framework)) continue;
                var id = probe.Competency;
                Offer(id, probe.Weight * (1 + (PostingBoost * Share(id))), () =>
                    LoopSlots.ForCompetency(matcher, id) is { } slot ? slot with { Interviewer = number, Question = Example(matcher, id) } : null);
            }
            foreach (var (key, _, make) in candidates.OrderByDescending(c => c.Weight).Take(perRound))
            {
                if (make() is not { } slot) continue;
                used.Add(key);
                slots.Add(slot);
            }
        }
        return new LoopLayout([.. planned], LoopPlanner.Plan(matcher, slots));
    }

    // The frameworks whose competencies a round may probe: the general taxonomy and the bank's frameworks; with a
    // company, that company's values, and no other company's principles (a Stripe loop's bar raiser asks about
    // Stripe's values, not Amazon's, even when the bank keeps Amazon's principles and the posting's words match them).
    private static HashSet<string> InPlay(StoryBank bank, Framework? company)
    {
        var inPlay = new HashSet<string>(StringComparer.Ordinal) { "general" };
        foreach (var framework in bank.Frameworks)
            if (company is null || !IsAnotherCompanys(framework, company)) inPlay.Add(framework.Id);
        if (company is not null) inPlay.Add(company.Id);
        return inPlay;
    }

    private static readonly string AmazonId = AmazonFramework.Create().Id;

    private static bool IsAnotherCompanys(Framework framework, Framework company) =>
        framework.Id != company.Id && (framework.Company is not null || framework.Id == AmazonId);

    // A question whose main label is the competency, to practise with; the first in the question bank's order.
    private static string? Example(Matcher matcher, CompetencyId id)
    {
        var questions = matcher.Questions.QuestionsFor(id);
        return questions.FirstOrDefault(q => q.Competencies[0] == id)?.Text ?? questions.FirstOrDefault()?.Text;
    }
}
