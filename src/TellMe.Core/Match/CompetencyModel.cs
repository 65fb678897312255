using System.Runtime.CompilerServices;
using TellMe.Match.Questions;
using TellMe.Competencies;

namespace TellMe.Match;

/// <summary>
/// A regularised multinomial logistic regression (softmax) from a question's words to its competencies,
/// trained on the labelled question bank when the classifier is built.
/// </summary>
/// <remarks>
/// <para>Features are the analysed terms (stems without stop words, synonyms at their reduced weight) and
/// every pair of adjacent words with stop words kept ("why us", "good at", "keep up", "struggl to"), the
/// vector scaled to unit length. The target of a question is its labels weighted as in the neighbour vote
/// (first 1, then 0.5, 0.35, 0.25), normalised, so a question labelled Ownership and Deliver Results teaches
/// both, Ownership more.</para>
/// <para>Where the neighbour vote copies the labels of the few questions closest to a new one, the model
/// weighs every word by what it says across all 780 questions: "struggling" points to mentoring whether
/// or not the nearest question shares "keep up". The two err differently, so the classifier mixes them
/// (<see cref="MatchTuning.ModelShare"/>, chosen by cross-validation over the bank).</para>
/// <para>Training is plain stochastic gradient descent over a fixed shuffled order, so the model is the
/// same on every run; it costs a few tens of milliseconds once per process.</para>
/// </remarks>
internal sealed class CompetencyModel
{
    private readonly Features _features;
    private readonly double[] _weights;   // feature-major: _weights[f * classes + c]
    private readonly double[] _bias;
    private readonly int _classes;

    private CompetencyModel(Features features, double[] weights, double[] bias, int classes)
    {
        _features = features;
        _weights = weights;
        _bias = bias;
        _classes = classes;
    }

    /// <summary>Trains on the bank's questions.</summary>
    /// <remarks>Runs once per process, so it is compiled optimised at once rather than through the slow first tier.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CompetencyModel Train(QuestionBank bank, MatchTuning tuning)
    {
        int classes = bank.Competencies.Length;
        var labelIndex = new Dictionary<CompetencyId, int>();
        for (int c = 0; c < classes; c++) labelIndex[bank.Competencies[c].Id] = c;

        var features = new Features();
        var samples = new (int[] Features, double[] Values, double[] Target)[bank.Questions.Length];
        var labelWeights = tuning.LabelWeights;
        for (int q = 0; q < samples.Length; q++)
        {
            var question = bank.Questions[q];
            var terms = QuestionTerms.Reweight(MatchText.Analyzer.AnalyzeQuery(question.Text), tuning.ClassifierSynonyms);
            var vector = Vector(terms, KeywordPhrases.Words(question.Text), features, grow: true);
            var target = new double[classes];
            for (int rank = 0; rank < question.Competencies.Length && rank < labelWeights.Length; rank++)
                target[labelIndex[question.Competencies[rank]]] += labelWeights[rank];
            CompetencyClassifier.Normalise(target);
            samples[q] = ([.. vector.Select(v => v.Feature)], [.. vector.Select(v => v.Value)], target);
        }

        var weights = new double[features.Count * classes];
        var bias = new double[classes];
        var order = Enumerable.Range(0, samples.Length).ToArray();
        var random = new Random(17);
        var probabilities = new double[classes];
        var gradients = new double[classes];
        double lambda = tuning.ModelL2;
        for (int epoch = 0; epoch < tuning.ModelEpochs; epoch++)
        {
            random.Shuffle(order);
            double rate = tuning.ModelLearningRate / (1 + epoch * 0.1);
            foreach (int i in order)
            {
                var (f, x, y) = samples[i];
                Predict(f, x, weights, bias, classes, probabilities);
                for (int c = 0; c < classes; c++)
                {
                    gradients[c] = probabilities[c] - y[c];
                    bias[c] -= rate * gradients[c];
                }
                // A sample's features are distinct, so every weight is updated once from values fixed before the
                // update: walking each feature's row in memory order gives the same numbers as walking by class.
                for (int k = 0; k < f.Length; k++)
                {
                    var row = weights.AsSpan(f[k] * classes, classes);
                    double xk = x[k];
                    for (int c = 0; c < classes; c++)
                        row[c] -= rate * ((gradients[c] * xk) + (lambda * row[c]));
                }
            }
        }
        return new CompetencyModel(features, weights, bias, classes);
    }

