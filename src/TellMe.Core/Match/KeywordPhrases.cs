using TellMe.Match.Questions;
using TellMe.Language;
using TellMe.Competencies;

namespace TellMe.Match;

/// <summary>
/// Finds the competencies' multi-word keywords ("tell me about yourself", "good at", "why us", "five years")
/// in a question, word for word.
/// </summary>
/// <remarks>
/// These phrases are made of words the ordinary analysis drops as stop words, so bag-of-words matching
/// cannot see them, yet they are the surest sign of what is asked: "What are you really good at?" is a
/// strengths question only because of "good at". Words are stemmed, so "where would you see yourself"
/// still needs the exact keyword words but not their exact endings. A phrase shared by several
/// competencies is split between them.
/// </remarks>
internal sealed class KeywordPhrases
{
    private readonly Dictionary<string, List<(string[] Words, int Competency, double Weight)>> _byFirstWord;

    private KeywordPhrases(Dictionary<string, List<(string[], int, double)>> byFirstWord) => _byFirstWord = byFirstWord;

    /// <summary>
    /// Collects the multi-word keywords of every competency, each weighted by how reliably it marks its
    /// competency in the labelled questions: "why us" occurs only in questions about the company, "what do you
    /// do" in questions about anything, so the first counts and the second barely does.
    /// </summary>
    public static KeywordPhrases Build(QuestionBank bank)
    {
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var questionWords = bank.Questions.Select(q => Words(q.Text, stems)).ToArray();
        var questionsWith = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int q = 0; q < questionWords.Length; q++)
            foreach (var word in questionWords[q].Distinct())
            {
                if (!questionsWith.TryGetValue(word, out var list)) questionsWith[word] = list = [];
                list.Add(q);
            }
        var owners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (int c = 0; c < bank.Competencies.Length; c++)
            foreach (var keyword in bank.Competencies[c].Keywords)
            {
                var phrase = Words(keyword, stems);
                if (phrase.Length < 2) continue;
                string key = string.Join(' ', phrase);
                words[key] = phrase;
                if (!owners.TryGetValue(key, out var list)) owners[key] = list = [];
                if (!list.Contains(c)) list.Add(c);
            }
        var byFirstWord = new Dictionary<string, List<(string[], int, double)>>(StringComparer.Ordinal);
        foreach (var (key, competencies) in owners)
        {
            var phrase = words[key];
            if (!byFirstWord.TryGetValue(phrase[0], out var list)) byFirstWord[phrase[0]] = list = [];
            foreach (int c in competencies)
                list.Add((phrase, c, Precision(phrase, bank.Competencies[c].Id, bank, questionWords, questionsWith) / competencies.Count));
        }
        return new KeywordPhrases(byFirstWord);
    }

    /// <summary>
    /// Adds, per competency, the weight of its phrases found in <paramref name="words"/> (from <see cref="Words(ReadOnlySpan{char})"/>);
    /// returns the largest single phrase weight (0 when none), which says how much to trust the result.
    /// </summary>
    public double Score(string[] words, Span<double> scores)
    {
        double strongest = 0;
        for (int i = 0; i < words.Length; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates)) continue;
            foreach (var (phrase, competency, weight) in candidates)
            {
                if (i + phrase.Length > words.Length) continue;
                bool match = true;
                for (int k = 1; k < phrase.Length && match; k++) match = words[i + k] == phrase[k];
                if (!match) continue;
                scores[competency] += weight;
                strongest = Math.Max(strongest, weight);
            }
        }
        return strongest;
    }

    /// <summary>
    /// Of the labelled questions containing the phrase, the share labelled with the competency, with one
    /// imagined hit and one imagined miss so that an unseen phrase gets the benefit of the doubt (½).
    /// </summary>
    private static double Precision(string[] phrase, CompetencyId label, QuestionBank bank, string[][] questionWords, Dictionary<string, List<int>> questionsWith)
    {
        int containing = 0, labelled = 0;
        foreach (int q in questionsWith.GetValueOrDefault(phrase[0]) ?? [])
        {
            if (!Contains(questionWords[q], phrase)) continue;
            containing++;
            if (bank.Questions[q].Competencies.Contains(label)) labelled++;
        }
        return (labelled + 1.0) / (containing + 2.0);
    }

    private static bool Contains(string[] words, string[] phrase)
    {
        for (int i = 0; i + phrase.Length <= words.Length; i++)
        {
            bool match = true;
            for (int k = 0; k < phrase.Length && match; k++) match = words[i + k] == phrase[k];
            if (match) return true;
        }
        return false;
    }

    /// <summary>Every word of a text, stop words kept, stemmed.</summary>
    public static string[] Words(ReadOnlySpan<char> text) => Words(text, null);

    /// <summary>
    /// As <see cref="Words(ReadOnlySpan{char})"/>, remembering normalised word → stem in <paramref name="stems"/>
    /// (owned by one caller, one thread), so a build that reads thousands of texts stems each word once.
    /// </summary>
    public static string[] Words(ReadOnlySpan<char> text, Dictionary<string, string>? stems)
    {
        var words = new List<string>();
        var lookup = stems?.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[Tokenizer.MaxTokenLength];
        foreach (var token in Tokenizer.Enumerate(text))
        {
            var normalised = buffer[..token.Normalize(buffer)];
            if (lookup is { } cache && cache.TryGetValue(normalised, out var known))
            {
                words.Add(known);
                continue;
            }
            string word = new(normalised);
            string stem = token.Kind == TokenKind.Word ? EnglishStemmer.Stem(word) : word;
            if (lookup is { } store) store[normalised] = stem;
            words.Add(stem);
        }
        return [.. words];
    }
}
