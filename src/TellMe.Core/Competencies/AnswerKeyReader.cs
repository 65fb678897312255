using System.Collections.Immutable;
using TellMe.Language;

namespace TellMe.Competencies;

/// <summary>
/// Reads an answer key such as "Tight Schedule" or "Why US" as a name for a competency, by comparing it with
/// the competencies' names, keywords and common answer names (<see cref="Competency.AnswerKeys"/>) word by word.
/// </summary>
/// <remarks>
/// <para>Keys are two or three words, often only question words ("Why US" is nothing but stop words), so the
/// ordinary analysis would erase them. Here every word counts, stemmed so "Why applied" meets "why apply".
/// A competency scores the best overlap (Jaccard) of the key with its name, one of its answer names or (a little less) one of its keywords, squared
/// so that an exact phrase ("Tight Schedule" is the keyword "tight schedule") outweighs several one-word
/// brushes ("feedback" is a keyword of three competencies).</para>
/// <para>A phrase counts only when the key holds all of it or shares a content word with it: "Why Freelance"
/// shares only "why" with "why us", which says nothing about either.</para>
/// <para>A key that names nothing the taxonomy knows — a proper name such as a school, "Why State U" — is read
/// through the answer's own words instead (<see cref="Score(string, string?, Span{double}, IReadOnlySet{string}?)"/>):
/// an answer about a degree, a program and its courses is about the choice of education whatever the school is
/// called.</para>
/// <para>The vocabulary is the taxonomy's (<c>data/competencies.yaml</c>), never a word of one user: the
/// matcher profiles answers with it and the drill chooses a card's questions with it.</para>
/// </remarks>
public sealed class AnswerKeyReader
{
    /// <summary>The least score <see cref="Guess(string, string?, Func{Competency, bool}?, IReadOnlySet{string}?)"/> takes for a reading: below it the key merely shares "why" with a name.</summary>
    public const double MinimumGuess = 0.1;

    /// <summary>
    /// How much a key that meets only a competency's keyword counts against one that meets its name or one of
    /// its answer names: "Vision" is a keyword of leadership and of thinking big, but the answer name of an
    /// engineer's values, and the answer name must win the tie.
    /// </summary>
    private const double KeywordWeight = 0.95;

    /// <summary>
    /// How much an answer's text counts when its key names nothing: less than a key that names its topic, since
    /// a text brushes several topics, but enough to pass <see cref="MinimumGuess"/> when one stands out.
    /// </summary>
    private const double TextWeight = 0.5;

    private readonly Phrase[][] _names;
    private readonly Phrase[][] _keywords;

    // Per first word of a keyword, the keywords starting with it and their competency, for reading a text.
    private readonly Dictionary<string, List<(Phrase Phrase, int Competency)>> _keywordsByFirstWord;

    // Per keyword (its words joined), how many competencies list it: a word every topic shares tells little.
    private readonly Dictionary<string, int> _keywordOwners;

    private AnswerKeyReader(ImmutableArray<Competency> competencies, Phrase[][] names, Phrase[][] keywords)
    {
        Competencies = competencies;
        _names = names;
        _keywords = keywords;
        _keywordsByFirstWord = new(StringComparer.Ordinal);
        _keywordOwners = new(StringComparer.Ordinal);
        for (int c = 0; c < keywords.Length; c++)
            foreach (var phrase in keywords[c].DistinctBy(p => p.Key))
            {
                if (!_keywordsByFirstWord.TryGetValue(phrase.Words[0], out var list)) _keywordsByFirstWord[phrase.Words[0]] = list = [];
                list.Add((phrase, c));
                _keywordOwners[phrase.Key] = _keywordOwners.GetValueOrDefault(phrase.Key) + 1;
            }
    }

    /// <summary>The competencies scores are indexed by, in the order given.</summary>
    public ImmutableArray<Competency> Competencies { get; }

