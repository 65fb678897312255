using System.Collections.Immutable;
using System.Globalization;
using TellMe.Bank;
using TellMe.Match.Questions;

namespace TellMe.Match;

/// <summary>
/// Generates a large, plausible bank for benchmarks and tests: stories whose titles and sections are built from
/// the competencies' vocabulary and engineering phrases, answers keyed like a real page, and an Amazon framework
/// citing a few stories per principle. The same seed always gives the same bank.
/// </summary>
/// <remarks>
/// Real banks hold a few dozen stories; speed targets are set for a thousand so that a heavy user, or a coach
/// keeping many candidates' stories, never waits. The text is not meant to read well, only to have the size,
/// vocabulary and overlap of real stories, so that index sizes and posting lengths are realistic.
/// </remarks>
public static class SyntheticBank
{
    private static readonly string[] Verbs =
        ["Migrated", "Designed", "Rebuilt", "Automated", "Debugged", "Scaled", "Simplified", "Led", "Launched", "Optimised", "Mentored", "Negotiated", "Introduced", "Replaced", "Secured"];

    private static readonly string[] Things =
        ["the billing pipeline", "a Kafka event bus", "the search service", "our Kubernetes clusters", "the mobile release process", "a legacy monolith",
         "the on-call rotation", "the data warehouse", "a payments API", "the CI system", "the recommendation model", "an internal developer portal",
         "the authentication service", "a cost dashboard", "the storage layer", "the alerting rules", "a customer onboarding flow", "the incident process"];

    private static readonly string[] Situations =
        ["latency doubled after a traffic spike", "customers complained about failed payments", "the deadline moved two weeks earlier",
         "two teams disagreed on the design", "costs grew faster than revenue", "nobody owned the flaky tests", "a junior engineer was struggling",
         "requirements were vague and changing", "the old system could not scale", "an outage hit our largest client", "the data did not match the reports",
         "security review blocked the launch", "the team was burned out", "a vendor deprecated the API we depended on"];

    private static readonly string[] Actions =
        ["profiled the hot path and removed a lock", "wrote a migration plan with a rollback at every step", "pushed back on the design with numbers",
         "paired with the engineer every morning", "cut scope to the must-haves and shipped an MVP", "built a small prototype in two days",
         "set up SLOs and alerts", "interviewed ten customers", "automated the manual steps with a script", "ran a blameless postmortem",
         "negotiated a new timeline with stakeholders", "replaced the cache with a read replica", "documented the runbook and trained the team"];

    private static readonly string[] Results =
        ["p99 latency dropped by 60%", "we shipped on time", "costs fell by 30%", "the incident rate halved", "churn dropped by 5 points",
         "the engineer was promoted a year later", "deploys went from weekly to daily", "the client renewed the contract", "on-call pages fell by 80%",
         "onboarding time went from two weeks to two days"];

    private static readonly string[] AnswerKeys =
        ["Tight Schedule", "Conflict", "Failure", "Leadership", "Ownership", "Teamwork", "Low Performer", "Innovative Idea", "Quick Learn", "Legacy",
         "Difficult Decision", "Technically Challenging", "Customer Focus", "Ambiguity", "Disagree with Manager", "Interesting Project", "Strength", "Weakness"];

    /// <summary>Builds a bank with <paramref name="stories"/> stories.</summary>
    public static StoryBank Create(int stories, int seed = 1, QuestionBank? questions = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stories);
        questions ??= QuestionBank.Embedded;
        var random = new Random(seed);
        var keywords = questions.Competencies.SelectMany(c => c.Keywords).ToArray();
        string Pick(string[] pool) => pool[random.Next(pool.Length)];

        var built = new List<Story>(stories);
        for (int i = 0; i < stories; i++)
        {
            string prefix = ((char)('A' + (i / 26 % 26))).ToString() + (char)('A' + (i % 26));
            var id = StoryId.Create(prefix, (i / 676) + 1);
            string company = $"Company {prefix}";
            built.Add(new Story
            {
                Id = id,
                Title = $"{Pick(Verbs)} {Pick(Things)} when {Pick(Situations)}",
                Company = company,
                File = $"stories/{id}.md",
                Sections =
                [
                    new Part("Situation", new Content(null, [Item.Leaf($"{Capital(Pick(Situations))} in {Pick(Things)}"), Item.Leaf($"It was about {Pick(keywords)} and {Pick(keywords)}")])),
                    new Part("Action", new Content(null, [Item.Leaf($"I {Pick(Actions)}"), Item.Leaf($"I {Pick(Actions)}"), Item.Leaf($"I focused on {Pick(keywords)}")])),
                    new Part("Result", Content.Text($"{Capital(Pick(Results))}, and {Pick(Results)}")),
                ],
            });
        }

        var answers = new List<Answer>(AnswerKeys.Length * 3);
        for (int i = 0; i < AnswerKeys.Length * 3 && built.Count > 0; i++)
        {
            string key = i < AnswerKeys.Length ? AnswerKeys[i] : $"{AnswerKeys[i % AnswerKeys.Length]} {(i / AnswerKeys.Length) + 1}";
            var story = built[random.Next(built.Count)];
            answers.Add(new Answer
            {
                Key = key,
                Order = i + 1,
                Story = story.Id,
                Points =
                [
                    new Part("Summary", Content.Text("{{ story.id }}. {{ story.title }} at {{ story.company }}")),
                    new Part("Situation", Content.Text(Tellings.WholeSection)),
                    new Part("Action", Content.Text(Tellings.WholeSection)),
                    new Part("Result", Content.Text(Tellings.WholeSection)),
                ],
            });
        }

        var amazon = AmazonFramework.Create();
        amazon = amazon with
        {
            Principles = [.. amazon.Principles.Select(p => p with
            {
                Stories = built.Count == 0 ? [] : [.. Enumerable.Range(0, 3).Select(_ => new StoryTelling { Story = built[random.Next(built.Count)].Id }).DistinctBy(t => t.Story)],
            })],
        };
        return new StoryBank(new BankSettings { Owner = "Synthetic" }, built, answers, [amazon]);
    }

    /// <summary>
    /// <paramref name="count"/> questions for a batch: the question bank's own in varied openings, so that every
    /// competency and phrasing is exercised.
    /// </summary>
    public static ImmutableArray<string> Questions(int count, int seed = 1, QuestionBank? questions = null)
    {
        questions ??= QuestionBank.Embedded;
        var random = new Random(seed);
        string[] openings = ["", "Could you tell me: ", "Quick one. ", "I'd like to hear this: ", "Next question. "];
        var result = ImmutableArray.CreateBuilder<string>(count);
        for (int i = 0; i < count; i++)
            result.Add(openings[random.Next(openings.Length)] + questions.Questions[random.Next(questions.Questions.Length)].Text);
        return result.MoveToImmutable();
    }

    private static string Capital(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
