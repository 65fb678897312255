using System.Collections.Immutable;
using System.Globalization;
using TellMe.Bank;
using TellMe.Practice.Cards;
using TellMe.Text;

namespace TellMe.Prep;

/// <summary>
/// Says what a job posting emphasises: the competencies and values it asks for, each with the posting's own
/// sentences as evidence, and the technologies it names.
/// </summary>
/// <remarks>
/// <para>Two readings of every sentence that counts (benefits and legal text do not):</para>
/// <list type="number">
/// <item><b>Phrases</b>, word for word after stemming: the team's posting vocabulary per competency
/// (<c>data/posting-signals.yaml</c>), and each framework principle's name and keywords. Predictable and
/// explainable ("says “mentor”"); a sentence counts once per competency.</item>
/// <item><b>The matcher</b>, for what phrases miss: the sentence, technologies removed, is classified like an
/// interview question; a confident reading (score ≥ <see cref="ClassifierThreshold"/>) of a sentence with at
/// least four content words counts half. Sentences that are mostly a list of tools read as noise, hence the
/// filter.</item>
/// </list>
/// <para>Only competencies of frameworks in play count: the general taxonomy, the bank's frameworks and the
/// chosen company's. A general competency with the name of a principle in play ("Ownership") is counted as
/// that principle, named as the bank spells it.</para>
/// </remarks>
public static class PostingAnalyzer
{
    /// <summary>The least matcher score at which a sentence is read as asking for a competency.</summary>
    public const double ClassifierThreshold = 0.4;

    /// <summary>Weight of a sentence recognised by the matcher alone, against 1 for a phrase.</summary>
    public const double ClassifierWeight = 0.5;

    private sealed class Tally(string key)
    {
        public string Key { get; } = key;
        public double Emphasis { get; set; }
        public List<PostingEvidence> Evidence { get; } = [];
    }

    internal static PostingEmphasis Analyze(Posting posting, MatchGateway gateway, IReadOnlyList<Framework> frameworks,
        PostingSignals signals, TechnologyVocabulary vocabulary)
    {
        var taxonomy = gateway.Questions;
        var inPlay = new HashSet<string>(frameworks.Select(f => f.Id), StringComparer.Ordinal) { "general" };

        // Every competency that may be reported, by label: its name, probes and example question.
        var known = new Dictionary<string, (string Framework, string Id, string Name, ImmutableArray<string> Probes, string? Question)>(StringComparer.Ordinal);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var framework in frameworks)
            foreach (var principle in framework.Principles)
            {
                string label = $"{framework.Id}/{principle.Id}";
                if (known.ContainsKey(label)) continue;
                known[label] = (framework.Id, principle.Id, principle.Name, CompanyFrameworks.ProbesOf(framework, principle, taxonomy), principle.Question);
                byName.TryAdd(NameFold.Of(principle.Name), label);
            }
        foreach (var competency in taxonomy.Competencies)
            if (inPlay.Contains(competency.Framework) && !known.ContainsKey(competency.Label))
                known[competency.Label] = (competency.Framework, competency.Id, competency.Name, [competency.Label], null);
        string Canonical(string label) =>
            label.StartsWith("general/", StringComparison.Ordinal) && known.TryGetValue(label, out var g) && byName.TryGetValue(NameFold.Of(g.Name), out var principle)
                ? principle : label;

        var phrases = new List<(string, string)>();
        foreach (var (label, list) in signals.Signals)
            if (known.ContainsKey(label))
                phrases.AddRange(list.Select(p => (label, p)));
        foreach (var framework in frameworks)
            foreach (var principle in framework.Principles)
                phrases.AddRange(principle.Keywords.Prepend(NameAsPhrase(principle.Name)).Select(p => ($"{framework.Id}/{principle.Id}", p)));
        var index = new PhraseIndex(phrases);

