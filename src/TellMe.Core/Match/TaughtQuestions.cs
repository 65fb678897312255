using TellMe.Bank;

namespace TellMe.Match;

/// <summary>
/// The questions the user taught (<see cref="StoryBank.Taught"/>), ready to compare with a new question. A
/// question close to a taught one lifts the taught answer or principle: the user's own word on what a wording
/// means beats anything the general question bank can infer.
/// </summary>
/// <remarks>
/// Similarity is the cosine between term vectors weighted the way the matcher weighs a question's words
/// against the user's material (rare interview words count, "tell me about a time" does not), so a repeat
/// of a taught question scores 1 and a paraphrase sharing its telling words scores in between. Cosine rather
/// than BM25 because BM25's IDF over a handful of taught questions says nothing; the question bank's does.
/// </remarks>
internal sealed class TaughtQuestions
{
    private readonly Entry[] _entries;

    private TaughtQuestions(Entry[] entries) => _entries = entries;

    /// <summary>One taught question that names something this bank has.</summary>
    /// <param name="Question">As written in <c>questions.yaml</c>.</param>
    /// <param name="Terms">Its terms and their weights.</param>
    /// <param name="Norm">The vector's length.</param>
    /// <param name="Answer">The answer's position in the matcher, or -1.</param>
    /// <param name="Competency">The competency's position in the matcher's space, or -1.</param>
    /// <param name="Folded">Its letters and digits in lower case, as read: a question folding alike is a repeat.</param>
    private sealed record Entry(TaughtQuestion Question, Dictionary<string, double> Terms, double Norm, int Answer, int Competency, string Folded);

    /// <summary>True when no usable question was taught.</summary>
    public bool IsEmpty => _entries.Length == 0;

    /// <summary>The taught question at a position (as returned by <see cref="Apply"/>).</summary>
    public TaughtQuestion this[int index] => _entries[index].Question;

    /// <summary>
    /// Prepares the bank's taught questions. Ones whose label the bank lacks are skipped (check reports them
    /// as TM017); <paramref name="read"/> reads a text as matching reads a question (<see cref="ProperNames"/>) and
    /// <paramref name="terms"/> turns it into weighted terms exactly as a new question would be. A question of
    /// nothing but common words ("Why you?") is kept: it is found again when repeated.
    /// </summary>
    public static TaughtQuestions Build(StoryBank bank, IReadOnlyList<Answer> answers, CompetencySpace space,
        Func<string, string> read, Func<string, IReadOnlyList<(string Term, double Weight)>> terms)
    {
        var entries = new List<Entry>(bank.Taught.Length);
        foreach (var taught in bank.Taught)
        {
            int answer = -1, competency = -1;
            if (taught.Answer is { } key && bank.FindAnswer(key) is { } found)
            {
                for (int a = 0; a < answers.Count && answer < 0; a++)
                    if (ReferenceEquals(answers[a], found)) answer = a;
            }
            else if (taught.Principle is { } name) competency = space.Find(name);
            if (answer < 0 && competency < 0) continue;
            string text = read(taught.Text);
            var vector = Vector(terms(text));
            string folded = Fold(text);
            if (folded.Length > 0) entries.Add(new Entry(taught, vector, Norm(vector), answer, competency, folded));
        }
        return new TaughtQuestions([.. entries]);
    }

    /// <summary>
    /// Adds each taught question's pull to the answers and competencies it names: <paramref name="weight"/>
    /// times its similarity to the question, the closest taught question per target only, and none below
    /// <paramref name="minimum"/> (one shared word is not a repeat). <paramref name="answerVia"/> receives
    /// the taught question behind each answer's lift, or -1. A repeat of a taught question (<paramref name="text"/>
    /// folding alike) has similarity 1 even when all its words are common ones.
    /// </summary>
    public void Apply(string text, IReadOnlyList<(string Term, double Weight)> question, double weight, double minimum,
        Span<double> answers, Span<int> answerVia, Span<double> competencies)
    {
        answerVia.Fill(-1);
        if (_entries.Length == 0 || weight <= 0) return;
        var query = Vector(question);
        double queryNorm = Norm(query);
        string folded = Fold(text);
        Span<double> best = answers.Length <= 256 ? stackalloc double[answers.Length] : new double[answers.Length];
        best.Clear();
        var bestCompetency = new Dictionary<int, double>();
        for (int t = 0; t < _entries.Length; t++)
        {
            var entry = _entries[t];
            double similarity;
            if (entry.Folded == folded) similarity = 1;
            else if (entry.Norm == 0 || queryNorm == 0) continue;
            else
            {
                double dot = 0;
                foreach (var (term, w) in entry.Terms)
                    if (query.TryGetValue(term, out double q)) dot += w * q;
                similarity = dot / (entry.Norm * queryNorm);
            }
            if (similarity < minimum) continue;
            if (entry.Answer >= 0 && similarity > best[entry.Answer])
                (best[entry.Answer], answerVia[entry.Answer]) = (similarity, t);
            if (entry.Competency >= 0 && similarity > bestCompetency.GetValueOrDefault(entry.Competency))
                bestCompetency[entry.Competency] = similarity;
        }
        for (int a = 0; a < answers.Length; a++) answers[a] += weight * best[a];
        foreach (var (c, similarity) in bestCompetency) competencies[c] += weight * similarity;
    }

    // Letters and digits only, lower case: "Why you?" and "why you" are one question.
    private static string Fold(string text)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
            if (char.IsLetterOrDigit(c)) chars.Append(char.ToLowerInvariant(c));
        return chars.ToString();
    }

    private static Dictionary<string, double> Vector(IReadOnlyList<(string Term, double Weight)> terms)
    {
        var vector = new Dictionary<string, double>(terms.Count, StringComparer.Ordinal);
        foreach (var (term, weight) in terms)
            if (weight > 0) vector[term] = vector.GetValueOrDefault(term) + weight;
        return vector;
    }

    private static double Norm(Dictionary<string, double> vector)
    {
        double sum = 0;
        foreach (var w in vector.Values) sum += w * w;
        return Math.Sqrt(sum);
    }
}
