using System.Collections.Immutable;
using TellMe.Competencies;
using TellMe.Match;

namespace TellMe.Plan;

/// <summary>
/// Makes loop slots from what the user gives: competency names, questions, or a realistic generated loop.
/// </summary>
public static class LoopSlots
{
    /// <summary>
    /// Slots from names or IDs ("Ownership", "dive-deep", "amazon/earn-trust", "tight deadline"), matched
    /// ignoring case and punctuation to the bank's principles first, then to the question bank's competencies.
    /// Names that match nothing are returned in <c>Unknown</c> so the caller can say which.
    /// </summary>
    public static (ImmutableArray<LoopSlot> Slots, ImmutableArray<string> Unknown) FromCompetencies(Matcher matcher, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(names);
        var slots = ImmutableArray.CreateBuilder<LoopSlot>();
        var unknown = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in names)
        {
            string name = raw.Trim();
            if (name.Length == 0) continue;
            int index = matcher.Space.Find(name);
            if (index < 0)
            {
                unknown.Add(name);
                continue;
            }
            var entry = matcher.Space.Entries[index];
            slots.Add(new LoopSlot(0, entry.Name, entry.Id, null));
        }
        return (slots.ToImmutable(), unknown.ToImmutable());
    }

    /// <summary>
    /// The slot of one competency, named as the bank names it (a principle of the bank's own framework in the
    /// bank's spelling); null when the matcher knows no such competency.
    /// </summary>
    public static LoopSlot? ForCompetency(Matcher matcher, CompetencyId id)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        int index = matcher.Space.IndexOf(id);
        return index < 0 ? null : new LoopSlot(0, matcher.Space.Entries[index].Name, id, null);
    }

    /// <summary>One slot per non-blank question.</summary>
    public static ImmutableArray<LoopSlot> FromQuestions(IEnumerable<string> questions) =>
        [.. questions.Select(q => q.Trim()).Where(q => q.Length > 0).Select(q => new LoopSlot(0, q, null, q))];

    /// <summary>
    /// A loop as companies run it: <paramref name="interviewers"/> interviewers, each probing
    /// <paramref name="perInterviewer"/> different competencies of <paramref name="framework"/>, no competency
    /// probed twice while the framework has enough, the commonly probed ones drawn more often, each with an
    /// example question from the question bank. The same seed always gives the same loop.
    /// </summary>
    /// <returns>The slots, or an empty list and a message when the request cannot be met.</returns>
    public static (ImmutableArray<LoopSlot> Slots, string? Problem) Generate(Matcher matcher, int interviewers, int perInterviewer, string framework, int seed)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        if (interviewers is < 1 or > 20) return ([], "--interviewers must be between 1 and 20");
        if (perInterviewer is < 1 or > 6) return ([], "--per must be between 1 and 6");
        var pool = new List<(CompetencyEntry Entry, double Weight)>();
        foreach (var entry in matcher.Space.Entries)
            if (string.Equals(entry.Framework, framework, StringComparison.OrdinalIgnoreCase) && IsProbed(entry))
                pool.Add((entry, Commonness(entry)));
        if (pool.Count == 0)
        {
            var known = matcher.Space.Entries.Select(e => e.Framework).Distinct();
            return ([], $"unknown framework '{framework}'; use one of: {string.Join(", ", known)}");
        }

        var random = new Random(seed);
        var slots = ImmutableArray.CreateBuilder<LoopSlot>(interviewers * perInterviewer);
        var remaining = new List<(CompetencyEntry Entry, double Weight)>(pool);
        for (int interviewer = 1; interviewer <= interviewers; interviewer++)
        {
            var mine = new List<CompetencyEntry>(perInterviewer);
            for (int k = 0; k < perInterviewer; k++)
            {
                // Once every competency is probed, a long loop starts over, but never twice for one interviewer.
                if (remaining.Count == 0 || remaining.All(r => mine.Contains(r.Entry)))
                    remaining = [.. pool.Where(p => !mine.Contains(p.Entry))];
                if (remaining.Count == 0) break;
                var candidates = remaining.Where(r => !mine.Contains(r.Entry)).ToList();
                var (entry, _) = Draw(random, candidates);
                remaining.RemoveAll(r => r.Entry == entry);
                mine.Add(entry);
                var questions = matcher.Questions.QuestionsFor(entry.Id);
                string? question = questions.Count == 0 ? null : questions[random.Next(Math.Min(questions.Count, PrimaryQuestions(matcher, entry)))].Text;
                slots.Add(new LoopSlot(interviewer, entry.Name, entry.Id, question));
            }
        }
        return (slots.ToImmutable(), null);
    }

    // Example questions come from those where the competency is the main label.
    private static int PrimaryQuestions(Matcher matcher, CompetencyEntry entry)
    {
        int count = 0;
        foreach (var q in matcher.Questions.QuestionsFor(entry.Id))
            if (q.Competencies[0] == entry.Id) count++;
        return Math.Max(count, 1);
    }

    private static (CompetencyEntry, double) Draw(Random random, List<(CompetencyEntry Entry, double Weight)> candidates)
    {
        double total = candidates.Sum(c => c.Weight);
        double pick = random.NextDouble() * total;
        foreach (var candidate in candidates)
        {
            pick -= candidate.Weight;
            if (pick < 0) return candidate;
        }
        return candidates[^1];
    }

    // Motivation, introduction and logistics are not what a behavioural round probes.
    private static bool IsProbed(CompetencyEntry entry) => entry.Framework != "general" || entry.Id.Slug is not (
        "introduction" or "career-story" or "motivation-company" or "motivation-role" or "motivation-move" or "career-goals"
        or "questions-for-interviewer" or "relocation-visa" or "education-choice" or "strengths" or "weaknesses" or "interesting-project");

    /// <summary>
    /// How often loops probe an Amazon principle, relative to each other (TellMe's estimate from published
    /// interview reports: the customer, ownership and delivery principles come up in nearly every loop, the two
    /// principles added in 2021 far less). Every other competency weighs 1.
    /// </summary>
    private static double Commonness(CompetencyEntry entry) => entry.Framework != "amazon" ? 1 : entry.Id.Slug switch
    {
        "customer-obsession" or "ownership" => 3,
        "dive-deep" or "deliver-results" or "earn-trust" or "bias-for-action" => 2.5,
        "have-backbone-disagree-and-commit" or "invent-and-simplify" or "are-right-a-lot" or "insist-on-the-highest-standards" => 2,
        "learn-and-be-curious" or "hire-and-develop-the-best" or "think-big" => 1.5,
        _ => 1,
    };
}