        // A principle stands for the general competency merged into it too ("general/ownership" for Ownership).
        var merged = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var label in known.Keys.Where(k => k.StartsWith("general/", StringComparison.Ordinal)))
            if (Canonical(label) is var principle && principle != label)
            {
                if (!merged.TryGetValue(principle, out var list)) merged[principle] = list = [];
                list.Add(label);
            }

        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var technologies = new Dictionary<Technology, List<PostingEvidence>>();
        foreach (var sentence in posting.Sentences)
        {
            if (sentence.Weight <= 0) continue;
            var counted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var hit in index.Find(sentence.Text))
            {
                string key = Canonical(hit.Key);
                if (!counted.Add(key)) continue;
                Count(tallies, key, sentence, sentence.Weight, $"says \u201c{sentence.Text[hit.Start..hit.End]}\u201d");
            }

            var named = vocabulary.Find(sentence.Text);
            foreach (var tech in named)
            {
                if (!technologies.TryGetValue(tech.Technology, out var list)) technologies[tech.Technology] = list = [];
                list.Add(new PostingEvidence(sentence.Line, sentence.Text, $"names \u201c{tech.Surface}\u201d"));
            }

            string rest = WithoutTechnologies(sentence.Text, named);
            if (WordSets.Of(rest).Count < 4) continue;
            if (gateway.Classify(rest) is not { } top || top.Score < ClassifierThreshold || !inPlay.Contains(top.Framework)) continue;
            string read = Canonical($"{top.Framework}/{top.Id}");
            if (!known.ContainsKey(read) || !counted.Add(read)) continue;
            Count(tallies, read, sentence, sentence.Weight * ClassifierWeight, $"reads like a question about {known[read].Name}");
        }

        var competencies = tallies.Values
            .Select(t =>
            {
                var k = known[t.Key];
                var probes = merged.TryGetValue(t.Key, out var also) ? k.Probes.AddRange(also.Where(a => !k.Probes.Contains(a))) : k.Probes;
                return new EmphasisedCompetency(new Competency(k.Framework, k.Id, k.Name), Math.Round(t.Emphasis, 2), [.. t.Evidence], probes, k.Question);
            })
            .OrderByDescending(c => c.Emphasis).ThenBy(c => c.Evidence[0].Line).ThenBy(c => c.Competency.Label, StringComparer.Ordinal)
            .ToImmutableArray();
        var techs = technologies
            .Select(t => new NamedTechnology(t.Key.Name, t.Key.Category, [.. t.Value]))
            .OrderByDescending(t => t.Evidence.Length).ThenBy(t => t.Evidence[0].Line).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        return new PostingEmphasis(posting, competencies, techs);
    }

    // A one-word name must appear as written ("Accountability" is not "accounting"); a longer one is a phrase.
    private static string NameAsPhrase(string name) => name.Contains(' ', StringComparison.Ordinal) ? name : "=" + name;

    private static void Count(Dictionary<string, Tally> tallies, string key, PostingSentence sentence, double weight, string why)
    {
        if (!tallies.TryGetValue(key, out var tally)) tallies[key] = tally = new Tally(key);
        tally.Emphasis += weight;
        tally.Evidence.Add(new PostingEvidence(sentence.Line, sentence.Text, why));
    }

    // "Experience with Kafka, Kinesis and PostgreSQL" says little once the tools are gone, which is the point.
    private static string WithoutTechnologies(string text, ImmutableArray<TechnologyHit> named)
    {
        if (named.IsEmpty) return text;
        var chars = text.ToCharArray();
        foreach (var hit in named)
        {
            int from = 0;
            while ((from = text.IndexOf(hit.Surface, from, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                for (int i = from; i < from + hit.Surface.Length; i++) chars[i] = ' ';
                from += hit.Surface.Length;
            }
        }
        return new string(chars);
    }

    /// <summary>"1.5" for an emphasis, for messages.</summary>
    public static string Format(double emphasis) => emphasis.ToString("0.#", CultureInfo.InvariantCulture);
}
