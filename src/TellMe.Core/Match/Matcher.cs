using System.Collections.Immutable;
using System.Globalization;
using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Match.Index;
using TellMe.Match.Questions;
using TellMe.Language;

namespace TellMe.Match;

/// <summary>
/// Matches interview questions to the user's competencies, prepared answers and stories.
/// </summary>
/// <remarks>
/// <para>Three signals, so that a question in words the user never wrote still lands:</para>
/// <list type="number">
/// <item><b>What the question probes.</b> <see cref="CompetencyClassifier"/> votes with the labelled question
/// bank; the principles' own stories then add what the question shares with the user's material.</item>
/// <item><b>What the user's material is about.</b> Each answer and story gets a competency profile once, when
/// the matcher is built: an answer from its key ("Tight Schedule" is the tight-deadline competency) and its
/// text, a story from the principles that cite it and the answers that tell it.</item>
/// <item><b>Shared words.</b> BM25 over answers (key ×3, points) and stories (title ×2, sections).</item>
/// </list>
/// <para>An answer's score adds its shared words (saturated, so one long overlap cannot drown the rest) to
/// the cosine between the question's competencies and its profile; a story also inherits part of the best
/// answer that tells it. A question that shares no word with an answer therefore still finds it through
/// their common competency.</para>
/// <para>Building costs one pass over the bank; a match then touches only postings of the question's terms
/// and a dense competency vector per story, well under a millisecond for a thousand stories. The matcher is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed class Matcher
{
    private static readonly Lazy<CompetencyClassifier> DefaultClassifier =
        new(() => CompetencyClassifier.Build(QuestionBank.Embedded, MatchTuning.Default));

    private readonly MatchTuning _tuning;
    private readonly CompetencyClassifier _classifier;
    private readonly CompetencySpace _space;
    private readonly Answer[] _answers;
    private readonly int[] _answerStory;
    private readonly Bm25Index<int> _answerIndex;
    private readonly double[] _answerProfiles;
    private readonly Story[] _stories;
    private readonly Bm25Index<int> _storyIndex;
    private readonly double[] _storyProfiles;
    private readonly int[][] _storyAnswers;
    private readonly int[][] _storyPrinciples;
    private readonly Bm25Index<int> _principleIndex;
    private readonly int[] _principleEntries;
    private readonly Dictionary<string, string> _surface;
    private readonly TaughtQuestions _taught;
    private readonly (string Name, string[] Terms)? _employer;
    private readonly bool[] _namesEmployer;

    private Matcher(StoryBank bank, MatchTuning tuning, CompetencyClassifier classifier)
    {
        Bank = bank;
        _tuning = tuning;
        _classifier = classifier;
        _space = CompetencySpace.Create(classifier.Bank, bank);
        _surface = new Dictionary<string, string>(StringComparer.Ordinal);
        int dims = _space.Count;

        _stories = [.. bank.Stories];
        var storyOrdinal = new Dictionary<StoryId, int>();
        for (int s = 0; s < _stories.Length; s++) storyOrdinal[_stories[s].Id] = s;
        int OrdinalOf(StoryId? id) => id is { } i && bank.Find(i) is { } story && storyOrdinal.TryGetValue(story.Id, out int s) ? s : -1;

        var storyTexts = new string[_stories.Length];
        var storyDocs = new List<Bm25Document<int>>(_stories.Length);
        for (int s = 0; s < _stories.Length; s++)
        {
            var story = _stories[s];
            storyTexts[s] = MaterialText.Story(story);
            storyDocs.Add(new Bm25Document<int>(s, [new Bm25Field(story.Title, 2), new Bm25Field(story.Company ?? ""), new Bm25Field(storyTexts[s])]));
            RememberWords(story.Title);
            RememberWords(storyTexts[s]);
        }
        _storyIndex = Bm25Index<int>.Build(storyDocs, MatchText.Analyzer);

        _answers = [.. bank.Answers];
        _answerStory = new int[_answers.Length];
        var answerTexts = new string[_answers.Length];
        var answerDocs = new List<Bm25Document<int>>(_answers.Length);
        for (int a = 0; a < _answers.Length; a++)
        {
            _answerStory[a] = OrdinalOf(_answers[a].Story);
            answerTexts[a] = MaterialText.Answer(_answers[a], bank);
            answerDocs.Add(new Bm25Document<int>(a, [new Bm25Field(_answers[a].Key, tuning.AnswerKeyWeight), new Bm25Field(answerTexts[a])]));
            RememberWords(_answers[a].Key);
            RememberWords(answerTexts[a]);
        }
        _answerIndex = Bm25Index<int>.Build(answerDocs, MatchText.Analyzer);
        _employer = CurrentEmployer.Find(bank, answerTexts) is { } employer ? (employer, [.. MatchText.Analyzer.Analyze(employer)]) : null;
        if (_employer is { Terms.Length: 1 } named) _surface[named.Terms[0]] = named.Name;
        _namesEmployer = [.. _answers.Select(a => _employer is { } e && CurrentEmployer.Names(a.Key, e.Name))];
        _taught = TaughtQuestions.Build(bank, _answers, _space, text => MaterialTerms(MatchText.Analyzer.AnalyzeQuery(text)));

        // Which principles cite each story, and a document per principle made of its stories as told.
        var citing = new List<int>[_stories.Length];
        for (int s = 0; s < citing.Length; s++) citing[s] = [];
        var principleDocs = new List<Bm25Document<int>>();
        var titles = _stories.Select(s => TitleWords(s.Title)).ToArray();
        for (int e = 0; e < _space.Count; e++)
        {
            if (_space.Entries[e].Principle is not { } principle) continue;
            foreach (var telling in principle.Stories)
            {
                int s = OrdinalOf(telling.Story);
                if (s < 0 && telling.Title is { } title) s = StoryTitled(title, titles);
                if (s >= 0 && !citing[s].Contains(e)) citing[s].Add(e);
            }
            principleDocs.Add(new Bm25Document<int>(e, [new Bm25Field(principle.Name, 2), new Bm25Field(MaterialText.Principle(principle, bank))]));
        }
        _principleIndex = Bm25Index<int>.Build(principleDocs, MatchText.Analyzer);
        _principleEntries = [.. principleDocs.Select(d => d.Key)];
        _storyPrinciples = [.. citing.Select(c => c.ToArray())];

        // Competency profiles: the user's own material, read through the question bank.
        var keyPhrases = AnswerKeyReader.Build(classifier.Bank.Competencies);
        var companies = AnswerKeyReader.CompanyWords(_stories.Select(s => s.Company));
        var keyProfiles = new double[_answers.Length * dims];
        _answerProfiles = new double[_answers.Length * dims];
        var scratch = new double[dims];
        var caches = new TextCaches();
        for (int a = 0; a < _answers.Length; a++)
        {
            var keyProfile = keyProfiles.AsSpan(a * dims, dims);
            keyPhrases.Score(_answers[a].Key, scratch, companies);
            AddNormalised(keyProfile, scratch, tuning.ProfileKeyPhrase);
            Classify(_answers[a].Key, scratch, caches);
            AddNormalised(keyProfile, scratch, tuning.ProfileKeyWords);

            var profile = _answerProfiles.AsSpan(a * dims, dims);
            keyProfile.CopyTo(profile);
            Classify(answerTexts[a], scratch, caches);
            AddNormalised(profile, scratch, tuning.ProfileAnswerText);
            if (_answerStory[a] >= 0) AddCitations(profile, _storyPrinciples[_answerStory[a]], tuning.ProfileCited * 0.5);
            Normalise(profile);
        }

        var tellers = new List<int>[_stories.Length];
        for (int s = 0; s < tellers.Length; s++) tellers[s] = [];
        for (int a = 0; a < _answers.Length; a++)
            if (_answerStory[a] >= 0) tellers[_answerStory[a]].Add(a);
        _storyAnswers = [.. tellers.Select(t => t.ToArray())];

        // Classifying every story's text is most of the build; stories are independent, so large banks use all cores.
        _storyProfiles = new double[_stories.Length * dims];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _stories.Length < 200 ? 1 : Environment.ProcessorCount };
        Parallel.For(0, _stories.Length, options, () => (Scores: new double[dims], Caches: new TextCaches()), (s, _, local) =>
        {
            var (scores, textCaches) = local;
            var profile = _storyProfiles.AsSpan(s * dims, dims);
            AddCitations(profile, _storyPrinciples[s], tuning.ProfileCited);
            scores.AsSpan().Clear();
            foreach (int a in _storyAnswers[s])
                for (int c = 0; c < dims; c++) scores[c] += keyProfiles[(a * dims) + c];
            AddNormalised(profile, scores, tuning.ProfileAnswers);
            Classify($"{_stories[s].Title} . {storyTexts[s]}", scores, textCaches);
            AddNormalised(profile, scores, tuning.ProfileText);
            Normalise(profile);
            return local;
        }, _ => { });
    }

    /// <summary>
    /// The story a telling without an ID tells, recognised by its title: a page that writes "2. Analyzed
    /// thread dumps…" instead of "CR2. …" still cites CR2 when nearly all of its title's words are CR2's.
    /// </summary>
    private static int StoryTitled(string title, HashSet<string>[] titles)
    {
        var words = TitleWords(title);
        if (words.Count < 2) return -1;
        int best = -1, bestShared = 0;
        bool tie = false;
        for (int s = 0; s < titles.Length; s++)
        {
            int shared = 0;
            foreach (var word in words)
                if (titles[s].Contains(word)) shared++;
            if (shared > bestShared) (best, bestShared, tie) = (s, shared, false);
            else if (shared == bestShared && shared > 0) tie = true;
        }
        return !tie && bestShared >= 0.8 * words.Count ? best : -1;
    }

    private static HashSet<string> TitleWords(string title) => [.. MatchText.Analyzer.Analyze(title)];

    /// <summary>The bank being matched against.</summary>
    public StoryBank Bank { get; }

    /// <summary>The question bank the classifier learnt from.</summary>
    public QuestionBank Questions => _classifier.Bank;

    /// <summary>Builds a matcher for a bank. The default question bank's index is built once per process and shared.</summary>
    public static Matcher Create(StoryBank bank, QuestionBank? questions = null, MatchTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(bank);
        tuning ??= MatchTuning.Default;
        questions ??= QuestionBank.Embedded;
        var classifier = ReferenceEquals(questions, QuestionBank.Embedded) && ReferenceEquals(tuning, MatchTuning.Default)
            ? DefaultClassifier.Value
            : CompetencyClassifier.Build(questions, tuning);
        return new Matcher(bank, tuning, classifier);
    }

    /// <summary>
    /// Matches one question. Never throws on odd input: an empty question, one in another script or one
    /// that shares no word with anything gives empty lists and a note saying why.
    /// </summary>
    /// <param name="question">The question as asked.</param>
    /// <param name="top">How many competencies, answers and stories to return at most.</param>
    public MatchResult Match(string? question, int top = 5)
    {
        question ??= "";
        top = Math.Max(top, 0);
        var notes = ImmutableArray.CreateBuilder<string>();
        if (string.IsNullOrWhiteSpace(question))
            return new MatchResult(question, [], [], [], ["the question is empty"]);
        string text = question;
        if (text.Length > MatchText.MaxQuestionLength)
        {
            text = text[..MatchText.MaxQuestionLength];
            notes.Add($"the question is {question.Length:N0} characters long; only the first {MatchText.MaxQuestionLength:N0} were matched");
        }

        var scores = Score(text);
        if (!scores.Any)
        {
            notes.Add(!MostlyLatin(text) ? "the question is not in English; TellMe's question bank and matching read English only"
                : scores.Terms.Count == 0 ? "the question has only common words (like 'tell me about a time'); say what it is about"
                : "the question shares no word with the question bank or your material");
            return new MatchResult(question, [], [], [], notes.ToImmutable());
        }
        if (_answers.Length == 0) notes.Add("the bank has no answers yet; only stories were matched");
        if (_stories.Length == 0) notes.Add("the bank has no stories yet");

        var surfaces = QuerySurfaces(text);
        if (_employer is { } employer && CurrentEmployer.Mention(text) is { } mention)
            foreach (var term in employer.Terms) surfaces[term] = (mention.Phrase, true);
        var competencies = ImmutableArray.CreateBuilder<CompetencyMatch>();
        foreach (int c in Top(scores.Competencies, top))
        {
            var entry = _space.Entries[c];
            competencies.Add(new CompetencyMatch(entry.Id, entry.Name, Round(scores.Competencies[c])));
        }

        var answers = ImmutableArray.CreateBuilder<AnswerMatch>();
        foreach (int a in Top(scores.Answers, top))
        {
            var answer = _answers[a];
            string? story = _answerStory[a] >= 0 ? _stories[_answerStory[a]].Id.Value : answer.Story?.Value ?? answer.StoryRef;
            var shared = scores.AnswerText[a] > 0 ? _answerIndex.ExplainDocument(scores.MaterialTerms, a) : [];
            string? taughtAs = scores.AnswerTaughtVia[a] >= 0 ? $"taught: \u201c{Shorten(_taught[scores.AnswerTaughtVia[a]].Text)}\u201d" : null;
            answers.Add(new AnswerMatch(answer.Key, story, Round(scores.Answers[a]),
                Why(shared, surfaces, scores, Profile(_answerProfiles, a), null, taughtAs)));
        }

        var stories = ImmutableArray.CreateBuilder<StoryMatch>();
        foreach (int s in Top(scores.Stories, top))
        {
            string? via = scores.StoryVia[s] >= 0 ? $"answer '{_answers[scores.StoryVia[s]].Key}'" : null;
            var shared = scores.StoryText[s] > 0 ? _storyIndex.ExplainDocument(scores.MaterialTerms, s) : [];
            stories.Add(new StoryMatch(_stories[s].Id.Value, _stories[s].Title, Round(scores.Stories[s]),
                Why(shared, surfaces, scores, Profile(_storyProfiles, s), via)));
        }
        return new MatchResult(question, competencies.ToImmutable(), answers.ToImmutable(), stories.ToImmutable(), notes.ToImmutable());
    }

    /// <summary>True when most letters are Latin, i.e. the question could be English.</summary>
    private static bool MostlyLatin(string text)
    {
        int letters = 0, latin = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < 0x250) latin++;
        }
        return letters == 0 || latin * 2 > letters;
    }

    /// <summary>Every story's fit to a question, in <see cref="StoryBank.Stories"/> order (for planning).</summary>
    internal double[] StoryScores(string question) =>
        string.IsNullOrWhiteSpace(question) ? new double[_stories.Length]
            : Score(question.Length > MatchText.MaxQuestionLength ? question[..MatchText.MaxQuestionLength] : question).Stories;

    /// <summary>
    /// Every story's fit to a competency named by the user, in <see cref="StoryBank.Stories"/> order: how much
    /// of the story's profile is that competency, with a bonus when the user cites the story for it.
    /// </summary>
    internal double[] StoryFit(int competency)
    {
        int dims = _space.Count;
        var fit = new double[_stories.Length];
        for (int s = 0; s < _stories.Length; s++)
        {
            fit[s] = _storyProfiles[(s * dims) + competency];
            if (Array.IndexOf(_storyPrinciples[s], competency) >= 0) fit[s] += 1;
        }
        return fit;
    }

    /// <summary>The competencies matching may name, in profile order.</summary>
    internal CompetencySpace Space => _space;

    /// <summary>All scores of one question, before ranking.</summary>
    private sealed class QuestionScores(int competencies, int answers, int stories)
    {
        public IReadOnlyList<(string Term, double Weight)> Terms { get; set; } = [];
        public double[] Competencies { get; } = new double[competencies];
        public double[] Answers { get; } = new double[answers];
        public double[] Stories { get; } = new double[stories];
        public int[] StoryVia { get; } = new int[stories];
        public int[] AnswerTaughtVia { get; } = new int[answers];
        public List<(string Term, double Weight)> MaterialTerms { get; set; } = [];
        public double[] AnswerText { get; } = new double[answers];
        public double[] StoryText { get; } = new double[stories];
        public bool Any { get; set; }
    }

    private QuestionScores Score(string text)
    {
        int dims = _space.Count;
        var result = new QuestionScores(dims, _answers.Length, _stories.Length);
        var analysed = MatchText.Analyzer.AnalyzeQuery(text);
        result.Terms = analysed;
        var classifierTerms = Reweight(analysed, _tuning.ClassifierSynonyms);
        var terms = MaterialTerms(analysed);
        // "your current company" reads as the company's name; the answer named after it gains only when it is the subject.
        var employerMention = _employer is not null ? CurrentEmployer.Mention(text) : null;
        bool employerIsSubject = employerMention is { IsSubject: true };
        if (employerMention is not null)
            foreach (var term in _employer!.Value.Terms)
                if (!terms.Exists(t => t.Term == term)) terms.Add((term, 1.0));

        var competencies = result.Competencies;
        _classifier.Classify(classifierTerms, KeywordPhrases.Words(text), competencies.AsSpan(0, _space.Known));
        var principleText = new double[_principleEntries.Length];
        _principleIndex.ScoreAll(terms, principleText);
        for (int p = 0; p < principleText.Length; p++)
            competencies[_principleEntries[p]] += _tuning.PrincipleFromStories * Saturate(principleText[p]);
        var taught = new double[_answers.Length];
        _taught.Apply(terms, _tuning.Taught, _tuning.TaughtMinimum, taught, result.AnswerTaughtVia, competencies);

        double norm = 0;
        foreach (var v in competencies) norm += v * v;
        norm = Math.Sqrt(norm);
        var unit = new double[dims];
        if (norm > 0)
            for (int c = 0; c < dims; c++) unit[c] = competencies[c] / norm;
        result.Any = norm > 0;

        result.MaterialTerms = terms;
        _answerIndex.ScoreAll(terms, result.AnswerText);
        for (int a = 0; a < _answers.Length; a++)
        {
            double words = Saturate(result.AnswerText[a]);
            result.Answers[a] = (_tuning.AnswerText * words) + (_tuning.AnswerCompetency * Dot(unit, _answerProfiles, a, dims)) + taught[a]
                + (employerIsSubject && _namesEmployer[a] ? _tuning.CurrentEmployer : 0);
            if (words > 0) result.Any = true;
        }

        _storyIndex.ScoreAll(terms, result.StoryText);
        for (int s = 0; s < _stories.Length; s++)
        {
            double words = Saturate(result.StoryText[s]);
            double score = (_tuning.StoryText * words) + (_tuning.StoryCompetency * Dot(unit, _storyProfiles, s, dims));
            int via = -1;
            double best = 0;
            foreach (int a in _storyAnswers[s])
                if (result.Answers[a] > best) (best, via) = (result.Answers[a], a);
            result.Stories[s] = score + (_tuning.StoryFromAnswer * best);
            result.StoryVia[s] = _tuning.StoryFromAnswer * best > score * 0.5 ? via : -1;
            if (words > 0) result.Any = true;
        }
        return result;
    }

    /// <summary>
    /// A question's terms as they are matched against the user's material: synonyms at their own weight, and
    /// words common in interview questions discounted by their rarity in the question bank.
    /// </summary>
    private List<(string Term, double Weight)> MaterialTerms(IReadOnlyList<(string Term, double Weight)> analysed)
    {
        var terms = Reweight(analysed, _tuning.MaterialSynonyms);
        if (_tuning.QuestionWordDiscount > 0)
            for (int i = 0; i < terms.Count; i++)
                terms[i] = (terms[i].Term, terms[i].Weight * Math.Pow(_classifier.Rarity(terms[i].Term), _tuning.QuestionWordDiscount));
        return terms;
    }

    /// <summary>The analyzer marks synonyms with its fixed weight; each use of them wants its own.</summary>
    internal static List<(string Term, double Weight)> Reweight(IReadOnlyList<(string Term, double Weight)> terms, double synonymWeight)
    {
        var result = new List<(string Term, double Weight)>(terms.Count);
        double marker = MatchText.Analyzer.SynonymWeight;
        foreach (var (term, weight) in terms)
        {
            if (weight != marker) result.Add((term, weight));
            else if (synonymWeight > 0) result.Add((term, synonymWeight));
        }
        return result;
    }

    private double Saturate(double bm25) => bm25 / (bm25 + _tuning.TextSaturation);

    private static double Dot(double[] unit, double[] profiles, int row, int dims)
    {
        var profile = profiles.AsSpan(row * dims, dims);
        double dot = 0;
        for (int c = 0; c < dims; c++) dot += unit[c] * profile[c];
        return dot;
    }

    private ReadOnlySpan<double> Profile(double[] profiles, int row) => profiles.AsSpan(row * _space.Count, _space.Count);

    /// <summary>"shared: deadline, schedule · Tight deadline": the words that matched, then the competency in common.</summary>
    private string Why(IReadOnlyList<Bm25TermMatch> shared, Dictionary<string, (string Word, bool Synonym)> surfaces, QuestionScores scores, ReadOnlySpan<double> profile, string? via, string? taught = null)
    {
        var parts = new List<string>(4);
        if (taught is not null) parts.Add(taught);
        if (shared.Count > 0)
        {
            var matched = shared.OrderByDescending(m => m.Contribution).Take(3).Select(m =>
                !surfaces.TryGetValue(m.Term, out var asked) ? _surface.GetValueOrDefault(m.Term) ?? m.Term
                : asked.Synonym ? $"{_surface.GetValueOrDefault(m.Term) ?? m.Term} (≈{asked.Word})"
                : asked.Word);
            parts.Add("shared: " + string.Join(", ", matched.Distinct()));
        }
        int best = -1;
        double bestValue = 0;
        for (int c = 0; c < profile.Length; c++)
        {
            double value = scores.Competencies[c] * profile[c];
            if (value > bestValue) (best, bestValue) = (c, value);
        }
        if (best >= 0 && bestValue > 0.01) parts.Add(_space.Entries[best].Name);
        if (via is not null) parts.Add(via);
        return parts.Count == 0 ? "weak match" : string.Join(" · ", parts);
    }

    /// <summary>A taught question short enough for a table cell.</summary>
    private static string Shorten(string text) => text.Length <= 48 ? text : string.Concat(text.AsSpan(0, 45).TrimEnd(), "…");

    /// <summary>Stem → the word as the asker wrote it (or that led to a synonym), so explanations quote words, not stems.</summary>
    private static Dictionary<string, (string Word, bool Synonym)> QuerySurfaces(string text)
    {
        var surfaces = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        var analyzer = MatchText.Analyzer;
        foreach (var token in Tokenizer.Enumerate(text))
        {
            string word = token.ToNormalizedString();
            if (analyzer.StopWords.Contains(word)) continue;
            string stem = token.Kind == TokenKind.Word ? Porter2Stemmer.Instance.Stem(word) : word;
            surfaces[stem] = (word, false);
            if (analyzer.Synonyms is { } synonyms)
                foreach (var other in synonyms.Expand(stem)) surfaces.TryAdd(other, (word, true));
        }
        return surfaces;
    }

    private void RememberWords(string text)
    {
        foreach (var token in Tokenizer.Enumerate(text))
        {
            if (token.Kind != TokenKind.Word) continue;
            string word = token.ToNormalizedString();
            _surface.TryAdd(Porter2Stemmer.Instance.Stem(word), word);
        }
    }

    /// <summary>
    /// Classifies the user's own text. Unlike a question it is not expanded with synonyms: a story of a hundred
    /// words would drag in a dozen themes, and expanding every story is most of the cost of building.
    /// <paramref name="caches"/> belong to one thread and make each word's analysis happen once per build.
    /// </summary>
    private void Classify(string text, double[] scores, TextCaches caches)
    {
        Array.Clear(scores);
        caches.Terms.Clear();
        MatchText.Analyzer.AnalyzeInto(text, caches.Terms, caches.Analysed);
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in caches.Terms)
            counts[term] = counts.GetValueOrDefault(term) + 1;
        var terms = new List<(string Term, double Weight)>(counts.Count);
        foreach (var (term, count) in counts) terms.Add((term, count));
        _classifier.Classify(terms, KeywordPhrases.Words(text, caches.Stems), scores.AsSpan(0, _space.Known), useModel: false);
    }

    /// <summary>Per-thread memory of words already analysed while building.</summary>
    private sealed class TextCaches
    {
        public List<string> Terms { get; } = [];
        public Dictionary<string, string> Analysed { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> Stems { get; } = new(StringComparer.Ordinal);
    }

    private static void AddNormalised(Span<double> target, double[] values, double weight)
    {
        double total = 0;
        foreach (var v in values) total += v;
        if (total <= 0 || weight == 0) return;
        for (int c = 0; c < target.Length; c++) target[c] += weight * values[c] / total;
    }

    private static void AddCitations(Span<double> target, int[] principles, double weight)
    {
        foreach (int p in principles) target[p] += weight / principles.Length;
    }

    private static void Normalise(Span<double> vector)
    {
        double norm = 0;
        foreach (var v in vector) norm += v * v;
        if (norm <= 0) return;
        norm = Math.Sqrt(norm);
        for (int i = 0; i < vector.Length; i++) vector[i] /= norm;
    }

    /// <summary>
    /// Indexes of the <paramref name="count"/> largest positive values, best first, ties by index, without the
    /// ones far below the best.
    /// </summary>
    private static List<int> Top(double[] values, int count)
    {
        var best = new List<int>(count + 1);
        for (int i = 0; i < values.Length; i++)
        {
            if (!(values[i] > 0)) continue;
            int at = best.Count;
            while (at > 0 && values[best[at - 1]] < values[i]) at--;
            if (at >= count) continue;
            best.Insert(at, i);
            if (best.Count > count) best.RemoveAt(count);
        }
        // A score under a twentieth of the best is noise ("weak match", 0.007 beside 0.93): not worth a row.
        if (best.Count > 0) best.RemoveAll(i => values[i] < values[best[0]] * MinimumShareOfBest);
        return best;
    }

    /// <summary>Results scoring below this share of the best one are left out of a ranked list.</summary>
    private const double MinimumShareOfBest = 0.05;

    private static double Round(double score) => Math.Round(score, 4, MidpointRounding.AwayFromZero);
}
