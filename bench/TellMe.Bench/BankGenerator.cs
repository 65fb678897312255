using System.Collections.Immutable;
using TellMe.Bank;

namespace TellMe.Bench;

/// <summary>
/// Generates a large, realistic bank (seeded, so every run measures the same thing): stories spread over
/// companies, each with STAR sections of several bullets, answers that tell a story through
/// <c>{{ story }}</c> or in their own words, and the Amazon framework citing stories.
/// </summary>
public static class BankGenerator
{
    private static readonly string[] Companies = ["Acme Cloud", "Birch Labs", "Cobalt Pay", "Delta Logistics", "Ember Health", "Fjord Data", "Granite Security", "Harbor Retail"];
    private static readonly string[] Verbs = ["Migrated", "Designed", "Rebuilt", "Automated", "Scaled", "Simplified", "Debugged", "Led", "Introduced", "Replaced"];
    private static readonly string[] Things = ["the billing pipeline", "a Kafka consumer fleet", "the search index", "our CI runners", "the MySQL cluster", "a feature-flag service", "the on-call rotation", "a Kubernetes operator", "the payments API", "the mobile release train"];
    private static readonly string[] Outcomes = ["cut p99 latency by 40%", "saved $120k a year", "reduced incidents from 9 to 2 a quarter", "shipped 3 weeks early", "halved build time to 6 minutes", "raised conversion by 2.1%"];
    private static readonly string[] Keys = ["Conflict", "Failure", "Ownership", "Tight Schedule", "Legacy", "Teamwork", "Leadership", "Customer", "Ambiguity", "Mentoring"];

    /// <summary>A bank of <paramref name="stories"/> stories and <paramref name="answers"/> answers.</summary>
    public static StoryBank Create(int stories, int answers, int seed = 42)
    {
        var random = new Random(seed);
        var list = new List<Story>(stories);
        for (int i = 0; i < stories; i++)
        {
            string company = Companies[i % Companies.Length];
            var id = StoryId.Create(Prefix(company), i / Companies.Length + 1);
            list.Add(new Story
            {
                Id = id,
                // Real titles name their own system; a codename keeps generated titles as distinct as real ones.
                Title = $"{Pick(random, Verbs)} {Codename(random)} {Pick(random, Things)} and {Pick(random, Outcomes)}",
                Company = company,
                Tags = [Pick(random, ["migration", "incident", "performance", "people", "cost"])],
                File = $"stories/{id}.md",
                Sections =
                [
                    new Part("Situation", new Content(null, Bullets(random, 2, "The team struggled because {0} kept failing under load"))),
                    new Part("Task", Content.Text($"I owned {Pick(random, Things)} for the quarter")),
                    new Part("Action", new Content(null, Bullets(random, 3, "I **{0}** after measuring where time went"))),
                    new Part("Result", Content.Text($"We {Pick(random, Outcomes)} and kept it there for 6 months")),
                    new Part("Learned", Content.Text("Measure first; the smallest change that fixes the cause wins")),
                ],
            });
        }
        var answerList = new List<Answer>(answers);
        for (int i = 0; i < answers; i++)
        {
            var story = list[random.Next(list.Count)];
            bool own = i % 3 == 0;
            answerList.Add(new Answer
            {
                Key = $"{Keys[i % Keys.Length]} {i + 1}",
                Order = i + 1,
                Story = story.Id,
                File = $"answers/answer-{i + 1}.md",
                Points =
                [
                    new Part("Summary", Content.Text("{{ story.id }}. {{ story.title }} at {{ story.company }}")),
                    new Part("Situation", Content.Text(Tellings.WholeSection)),
                    new Part("Action", own ? new Content(null, Bullets(random, 2, "I {0} & told the team why")) : Content.Text(Tellings.WholeSection)),
                    new Part("Result", Content.Text(Tellings.WholeSection)),
                ],
            });
        }
        var amazon = AmazonFramework.Create();
        amazon = amazon with
        {
            Principles = [.. amazon.Principles.Select((p, i) => p with
            {
                Stories = [.. Enumerable.Range(0, 3).Select(k => new StoryTelling { Story = list[(i * 3 + k) % list.Count].Id })],
            })],
        };
        var settings = new BankSettings { Owner = "Benchmark", Pages = [.. TellMe.Render.Jekyll.JekyllSite.DefaultPages] };
        return new StoryBank(settings, list, answerList, [amazon]);
    }

    private static readonly string[] Syllables = ["ka", "lo", "mi", "nor", "pex", "qua", "ri", "sto", "tel", "vu", "zan", "bri", "cor", "dex", "fal"];

    private static string Codename(Random random) =>
        string.Concat(Enumerable.Range(0, 3).Select(_ => Pick(random, Syllables))) is var name ? char.ToUpperInvariant(name[0]) + name[1..] : "";

    private static string Prefix(string company) => string.Concat(company.Split(' ').Select(w => char.ToUpperInvariant(w[0])));

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];

    private static ImmutableArray<Item> Bullets(Random random, int count, string template) =>
        [.. Enumerable.Range(0, count).Select(_ => Item.Leaf(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Pick(random, Things))))];

    /// <summary>Writes the generated bank to <paramref name="root"/> (replacing what is there).</summary>
    public static void Write(StoryBank bank, string root)
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        BankWriter.Write(root, BankWriter.Render(bank), force: true);
    }
}
