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
/// <para>The vocabulary is the taxonomy's (<c>data/competencies.yaml</c>), never a word of one user: the
/// matcher profiles answers with it and the drill chooses a card's questions with it.</para>
/// </remarks>
public sealed class AnswerKeyReader
{
    /// <summary>The least score <see cref="Guess"/> takes for a reading: below it the key merely shares "why" with a name.</summary>
    public const double MinimumGuess = 0.1;

    /// <summary>
    /// How much a key that meets only a competency's keyword counts against one that meets its name or one of
    /// its answer names: "Vision" is a keyword of leadership and of thinking big, but the answer name of an
    /// engineer's values, and the answer name must win the tie.
    /// </summary>
    private const double KeywordWeight = 0.95;

    private readonly string[][][] _names;
    private readonly string[][][] _keywords;

    private AnswerKeyReader(ImmutableArray<Competency> competencies, string[][][] names, string[][][] keywords)
    {
        Competencies = competencies;
        _names = names;
        _keywords = keywords;
    }

    /// <summary>The competencies scores are indexed by, in the order given.</summary>
    public ImmutableArray<Competency> Competencies { get; }

    /// <summary>Prepares the names, keywords and answer names of <paramref name="competencies"/>.</summary>
    public static AnswerKeyReader Build(IEnumerable<Competency> competencies)
    {
        ArgumentNullException.ThrowIfNull(competencies);
        ImmutableArray<Competency> list = [.. competencies];
        var names = new string[list.Length][][];
        var keywords = new string[list.Length][][];
        for (int c = 0; c < list.Length; c++)
        {
            var competency = list[c];
            names[c] = [.. competency.AnswerKeys.Prepend(competency.Name).Select(Words).Where(w => w.Length > 0)];
            keywords[c] = [.. competency.Keywords.Select(Words).Where(w => w.Length > 0)];
        }
        return new AnswerKeyReader(list, names, keywords);
    }

    /// <summary>Writes, per competency, how closely <paramref name="key"/> matches its best phrase (0 to 1).</summary>
    /// <param name="key">The answer's key.</param>
    /// <param name="scores">Receives the scores (length <see cref="Competencies"/>).</param>
    /// <param name="companies">Words of the companies the user's stories happened at (<see cref="CompanyWords"/>):
    /// in a key they stand for "company", so "Why Acme" reads as "why company".</param>
    public void Score(string key, Span<double> scores, IReadOnlySet<string>? companies = null)
    {
        scores.Clear();
        var words = Words(key);
        if (words.Length == 0) return;
        Score(words, scores, 1);
        if (companies is not { Count: > 0 } || !words.Any(companies.Contains)) return;
        // At half strength: a key naming the user's own employer is about that company, but as often about
        // joining or leaving it as about wanting it, and it must not tie with the plain "Why us".
        for (int i = 0; i < words.Length; i++)
            if (companies.Contains(words[i])) words[i] = CompanyWord;
        Score(words, scores, 0.5);
    }

    /// <summary>
    /// The competency a key names best among those <paramref name="include"/> accepts, or null when none scores
    /// <see cref="MinimumGuess"/> ("Zebra", or "Why State U", which only shares "why" with the names).
    /// </summary>
    public Competency? Guess(string key, Func<Competency, bool>? include = null, IReadOnlySet<string>? companies = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var scores = new double[Competencies.Length];
        Score(key, scores, companies);
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
            if ((include is null || include(Competencies[c])) && scores[c] >= MinimumGuess && (best < 0 || scores[c] > scores[best])) best = c;
        return best < 0 ? null : Competencies[best];
    }

    private void Score(string[] words, Span<double> scores, double strength)
    {
        for (int c = 0; c < _names.Length; c++)
        {
            double best = 0;
            foreach (var phrase in _names[c]) best = Math.Max(best, Jaccard(words, phrase));
            foreach (var phrase in _keywords[c]) best = Math.Max(best, KeywordWeight * Jaccard(words, phrase));
            scores[c] = Math.Max(scores[c], strength * best * best);
        }
    }

    private static double Jaccard(string[] words, string[] phrase)
    {
        int shared = 0;
        foreach (var word in phrase)
            if (Array.IndexOf(words, word) >= 0) shared++;
        return (double)shared / (words.Length + phrase.Length - shared);
    }

    private static readonly string CompanyWord = Porter2Stemmer.Instance.Stem("company");

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

    private static string[] Words(string text)
    {
        var words = new List<string>();
        foreach (var token in Tokenizer.Enumerate(text))
        {
            string word = token.ToNormalizedString();
            if (token.Kind == TokenKind.Word) word = Porter2Stemmer.Instance.Stem(word);
            if (!words.Contains(word)) words.Add(word);
        }
        return [.. words];
    }
}
