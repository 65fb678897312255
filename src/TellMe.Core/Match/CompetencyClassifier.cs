using TellMe.Match.Index;
using TellMe.Match.Questions;
using TellMe.Competencies;

namespace TellMe.Match;

/// <summary>
/// Says which competencies a text probes, as a distribution over the question bank's competencies.
/// </summary>
/// <remarks>
/// <para>Two signals, because each fails where the other holds:</para>
/// <list type="bullet">
/// <item><b>Nearest neighbours.</b> The text is searched (BM25) against the 535 labelled questions and the
/// closest ones vote with their labels. Questions are phrased like questions, so this learns indirect
/// wording ("the data said one thing and your gut another") that no keyword list anticipates.</item>
/// <item><b>Keywords.</b> Each competency's name and keywords form one small document; BM25 over those 40-odd
/// documents catches the direct wording ("tight deadline") even when no labelled question uses it.</item>
/// <item><b>Phrases.</b> Multi-word keywords found word for word, stop words included ("good at", "why us"),
/// which bag-of-words matching cannot see (<see cref="KeywordPhrases"/>).</item>
/// </list>
/// <para>The result sums to 1, or is all zeros when the text shares no word with either (a Japanese question,
/// an empty one), so callers can tell "no idea" from "a weak guess".</para>
/// </remarks>
internal sealed class CompetencyClassifier
{
    private readonly Bm25Index<int> _questions;
    private readonly int[][] _labels;
    private readonly Bm25Index<int> _keywords;
    private readonly KeywordPhrases _phrases;
    private readonly MatchTuning _tuning;
    private readonly CompetencyModel? _model;

    private CompetencyClassifier(QuestionBank bank, Bm25Index<int> questions, int[][] labels, Bm25Index<int> keywords, MatchTuning tuning)
    {
        _model = tuning.ModelShare > 0 ? CompetencyModel.Train(bank, tuning) : null;
        Bank = bank;
        _questions = questions;
        _labels = labels;
        _keywords = keywords;
        _phrases = KeywordPhrases.Build(bank);
        _tuning = tuning;
    }

    /// <summary>The question bank whose competencies the scores are indexed by.</summary>
    public QuestionBank Bank { get; }

    /// <summary>Number of competencies, the length of every score vector.</summary>
    public int Count => Bank.Competencies.Length;

    /// <summary>Indexes the bank's questions and keywords.</summary>
    public static CompetencyClassifier Build(QuestionBank bank, MatchTuning tuning)
    {
        var index = new Dictionary<CompetencyId, int>();
        for (int c = 0; c < bank.Competencies.Length; c++) index[bank.Competencies[c].Id] = c;

        var labels = new int[bank.Questions.Length][];
        var documents = new List<Bm25Document<int>>(bank.Questions.Length);
        for (int q = 0; q < bank.Questions.Length; q++)
        {
            var question = bank.Questions[q];
            labels[q] = [.. question.Competencies.Select(l => index[l])];
            documents.Add(new Bm25Document<int>(q, question.Text));
        }
        var questions = Bm25Index<int>.Build(documents, MatchText.Analyzer);

        var keywordDocuments = bank.Competencies.Select((c, i) => new Bm25Document<int>(i,
            [new Bm25Field(c.Name, 2), new Bm25Field(string.Join(" . ", c.Keywords))]));
        var keywords = Bm25Index<int>.Build(keywordDocuments, MatchText.Analyzer);
        return new CompetencyClassifier(bank, questions, labels, keywords, tuning);
    }

    /// <summary>Classifies a question as the matcher does: analysed with synonyms at <see cref="MatchTuning.ClassifierSynonyms"/>.</summary>
    public void Classify(string question, Span<double> scores) =>
        Classify(QuestionTerms.Reweight(MatchText.Analyzer.AnalyzeQuery(question), _tuning.ClassifierSynonyms), KeywordPhrases.Words(question), scores);

