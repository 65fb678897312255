using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Language;
using TellMe.Match.Index;

namespace TellMe.Match;

/// <summary>
/// The user's material read once per bank, for every question to come: the answers and stories with their word
/// indexes, a competency profile for each, which principles cite which story and which answers tell it, the
/// user's current employer and what they taught.
/// </summary>
/// <remarks>
/// <para>An answer's profile comes from its key read against the taxonomy (<see cref="AnswerKeyReader"/>: "Tight
/// Schedule" is the tight-deadline competency), its key and points classified like a question, and the principles
/// citing its story; a story's from the principles that cite it, the keys of the answers that tell it, and its own
/// text classified. Profiles are unit vectors over <see cref="Space"/>, stored row by row.</para>
/// <para>Building is most of a matcher's cost: classifying every story's text, in parallel for large banks,
/// each word analysed once per build. The result is immutable.</para>
/// </remarks>
internal sealed class MaterialProfiles
{
    private MaterialProfiles(CompetencySpace space) => Space = space;

    /// <summary>The competencies profiles are indexed by.</summary>
    public CompetencySpace Space { get; }

    /// <summary>Length of a profile.</summary>
    public int Dims => Space.Count;

    /// <summary>The bank's answers, in bank order.</summary>
    public Answer[] Answers { get; private init; } = [];

    /// <summary>Per answer, the position of the story it tells, or -1.</summary>
    public int[] AnswerStory { get; private init; } = [];

    /// <summary>BM25 over answers: key (weighted) and points with their stories filled in.</summary>
    public Bm25Index<int> AnswerIndex { get; private init; } = null!;

    /// <summary>Answer profiles, <see cref="Dims"/> per answer.</summary>
    public double[] AnswerProfiles { get; private init; } = [];

    /// <summary>The bank's stories, in bank order.</summary>
    public Story[] Stories { get; private init; } = [];

    /// <summary>BM25 over stories: title (weighted), company, sections.</summary>
    public Bm25Index<int> StoryIndex { get; private init; } = null!;

    /// <summary>Story profiles, <see cref="Dims"/> per story.</summary>
    public double[] StoryProfiles { get; private init; } = [];

    /// <summary>Per story, the answers that tell it.</summary>
    public int[][] StoryAnswers { get; private init; } = [];

    /// <summary>Per story, the entries of <see cref="Space"/> whose principle cites it.</summary>
    public int[][] StoryPrinciples { get; private init; } = [];

    /// <summary>BM25 over one document per principle: its name and its stories as its page tells them.</summary>
    public Bm25Index<int> PrincipleIndex { get; private init; } = null!;

    /// <summary>The <see cref="Space"/> entry of each document of <see cref="PrincipleIndex"/>.</summary>
    public int[] PrincipleEntries { get; private init; } = [];

    /// <summary>Stem → a word of the user's material that gives it, so explanations quote words, not stems.</summary>
    public IReadOnlyDictionary<string, string> Surface { get; private init; } = new Dictionary<string, string>();

    /// <summary>The questions the user taught.</summary>
    public TaughtQuestions Taught { get; private init; } = null!;

    /// <summary>The user's current employer as named in their material and its analysed terms, or null.</summary>
    public (string Name, string[] Terms)? Employer { get; private init; }

    /// <summary>Per answer, the time its key names (<see cref="Tense.OfKey"/>): -1 a past move, 1 one under way, 0 none.</summary>
    public int[] KeyTense { get; private init; } = [];

    /// <summary>Per answer, whether its key names the current employer ("Why Acme").</summary>
    public bool[] NamesEmployer { get; private init; } = [];

    /// <summary>The folded names the user's own material is about (<see cref="ProperNames.Own"/>).</summary>
    public IReadOnlySet<string> OwnNames { get; private init; } = new HashSet<string>();

    /// <summary>A question as matching reads it: the companies and places it names read as what they stand for (<see cref="ProperNames"/>).</summary>
    public string Read(string question) => ProperNames.Embedded.Rewrite(question, OwnNames);

