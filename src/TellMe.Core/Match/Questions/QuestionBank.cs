using System.Collections.Frozen;
using System.Collections.Immutable;
using TellMe.Competencies;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TellMe.Match.Questions;

/// <summary>
/// The team's labelled interview questions and the competency taxonomies they are labelled with
/// (<c>data/competencies.yaml</c> and <c>data/questions/*.yaml</c>). The matcher learns what a question
/// probes from them; drills draw practice prompts from them.
/// </summary>
/// <remarks>
/// The files are embedded in the assembly, so matching works offline and no install step can lose them.
/// They are project data, not user input: a malformed file is a build defect, so parsing throws instead
/// of reporting diagnostics, and the tests load the embedded copy to catch it before release.
/// </remarks>
public sealed class QuestionBank
{
    private const string ResourcePrefix = "TellMe.Data.";
    private static readonly Lazy<QuestionBank> LazyEmbedded = new(LoadEmbedded);

    private readonly FrozenDictionary<CompetencyId, Competency> _byId;
    private readonly FrozenDictionary<CompetencyId, ImmutableArray<LabelledQuestion>> _questionsById;

    private QuestionBank(ImmutableArray<(string Id, string Name)> frameworks, ImmutableArray<Competency> competencies, ImmutableArray<LabelledQuestion> questions)
    {
        Frameworks = frameworks;
        Competencies = competencies;
        Questions = questions;
        _byId = competencies.ToFrozenDictionary(c => c.Id);

        // Primary-labelled questions first: a drill on "dive-deep" should start with questions about it,
        // not ones that merely touch it.
        var byId = new Dictionary<CompetencyId, List<LabelledQuestion>>();
        foreach (var competency in competencies) byId[competency.Id] = [];
        for (int rank = 0; rank < 4; rank++)
            foreach (var question in questions)
                if (question.ForPractice && rank < question.Competencies.Length) byId[question.Competencies[rank]].Add(question);
        _questionsById = byId.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray());
    }

    /// <summary>The bank shipped inside TellMe.Core, parsed on first use.</summary>
    public static QuestionBank Embedded => LazyEmbedded.Value;

    /// <summary>The taxonomies (<c>amazon</c>, <c>general</c>) with their display names, in file order.</summary>
    public ImmutableArray<(string Id, string Name)> Frameworks { get; }

    /// <summary>Every competency of every framework, in file order.</summary>
    public ImmutableArray<Competency> Competencies { get; }

    /// <summary>Every labelled question, in file order.</summary>
    public ImmutableArray<LabelledQuestion> Questions { get; }

    /// <summary>The competency with this ID, or null.</summary>
    public Competency? Find(CompetencyId id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The questions that probe a competency: those where it is the primary label first, then those where it
    /// is a secondary one, each group in file order; only questions fit to show (<see cref="LabelledQuestion.ForPractice"/>).
    /// Empty for an unknown competency.
    /// </summary>
    public IReadOnlyList<LabelledQuestion> QuestionsFor(CompetencyId competency) =>
        _questionsById.TryGetValue(competency, out var questions) ? questions : [];

    /// <summary>
    /// The same taxonomy with only the questions at the positions <paramref name="keep"/> accepts: the
    /// training part of a cross-validation fold.
    /// </summary>
    internal QuestionBank Subset(Func<int, bool> keep) =>
        new(Frameworks, Competencies, [.. Questions.Where((_, i) => keep(i))]);

    /// <summary>
    /// Parses a taxonomy file and question files.
    /// </summary>
    /// <exception cref="InvalidDataException">A file is not valid YAML, has the wrong shape, repeats a
    /// question, or labels a question with a competency the taxonomy does not define.</exception>
    public static QuestionBank Parse(string competenciesYaml, IEnumerable<(string Name, string Yaml)> questionFiles)
    {
        ArgumentNullException.ThrowIfNull(competenciesYaml);
        ArgumentNullException.ThrowIfNull(questionFiles);
        var frameworks = ImmutableArray.CreateBuilder<(string, string)>();
        var competencies = ImmutableArray.CreateBuilder<Competency>();
        var labels = new HashSet<CompetencyId>();
        var root = Root(competenciesYaml, "competencies.yaml");
        foreach (var frameworkNode in Sequence(root, "frameworks", "competencies.yaml"))
        {
            var framework = Mapping(frameworkNode, "competencies.yaml");
            string frameworkId = Scalar(framework, "id", "competencies.yaml");
            frameworks.Add((frameworkId, Scalar(framework, "name", "competencies.yaml")));
            foreach (var competencyNode in Sequence(framework, "competencies", "competencies.yaml"))
            {
                var map = Mapping(competencyNode, "competencies.yaml");
                var keywords = map.Children.TryGetValue(new YamlScalarNode("keywords"), out var k) && k is YamlSequenceNode seq
                    ? [.. seq.Children.Select(n => ScalarValue(n, "competencies.yaml"))]
                    : ImmutableArray<string>.Empty;
                var answerKeys = map.Children.TryGetValue(new YamlScalarNode("answer-keys"), out var a) && a is YamlSequenceNode keys
                    ? [.. keys.Children.Select(n => ScalarValue(n, "competencies.yaml"))]
                    : ImmutableArray<string>.Empty;
                var competency = new Competency(new CompetencyId(frameworkId, Scalar(map, "id", "competencies.yaml")), Scalar(map, "name", "competencies.yaml"))
                {
                    Keywords = keywords,
                    AnswerKeys = answerKeys,
                    ToldWithAnswer = map.Children.TryGetValue(new YamlScalarNode("told-with"), out var told) && told is YamlScalarNode { Value: "answer" },
                };
                if (!labels.Add(competency.Id))
                    throw new InvalidDataException($"competencies.yaml: {competency.Id} is defined twice");
                competencies.Add(competency);
            }
        }

        var questions = ImmutableArray.CreateBuilder<LabelledQuestion>();
        var texts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, yaml) in questionFiles)
        {
            var file = Root(yaml, name);
            bool practice = !(file.Children.TryGetValue(new YamlScalarNode("practice"), out var flag)
                && flag is YamlScalarNode { Value: "false" });
            foreach (var node in Sequence(file, "questions", name))
            {
                var map = Mapping(node, name);
                string text = Scalar(map, "text", name);
                var questionLabels = ImmutableArray.CreateBuilder<CompetencyId>();
                foreach (var labelNode in Sequence(map, "competencies", name))
                {
                    string label = ScalarValue(labelNode, name);
                    if (!CompetencyId.TryParse(label, out var id) || !labels.Contains(id))
                        throw new InvalidDataException($"{name} line {labelNode.Start.Line}: unknown competency '{label}'");
                    questionLabels.Add(id);
                }
                if (questionLabels.Count is 0 or > 4)
                    throw new InvalidDataException($"{name} line {node.Start.Line}: a question needs 1 to 4 competencies");
                if (!texts.Add(text.Trim()))
                    throw new InvalidDataException($"{name} line {node.Start.Line}: the question \"{text}\" is already in the bank");
                questions.Add(new LabelledQuestion(text, questionLabels.ToImmutable()) { ForPractice = practice });
            }
        }
        return new QuestionBank(frameworks.ToImmutable(), competencies.ToImmutable(), questions.ToImmutable());
    }

    private static QuestionBank LoadEmbedded()
    {
        var assembly = typeof(QuestionBank).Assembly;
        string Read(string resource)
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidDataException($"the embedded resource {resource} is missing from TellMe.Core");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        string questionPrefix = ResourcePrefix + "questions.";
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(questionPrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[questionPrefix.Length..], Read(n)))
            .ToList();
        return Parse(Read(ResourcePrefix + "competencies.yaml"), files);
    }

    private static YamlMappingNode Root(string yaml, string file)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode map) return map;
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{file} line {ex.Start.Line}: {ex.Message}", ex);
        }
        throw new InvalidDataException($"{file}: the root must be one YAML mapping");
    }

    private static YamlMappingNode Mapping(YamlNode node, string file) =>
        node as YamlMappingNode ?? throw new InvalidDataException($"{file} line {node.Start.Line}: expected a mapping");

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode map, string key, string file) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
            ? sequence.Children
            : throw new InvalidDataException($"{file} line {map.Start.Line}: '{key}' must be a list");

    private static string Scalar(YamlMappingNode map, string key, string file) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ScalarValue(node, file)
            : throw new InvalidDataException($"{file} line {map.Start.Line}: '{key}' is missing");

    private static string ScalarValue(YamlNode node, string file) =>
        node is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw new InvalidDataException($"{file} line {node.Start.Line}: expected a non-empty text");
}