    /// <summary>
    /// Writes the competency distribution of an analysed query into <paramref name="scores"/> (length
    /// <see cref="Count"/>).
    /// </summary>
    /// <param name="query">Weighted terms from <see cref="MatchText.Analyzer"/>.</param>
    /// <param name="words">Every word of the text, stemmed (<see cref="KeywordPhrases.Words(ReadOnlySpan{char})"/>).</param>
    /// <param name="scores">Receives the distribution.</param>
    /// <param name="excludeQuestion">A labelled question to leave out of the vote, for leave-one-out evaluation.</param>
    /// <param name="useModel">False to leave out the learnt model: it learnt from questions, and reads long texts (the user's stories) worse than the vote.</param>
    public void Classify(IReadOnlyList<(string Term, double Weight)> query, string[] words, Span<double> scores, int excludeQuestion = -1, bool useModel = true)
    {
        scores.Clear();
        Span<double> phrases = stackalloc double[Count];
        phrases.Clear();
        double phraseStrength = _phrases.Score(words, phrases);
        bool hasPhrases = phraseStrength > 0 && Normalise(phrases);
        if (query.Count == 0)
        {
            if (hasPhrases) phrases.CopyTo(scores);
            return;
        }

        Span<double> votes = stackalloc double[Count];
        votes.Clear();
        var similarity = new double[_questions.DocumentCount];
        _questions.ScoreAll(query, similarity);
        if (excludeQuestion >= 0) similarity[excludeQuestion] = 0;
        var labelWeights = _tuning.LabelWeights;
        foreach (int q in Nearest(similarity, _tuning.Neighbours))
        {
            double vote = _tuning.VoteSharpness == 2 ? similarity[q] * similarity[q] : Math.Pow(similarity[q], _tuning.VoteSharpness);
            var labels = _labels[q];
            for (int rank = 0; rank < labels.Length && rank < labelWeights.Length; rank++)
                votes[labels[rank]] += vote * labelWeights[rank];
        }

        Span<double> keywordScores = stackalloc double[Count];
        _keywords.ScoreAll(query, keywordScores);

        // Shares of the signals that said something, rescaled to sum 1.
        double voteShare = Normalise(votes) ? 1 - _tuning.KeywordShare : 0;
        double keywordShare = Normalise(keywordScores) ? _tuning.KeywordShare : 0;
        double phraseShare = hasPhrases ? _tuning.PhraseShare * Math.Min(1, 2 * phraseStrength) : 0;
        double total = voteShare + keywordShare + phraseShare;
        if (total <= 0) return;
        for (int c = 0; c < scores.Length; c++)
            scores[c] = ((voteShare * votes[c]) + (keywordShare * keywordScores[c]) + (phraseShare * phrases[c])) / total;

        Span<double> model = stackalloc double[Count];
        if (_model is null || !useModel || !_model.Predict(query, words, model)) return;
        double share = _tuning.ModelShare;
        for (int c = 0; c < scores.Length; c++) scores[c] = ((1 - share) * scores[c]) + (share * model[c]);
    }

    /// <summary>
    /// How rare a term is among the labelled questions, from 0 (in every question) to 1 (in none): what a word
    /// says about a question beyond its being a question.
    /// </summary>
    public double Rarity(string term) => _questions.Idf(term) / _questions.Idf("");

    /// <summary>The <paramref name="count"/> most similar questions with a positive score, best first (ties by position).</summary>
    private static List<int> Nearest(double[] similarity, int count)
    {
        var nearest = new List<int>(count + 1);
        for (int q = 0; q < similarity.Length; q++)
        {
            double s = similarity[q];
            if (!(s > 0)) continue;
            int at = nearest.Count;
            while (at > 0 && similarity[nearest[at - 1]] < s) at--;
            if (at >= count) continue;
            nearest.Insert(at, q);
            if (nearest.Count > count) nearest.RemoveAt(count);
        }
        return nearest;
    }

    /// <summary>Scales to sum 1; false (and unchanged) when everything is zero.</summary>
    internal static bool Normalise(Span<double> values)
    {
        double total = 0;
        foreach (var v in values) total += v;
        if (total <= 0) return false;
        for (int i = 0; i < values.Length; i++) values[i] /= total;
        return true;
    }
}