    /// <summary>Reads the bank.</summary>
    public static MaterialProfiles Build(StoryBank bank, MatchTuning tuning, CompetencyClassifier classifier)
    {
        var space = CompetencySpace.Create(classifier.Bank, bank);
        var surface = new Dictionary<string, string>(StringComparer.Ordinal);
        int dims = space.Count;

        Story[] stories = [.. bank.Stories];
        var storyOrdinal = new Dictionary<StoryId, int>();
        for (int s = 0; s < stories.Length; s++) storyOrdinal[stories[s].Id] = s;
        int OrdinalOf(StoryId? id) => id is { } i && bank.Find(i) is { } story && storyOrdinal.TryGetValue(story.Id, out int s) ? s : -1;

        var storyTexts = new string[stories.Length];
        var storyDocs = new List<Bm25Document<int>>(stories.Length);
        for (int s = 0; s < stories.Length; s++)
        {
            var story = stories[s];
            storyTexts[s] = MaterialText.Story(story);
            storyDocs.Add(new Bm25Document<int>(s, [new Bm25Field(story.Title, 2), new Bm25Field(story.Company ?? ""), new Bm25Field(storyTexts[s])]));
            RememberWords(surface, story.Title);
            RememberWords(surface, storyTexts[s]);
        }
        var storyIndex = Bm25Index<int>.Build(storyDocs, MatchText.Analyzer);

        Answer[] answers = [.. bank.Answers];
        var answerStory = new int[answers.Length];
        var answerTexts = new string[answers.Length];
        var answerDocs = new List<Bm25Document<int>>(answers.Length);
        for (int a = 0; a < answers.Length; a++)
        {
            answerStory[a] = OrdinalOf(answers[a].Story);
            answerTexts[a] = MaterialText.Answer(answers[a], bank);
            answerDocs.Add(new Bm25Document<int>(a, [new Bm25Field(answers[a].Key, tuning.AnswerKeyWeight), new Bm25Field(answerTexts[a])]));
            RememberWords(surface, answers[a].Key);
            RememberWords(surface, answerTexts[a]);
        }
        var answerIndex = Bm25Index<int>.Build(answerDocs, MatchText.Analyzer);
        (string Name, string[] Terms)? employer = CurrentEmployer.Find(bank, answerTexts) is { } name ? (name, [.. MatchText.Analyzer.Analyze(name)]) : null;
        if (employer is { Terms.Length: 1 } named) surface[named.Terms[0]] = named.Name;
        bool[] namesEmployer = [.. answers.Select(a => employer is { } e && CurrentEmployer.Names(a.Key, e.Name))];
        var own = ProperNames.Embedded.Own(bank, employer?.Name);
        var taught = TaughtQuestions.Build(bank, answers, space, text => ProperNames.Embedded.Rewrite(text, own),
            text => QuestionTerms.ForMaterial(MatchText.Analyzer.AnalyzeQuery(text), tuning, classifier));

        // Which principles cite each story, and a document per principle made of its stories as told.
        var citing = new List<int>[stories.Length];
        for (int s = 0; s < citing.Length; s++) citing[s] = [];
        var principleDocs = new List<Bm25Document<int>>();
        var titles = stories.Select(s => TitleWords(s.Title)).ToArray();
        for (int e = 0; e < space.Count; e++)
        {
            if (space.Entries[e].Principle is not { } principle) continue;
            foreach (var telling in principle.Stories)
            {
                int s = OrdinalOf(telling.Story);
                if (s < 0 && telling.Title is { } title) s = StoryTitled(title, titles);
                if (s >= 0 && !citing[s].Contains(e)) citing[s].Add(e);
            }
            principleDocs.Add(new Bm25Document<int>(e, [new Bm25Field(principle.Name, 2), new Bm25Field(MaterialText.Principle(principle, bank))]));
        }
        var principleIndex = Bm25Index<int>.Build(principleDocs, MatchText.Analyzer);
        int[][] storyPrinciples = [.. citing.Select(c => c.ToArray())];

        // Competency profiles: the user's own material, read through the question bank.
        var keyReader = AnswerKeyReader.Build(classifier.Bank.Competencies);
        var companies = AnswerKeyReader.CompanyWords(stories.Select(s => s.Company));
        var keyProfiles = new double[answers.Length * dims];
        var answerProfiles = new double[answers.Length * dims];
        var scratch = new double[dims];
        var caches = new TextCaches();
        for (int a = 0; a < answers.Length; a++)
        {
            var keyProfile = keyProfiles.AsSpan(a * dims, dims);
            keyReader.Score(answers[a].Key, answerTexts[a], scratch.AsSpan(0, keyReader.Competencies.Length), companies);
            AddNormalised(keyProfile, scratch, tuning.ProfileKeyPhrase);
            Classify(classifier, space, answers[a].Key, scratch, caches);
            AddNormalised(keyProfile, scratch, tuning.ProfileKeyWords);

            var profile = answerProfiles.AsSpan(a * dims, dims);
            keyProfile.CopyTo(profile);
            Classify(classifier, space, answerTexts[a], scratch, caches);
            AddNormalised(profile, scratch, tuning.ProfileAnswerText);
            if (tuning.ProfileLabels > 0)
            {
                string labels = string.Join(" . ", answers[a].Points.Select(p => p.Label).Where(l => !GenericLabels.Contains(l)));
                if (labels.Length > 0)
                {
                    Classify(classifier, space, labels, scratch, caches);
                    AddNormalised(profile, scratch, tuning.ProfileLabels);
                }
            }
            if (answerStory[a] >= 0) AddCitations(profile, storyPrinciples[answerStory[a]], tuning.ProfileCited * 0.5);
            Normalise(profile);
        }

        var tellers = new List<int>[stories.Length];
        for (int s = 0; s < tellers.Length; s++) tellers[s] = [];
        for (int a = 0; a < answers.Length; a++)
            if (answerStory[a] >= 0) tellers[answerStory[a]].Add(a);
        int[][] storyAnswers = [.. tellers.Select(t => t.ToArray())];

        // Classifying every story's text is most of the build; stories are independent, so large banks use all cores.
        var storyProfiles = new double[stories.Length * dims];
        var options = new ParallelOptions { MaxDegreeOfParallelism = stories.Length < 200 ? 1 : Environment.ProcessorCount };
        Parallel.For(0, stories.Length, options, () => (Scores: new double[dims], Caches: new TextCaches()), (s, _, local) =>
        {
            var (scores, textCaches) = local;
            var profile = storyProfiles.AsSpan(s * dims, dims);
            AddCitations(profile, storyPrinciples[s], tuning.ProfileCited);
            scores.AsSpan().Clear();
            foreach (int a in storyAnswers[s])
                for (int c = 0; c < dims; c++) scores[c] += keyProfiles[(a * dims) + c];
            AddNormalised(profile, scores, tuning.ProfileAnswers);
            Classify(classifier, space, $"{stories[s].Title} . {storyTexts[s]}", scores, textCaches);
            AddNormalised(profile, scores, tuning.ProfileText);
            Normalise(profile);
            return local;
        }, _ => { });

        return new MaterialProfiles(space)
        {
            Answers = answers,
            AnswerStory = answerStory,
            AnswerIndex = answerIndex,
            AnswerProfiles = answerProfiles,
            Stories = stories,
            StoryIndex = storyIndex,
            StoryProfiles = storyProfiles,
            StoryAnswers = storyAnswers,
            StoryPrinciples = storyPrinciples,
            PrincipleIndex = principleIndex,
            PrincipleEntries = [.. principleDocs.Select(d => d.Key)],
            Surface = surface,
            Taught = taught,
            Employer = employer,
            NamesEmployer = namesEmployer,
            KeyTense = [.. answers.Select(a => Tense.OfKey(a.Key))],
            OwnNames = own,
        };
    }