    /// <summary>
    /// Writes the competency probabilities of a text into <paramref name="scores"/>; false (scores zero)
    /// when the text has no feature the model knows, so "no idea" stays distinguishable from a guess.
    /// </summary>
    public bool Predict(IReadOnlyList<(string Term, double Weight)> terms, string[] words, Span<double> scores)
    {
        scores.Clear();
        var vector = Vector(terms, words, _features, grow: false);
        if (vector.Count == 0) return false;
        _bias.CopyTo(scores);
        foreach (var (feature, x) in vector)
        {
            var row = _weights.AsSpan(feature * _classes, _classes);
            for (int c = 0; c < _classes; c++) scores[c] += row[c] * x;
        }
        double max = double.NegativeInfinity, total = 0;
        foreach (var v in scores) max = Math.Max(max, v);
        for (int c = 0; c < _classes; c++) total += scores[c] = Math.Exp(scores[c] - max);
        for (int c = 0; c < _classes; c++) scores[c] /= total;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Predict(int[] features, double[] values, double[] weights, double[] bias, int classes, double[] probabilities)
    {
        bias.CopyTo(probabilities, 0);
        for (int k = 0; k < features.Length; k++)
        {
            int row = features[k] * classes;
            double x = values[k];
            for (int c = 0; c < classes; c++) probabilities[c] += weights[row + c] * x;
        }
        double max = probabilities.Max(), total = 0;
        for (int c = 0; c < classes; c++) total += probabilities[c] = Math.Exp(probabilities[c] - max);
        for (int c = 0; c < classes; c++) probabilities[c] /= total;
    }

    /// <summary>Unit-length feature vector: analysed terms and adjacent word pairs.</summary>
    private static List<(int Feature, double Value)> Vector(IReadOnlyList<(string Term, double Weight)> terms, string[] words, Features features, bool grow)
    {
        var vector = new List<(int Feature, double Value)>(terms.Count + words.Length);
        void Add(int index, double weight)
        {
            if (index < 0) return;
            for (int i = 0; i < vector.Count; i++)
                if (vector[i].Feature == index)
                {
                    vector[i] = (index, vector[i].Value + weight);
                    return;
                }
            vector.Add((index, weight));
        }
        foreach (var (term, weight) in terms) Add(features.Term(term, grow), weight);
        for (int i = 0; i + 1 < words.Length; i++) Add(features.Pair(words[i], words[i + 1], grow), 1);
        double norm = 0;
        foreach (var (_, v) in vector) norm += v * v;
        norm = Math.Sqrt(norm);
        for (int i = 0; i < vector.Count && norm > 0; i++) vector[i] = (vector[i].Feature, vector[i].Value / norm);
        return vector;
    }

    /// <summary>Feature numbering: terms and word pairs, looked up without building a string per pair.</summary>
    private sealed class Features
    {
        private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), int> _pairs = [];

        public int Count => _terms.Count + _pairs.Count;

        public int Term(string term, bool grow) => Find(_terms, term, grow);

        public int Pair(string first, string second, bool grow) => Find(_pairs, (first, second), grow);

        private int Find<TKey>(Dictionary<TKey, int> map, TKey key, bool grow)
            where TKey : notnull
        {
            if (map.TryGetValue(key, out int index)) return index;
            if (!grow) return -1;
            return map[key] = Count;
        }
    }
}
