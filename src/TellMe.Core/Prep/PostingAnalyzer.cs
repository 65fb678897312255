using System.Collections.Immutable;
using System.Globalization;
using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Language;
using TellMe.Plan;

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

    private const string General = "general";

    private sealed class Tally
    {
        public double Emphasis { get; set; }
        public List<PostingEvidence> Evidence { get; } = [];
    }

    // A competency that may be reported: how to name it, what stands for it when planning, an example question.
    private sealed record Known(Competency Competency, ImmutableArray<CompetencyId> Probes, string? Question);

    internal static PostingEmphasis Analyze(Posting posting, MatchGateway gateway, IReadOnlyList<Framework> frameworks,
        PostingSignals signals, TechnologyVocabulary vocabulary)
    {
        var taxonomy = gateway.Questions;
        var inPlay = new HashSet<string>(frameworks.Select(f => f.Id), StringComparer.Ordinal) { "general" };

        // Every competency that may be reported: the principles of the frameworks in play, then the taxonomy's.
        var known = new Dictionary<CompetencyId, Known>();
        var byName = new Dictionary<string, CompetencyId>(StringComparer.Ordinal);
        foreach (var framework in frameworks)
            foreach (var principle in framework.Principles)
            {
                var id = new CompetencyId(framework.Id, principle.Id);
                if (known.ContainsKey(id)) continue;
                known[id] = new Known(new Competency(id, principle.Name), PrincipleProbes.Of(framework, principle, taxonomy), principle.Question);
                byName.TryAdd(NameFold.Of(principle.Name), id);
            }
        foreach (var competency in taxonomy.Competencies)
            if (inPlay.Contains(competency.Framework) && !known.ContainsKey(competency.Id))
                known[competency.Id] = new Known(new Competency(competency.Id, competency.Name), [competency.Id], null);
        // A general competency with the name of a principle in play ("Ownership") counts as that principle.
        CompetencyId Canonical(CompetencyId id) =>
            id.Framework == General && known.TryGetValue(id, out var g) && byName.TryGetValue(NameFold.Of(g.Competency.Name), out var principle)
                ? principle : id;

        var phrases = new List<(CompetencyId, string)>();
        foreach (var (id, list) in signals.Signals)
            if (known.ContainsKey(id))
                phrases.AddRange(list.Select(p => (id, p)));
        foreach (var framework in frameworks)
            foreach (var principle in framework.Principles)
                phrases.AddRange(principle.Keywords.Prepend(NameAsPhrase(principle.Name)).Select(p => (new CompetencyId(framework.Id, principle.Id), p)));
        var index = new PhraseIndex<CompetencyId>(phrases);

        // A principle stands for the general competency merged into it too (general/ownership for Ownership).
        var merged = new Dictionary<CompetencyId, List<CompetencyId>>();
        foreach (var id in known.Keys.Where(k => k.Framework == General))
            if (Canonical(id) is var principle && principle != id)
            {
                if (!merged.TryGetValue(principle, out var list)) merged[principle] = list = [];
                list.Add(id);
            }

        var tallies = new Dictionary<CompetencyId, Tally>();
        var technologies = new Dictionary<Technology, List<PostingEvidence>>();
        foreach (var sentence in posting.Sentences)
        {
            if (sentence.Weight <= 0) continue;
            var counted = new HashSet<CompetencyId>();
            foreach (var hit in index.Find(sentence.Text))
            {
                var id = Canonical(hit.Key);
                if (!counted.Add(id)) continue;
                Count(tallies, id, sentence, sentence.Weight, $"says \u201c{sentence.Text[hit.Start..hit.End]}\u201d");
            }

            var named = vocabulary.Find(sentence.Text);
            foreach (var tech in named)
            {
                if (!technologies.TryGetValue(tech.Technology, out var list)) technologies[tech.Technology] = list = [];
                list.Add(new PostingEvidence(sentence.Line, sentence.Text, $"names \u201c{tech.Surface}\u201d"));
            }

            string rest = WithoutTechnologies(sentence.Text, named);
            if (WordSets.Of(rest).Count < 4) continue;
            if (gateway.Classify(rest) is not { } top || top.Score < ClassifierThreshold || !inPlay.Contains(top.Id.Framework)) continue;
            var read = Canonical(top.Id);
            if (!known.TryGetValue(read, out var readAs) || !counted.Add(read)) continue;
            Count(tallies, read, sentence, sentence.Weight * ClassifierWeight, $"reads like a question about {readAs.Competency.Name}");
        }

        var competencies = tallies
            .Select(t =>
            {
                var k = known[t.Key];
                var probes = merged.TryGetValue(t.Key, out var also) ? k.Probes.AddRange(also.Where(a => !k.Probes.Contains(a))) : k.Probes;
                return new EmphasisedCompetency(k.Competency, Math.Round(t.Value.Emphasis, 2), [.. t.Value.Evidence], probes, k.Question);
            })
            .OrderByDescending(c => c.Emphasis).ThenBy(c => c.Evidence[0].Line).ThenBy(c => c.Competency.Id.ToString(), StringComparer.Ordinal)
            .ToImmutableArray();
        var techs = technologies
            .Select(t => new NamedTechnology(t.Key.Name, t.Key.Category, [.. t.Value]))
            .OrderByDescending(t => t.Evidence.Length).ThenBy(t => t.Evidence[0].Line).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        return new PostingEmphasis(posting, competencies, techs);
    }

    // A one-word name must appear as written ("Accountability" is not "accounting"); a longer one is a phrase.
    private static string NameAsPhrase(string name) => name.Contains(' ', StringComparison.Ordinal) ? name : "=" + name;

    private static void Count(Dictionary<CompetencyId, Tally> tallies, CompetencyId key, PostingSentence sentence, double weight, string why)
    {
        if (!tallies.TryGetValue(key, out var tally)) tallies[key] = tally = new Tally();
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