    private static readonly HashSet<string> GenericLabels = new(["Summary", "Situation", "Problem", "Context", "Background", "Task", "Mission", "Goal", "Action", "Actions", "Approach", "Result", "Results", "Outcome", "Impact", "Challenge", "Overcome", "Learned", "Lesson", "Project", "Experience"], StringComparer.OrdinalIgnoreCase);

    /// <summary>One row of a profile matrix.</summary>
    public ReadOnlySpan<double> AnswerProfile(int answer) => AnswerProfiles.AsSpan(answer * Dims, Dims);

    /// <summary>One row of a profile matrix.</summary>
    public ReadOnlySpan<double> StoryProfile(int story) => StoryProfiles.AsSpan(story * Dims, Dims);

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

    private static void RememberWords(Dictionary<string, string> surface, string text)
    {
        foreach (var token in Tokenizer.Enumerate(text))
        {
            if (token.Kind != TokenKind.Word) continue;
            string word = token.ToNormalizedString();
            surface.TryAdd(EnglishStemmer.Stem(word), word);
        }
    }

    /// <summary>
    /// Classifies the user's own text. Unlike a question it is not expanded with synonyms: a story of a hundred
    /// words would drag in a dozen themes, and expanding every story is most of the cost of building.
    /// <paramref name="caches"/> belong to one thread and make each word's analysis happen once per build.
    /// </summary>
    private static void Classify(CompetencyClassifier classifier, CompetencySpace space, string text, double[] scores, TextCaches caches)
    {
        Array.Clear(scores);
        caches.Terms.Clear();
        MatchText.Analyzer.AnalyzeInto(text, caches.Terms, caches.Analysed);
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in caches.Terms)
            counts[term] = counts.GetValueOrDefault(term) + 1;
        var terms = new List<(string Term, double Weight)>(counts.Count);
        foreach (var (term, count) in counts) terms.Add((term, count));
        classifier.Classify(terms, KeywordPhrases.Words(text, caches.Stems), scores.AsSpan(0, space.Known), useModel: false);
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
}
