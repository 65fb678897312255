using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Match;
using TellMe.Match.Planning;
using TellMe.Prep;

namespace TellMe.Loops;

/// <summary>
/// Lays out a loop by interviewer type: each round asks what its type probes (a recruiter screen the
/// motivation questions, a bar raiser the company's values), a job posting moves what it stresses up within
/// each round, and no competency is asked twice in the loop. The slots then go to the loop planner, which gives
/// each a primary and a backup story, none told twice.
/// </summary>
/// <remarks>
/// A candidate's weight in a round is its type's weight × (1 + 2 × the posting's emphasis on it relative to the
/// posting's most emphasised competency), so a posting never brings in what the round does not probe; it
/// reorders. The company's values (when a framework is known) weigh the type's <c>company-values</c> each and
/// are planned through their first probe. Deterministic: ties keep the data file's order.
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
    /// <param name="emphasis">What a posting stresses, if one was read.</param>
    public static LoopLayout Plan(Matcher matcher, IReadOnlyList<InterviewerType> rounds, int perRound, Framework? company = null, PostingEmphasis? emphasis = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return Plan(new MatchGateway(matcher), rounds, perRound, company, emphasis);
    }

    internal static LoopLayout Plan(MatchGateway gateway, IReadOnlyList<InterviewerType> rounds, int perRound, Framework? company, PostingEmphasis? emphasis)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentOutOfRangeException.ThrowIfLessThan(perRound, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(perRound, 6);
        var inPlay = new HashSet<string>(gateway.Bank.Frameworks.Select(f => f.Id), StringComparer.Ordinal) { "general" };
        if (company is not null) inPlay.Add(company.Id);
        Func<string, double> share = Shares(emphasis);

        var used = new HashSet<string>(StringComparer.Ordinal);
        var slots = new List<LoopSlot>();
        var planned = ImmutableArray.CreateBuilder<PlannedRound>(rounds.Count);
        for (int r = 0; r < rounds.Count; r++)
        {
            var type = rounds[r];
            int number = r + 1;
            planned.Add(new PlannedRound(number, type));
            // Candidates keyed by the competency they are planned through, so a value and its probe are one.
            var candidates = new List<(string Key, double Weight, Func<LoopSlot?> Slot)>();
            void Offer(string key, double weight, Func<LoopSlot?> slot)
            {
                if (used.Contains(key)) return;
                int at = candidates.FindIndex(c => c.Key == key);
                if (at < 0) candidates.Add((key, weight, slot));
                else if (weight > candidates[at].Weight) candidates[at] = (key, weight, slot);
            }
            if (company is not null && type.CompanyValues > 0)
                foreach (var value in company.Principles)
                {
                    var probes = CompanyFrameworks.ProbesOf(company, value, gateway.Questions);
                    string key = probes.IsEmpty ? $"{company.Id}/{value.Id}" : probes[0];
                    double weight = type.CompanyValues * (1 + (PostingBoost * share($"{company.Id}/{value.Id}")));
                    string companyName = company.Company ?? company.Name;
                    Offer(key, weight, () => new LoopSlot(number, $"{value.Name} ({companyName})", probes.IsEmpty ? null : probes[0],
                        value.Question ?? (probes.IsEmpty ? value.Name : Example(gateway, probes[0]) ?? value.Name)));
                }
            foreach (var probe in type.Probes)
            {
                if (!inPlay.Contains(probe.Competency[..probe.Competency.IndexOf('/')])) continue;
                string label = probe.Competency;
                Offer(label, probe.Weight * (1 + (PostingBoost * share(label))), () =>
                    gateway.SlotFor(label) is { } slot ? slot with { Interviewer = number, Question = Example(gateway, label) } : null);
            }
            foreach (var (key, _, make) in candidates.OrderByDescending(c => c.Weight).Take(perRound))
            {
                if (make() is not { } slot) continue;
                used.Add(key);
                slots.Add(slot);
            }
        }
        return new LoopLayout(planned.ToImmutable(), gateway.Plan(slots));
    }

    // The posting's emphasis on a competency relative to its most emphasised one; a competency counts through
    // anything that stands for it (a principle merged from a general competency, a value's probes).
    private static Func<string, double> Shares(PostingEmphasis? emphasis)
    {
        if (emphasis is null || emphasis.Competencies.IsEmpty) return _ => 0;
        double max = emphasis.Competencies.Max(c => c.Emphasis);
        var byLabel = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var c in emphasis.Competencies)
            foreach (var label in c.Probes.Prepend(c.Competency.Label))
                byLabel[label] = Math.Max(byLabel.GetValueOrDefault(label), c.Emphasis / max);
        return label => byLabel.GetValueOrDefault(label);
    }

    // A question whose main label is the competency, to practise with; the first in the question bank's order.
    private static string? Example(MatchGateway gateway, string label)
    {
        int slash = label.IndexOf('/');
        var questions = gateway.Questions.QuestionsFor(label[..slash], label[(slash + 1)..]);
        return questions.FirstOrDefault(q => q.Competencies[0] == label)?.Text ?? questions.FirstOrDefault()?.Text;
    }
}