    /// <summary>Prepares the names, keywords and answer names of <paramref name="competencies"/>.</summary>
    public static AnswerKeyReader Build(IEnumerable<Competency> competencies)
    {
        ArgumentNullException.ThrowIfNull(competencies);
        ImmutableArray<Competency> list = [.. competencies];
        var names = new Phrase[list.Length][];
        var keywords = new Phrase[list.Length][];
        for (int c = 0; c < list.Length; c++)
        {
            var competency = list[c];
            names[c] = [.. competency.AnswerKeys.Prepend(competency.Name).Select(Phrase.Of).Where(p => p.Words.Length > 0)];
            keywords[c] = [.. competency.Keywords.Select(Phrase.Of).Where(p => p.Words.Length > 0)];
        }
        return new AnswerKeyReader(list, names, keywords);
    }

    /// <summary>Writes, per competency, how closely <paramref name="key"/> matches its best phrase (0 to 1).</summary>
    /// <param name="key">The answer's key.</param>
    /// <param name="scores">Receives the scores (length <see cref="Competencies"/>).</param>
    /// <param name="companies">Words of the companies the user's stories happened at (<see cref="CompanyWords"/>):
    /// in a key they stand for "company", so "Why Acme" reads as "why company".</param>
    public void Score(string key, Span<double> scores, IReadOnlySet<string>? companies = null) => Score(key, null, scores, companies);

    /// <summary>
    /// As <see cref="Score(string, Span{double}, IReadOnlySet{string}?)"/>, and when the key names nothing (no
    /// score reaches <see cref="MinimumGuess"/>: a proper name such as "Why State U"), reads the answer's
    /// <paramref name="text"/> for the taxonomy's keywords: each competency scores the keywords of it the text
    /// holds, a keyword shared by several competencies split between them, the best scaled to
    /// <see cref="TextWeight"/>.
    /// </summary>
    /// <param name="key">The answer's key.</param>
    /// <param name="text">The answer's own words (its points, labels included), or null.</param>
    /// <param name="scores">Receives the scores (length <see cref="Competencies"/>).</param>
    /// <param name="companies">Words of the companies the user's stories happened at.</param>
    public void Score(string key, string? text, Span<double> scores, IReadOnlySet<string>? companies = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        scores.Clear();
        var words = Phrase.Of(key);
        if (words.Words.Length > 0)
        {
            Score(words, scores, 1);
            if (companies is { Count: > 0 } && words.Words.Any(companies.Contains))
            {
                // At half strength: a key naming the user's own employer is about that company, but as often about
                // joining or leaving it as about wanting it, and it must not tie with the plain "Why us".
                var read = new string[words.Words.Length];
                for (int i = 0; i < read.Length; i++) read[i] = companies.Contains(words.Words[i]) ? CompanyWord : words.Words[i];
                Score(new Phrase(read, [.. read.Select((w, i) => w == CompanyWord || words.Content[i])]), scores, 0.5);
            }
        }
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var score in scores)
            if (score >= MinimumGuess) return;
        ReadText(text, scores);
    }

    private void ReadText(string text, Span<double> scores)
    {
        var words = Phrase.Of(text, distinct: false).Words;
        var found = new HashSet<(string Key, int Competency)>();
        for (int i = 0; i < words.Length; i++)
        {
            if (!_keywordsByFirstWord.TryGetValue(words[i], out var candidates)) continue;
            foreach (var (phrase, competency) in candidates)
                if (phrase.Content.Any(c => c) && phrase.StartsAt(words, i)) found.Add((phrase.Key, competency));
        }
        if (found.Count == 0) return;
        var hits = new double[scores.Length];
        foreach (var (key, competency) in found) hits[competency] += 1.0 / _keywordOwners[key];
        double best = hits.Max();
        for (int c = 0; c < scores.Length; c++) scores[c] = Math.Max(scores[c], TextWeight * hits[c] / best);
    }

    /// <summary>
    /// The competency a key names best among those <paramref name="include"/> accepts, or null when none scores
    /// <see cref="MinimumGuess"/> ("Zebra", or "Why State U", which only shares "why" with the names).
    /// </summary>
    public Competency? Guess(string key, Func<Competency, bool>? include = null, IReadOnlySet<string>? companies = null) =>
        Guess(key, null, include, companies);

    /// <summary>
    /// As <see cref="Guess(string, Func{Competency, bool}?, IReadOnlySet{string}?)"/>, reading the answer's
    /// <paramref name="text"/> when its key names nothing ("Why State U" with points about a master's program
    /// and its courses is the choice of education).
    /// </summary>
    public Competency? Guess(string key, string? text, Func<Competency, bool>? include = null, IReadOnlySet<string>? companies = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var scores = new double[Competencies.Length];
        Score(key, text, scores, companies);
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
            if ((include is null || include(Competencies[c])) && scores[c] >= MinimumGuess && (best < 0 || scores[c] > scores[best])) best = c;
        return best < 0 ? null : Competencies[best];
    }

    private void Score(Phrase key, Span<double> scores, double strength)
    {
        for (int c = 0; c < _names.Length; c++)
        {
            double best = 0;
            foreach (var phrase in _names[c]) best = Math.Max(best, Similarity(key, phrase));
            foreach (var phrase in _keywords[c]) best = Math.Max(best, KeywordWeight * Similarity(key, phrase));
            scores[c] = Math.Max(scores[c], strength * best * best);
        }
    }

    /// <summary>
    /// The words shared over the words of either (Jaccard), when the key holds the whole phrase or shares a
    /// content word with it; 0 when all they share is "why" or "my".
    /// </summary>
    private static double Similarity(Phrase key, Phrase phrase)
    {
        int shared = 0;
        bool content = false;
        for (int i = 0; i < phrase.Words.Length; i++)
        {
            if (Array.IndexOf(key.Words, phrase.Words[i]) < 0) continue;
            shared++;
            content |= phrase.Content[i];
        }
        if (shared == 0 || (!content && shared < phrase.Words.Length)) return 0;
        return (double)shared / (key.Words.Length + phrase.Words.Length - shared);
    }

    private static readonly string CompanyWord = EnglishStemmer.Stem("company");

    /// <summary>The words of company names as keys are compared ("Acme Labs" gives "acm", "lab").</summary>
    public static HashSet<string> CompanyWords(IEnumerable<string?> companies)
    {
        ArgumentNullException.ThrowIfNull(companies);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var company in companies)
            if (company is not null)
                foreach (var word in Words(company)) words.Add(word);
        return words;
    }

    private static string[] Words(string text) => Phrase.Of(text).Words;

    /// <summary>Stemmed words of a name or keyword, each marked content (not a stop word) or not.</summary>
    private sealed record Phrase(string[] Words, bool[] Content)
    {
        private const string UnitedStates = "US";
        private const string Country = "usa";

        public string Key { get; } = string.Join(' ', Words);

        public static Phrase Of(string text) => Of(text, distinct: true);

        public static Phrase Of(string text, bool distinct)
        {
            var words = new List<string>();
            var content = new List<bool>();
            foreach (var token in Tokenizer.Enumerate(text))
            {
                string word = token.ToNormalizedString();
                bool isContent = !StopWords.English.Contains(word);
                if (token.Kind == TokenKind.Word) word = EnglishStemmer.Stem(word);
                // "US" in capitals is the country, as in every question the analyser reads: a key "Why US" is why
                // the United States, never "why us" (this company).
                if (token.Raw.SequenceEqual(UnitedStates)) (word, isContent) = (Country, true);
                if (distinct && words.Contains(word)) continue;
                words.Add(word);
                content.Add(isContent);
            }
            return new Phrase([.. words], [.. content]);
        }

        /// <summary>True when <paramref name="words"/> hold this phrase word for word from <paramref name="at"/>.</summary>
        public bool StartsAt(string[] words, int at)
        {
            if (at + Words.Length > words.Length) return false;
            for (int k = 0; k < Words.Length; k++)
                if (words[at + k] != Words[k]) return false;
            return true;
        }
    }
}
