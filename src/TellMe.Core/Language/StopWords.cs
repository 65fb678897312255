using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TellMe.Language;

/// <summary>
/// An immutable set of normalised tokens that the analyzer drops before stemming.
/// </summary>
/// <remarks>
/// <para>Stop words are matched against the <em>normalised surface form</em> (lowercase, apostrophes
/// removed, see <see cref="Token.Normalize"/>), not against stems: the lists below are written as
/// people type them, and the check happens before the (injected) stemmer runs. Lookups accept a
/// span so the analyzer can reject a stop word without allocating a string for it.</para>
/// <para>The same set must be used for documents and queries. BM25's IDF already discounts
/// words that are common <em>in the indexed stories</em>, but question phrasing ("tell me about a
/// time…") is common in the <em>queries</em>, not the stories, so IDF cannot discount it. That is
/// why <see cref="InterviewFiller"/> exists on top of ordinary function words.</para>
/// </remarks>
public sealed class StopWords
{
    /// <summary>
    /// Closed-class English words (articles, pronouns, prepositions, conjunctions, auxiliaries,
    /// question words). They occur in every story and question alike, so they add noise to
    /// document length and to matching without ever telling two stories apart. Negations ("not",
    /// "no") are here too: a bag-of-words ranker cannot use them correctly anyway.
    /// </summary>
    public static ImmutableArray<string> FunctionWords { get; } =
    [
        // Articles and determiners.
        "a", "an", "the", "this", "that", "these", "those", "each", "every", "either", "neither",
        "some", "any", "all", "both", "few", "many", "much", "more", "most", "other", "another",
        "such", "same",

        // Personal, possessive and reflexive pronouns (including the "me" of "tell me").
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
        "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself",
        "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves",

        // Relative and interrogative words: the scaffolding of every question.
        "who", "whom", "whose", "which", "what", "whatever", "how", "when", "where", "why",

        // Prepositions.
        "about", "above", "across", "after", "against", "along", "among", "around", "at",
        "before", "behind", "below", "between", "beyond", "by", "down", "during", "for", "from",
        "in", "inside", "into", "of", "off", "on", "onto", "out", "over", "per", "since", "than",
        "through", "to", "toward", "towards", "under", "until", "up", "upon", "via", "with",
        "within", "without",

        // Conjunctions and connective adverbs.
        "and", "but", "or", "nor", "so", "yet", "if", "because", "as", "while", "although",
        "though", "unless", "whether", "then", "also", "else", "there", "here", "again",

        // Auxiliary and modal verbs.
        "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having",
        "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must",

        // Degree words and negation.
        "very", "too", "just", "only", "not", "no",

        // Contractions after normalisation removed the apostrophe ("didn't" → "didnt"). Forms with
        // "'s" never appear because the tokenizer strips it. Ambiguous results such as "well"
        // (we'll), "ill" (I'll), "id" (I'd), "shell" and "shed" are deliberately left out.
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt",
        "couldnt", "shouldnt", "cant", "cannot", "hasnt", "havent", "hadnt", "im", "ive",
        "youre", "youve", "youll", "youd", "weve", "theyre", "theyve", "theyll", "theyd",
    ];

    /// <summary>
    /// Words that behavioural-question templates are built from ("Tell me about a time…",
    /// "Describe a situation…", "Give an example…", "Walk me through…", "Share an experience…").
    /// They say <em>that</em> a story is wanted, never <em>which</em> one, yet they are absent from
    /// the stories, so without this list they would either match nothing or match random
    /// incidental uses ("at the time", "full-time").
    /// </summary>
    /// <remarks>
    /// Deliberately <em>not</em> here: words that name the competency being asked about, such as
    /// "conflict", "fail", "failure", "mistake", "customer", "deadline", "difficult",
    /// "challenge", "disagree", "feedback", "lead", "team", "decision", "risk", "pressure",
    /// "learn". "time" is here because "tell me about a time" dwarfs every meaningful use; "time
    /// pressure" and "time management" still match through "pressure", "management" and the
    /// deadline synonym group.
    /// </remarks>
    public static ImmutableArray<string> InterviewFiller { get; } =
    [
        // Request verbs that open a question.
        "tell", "describe", "give", "share", "walk", "talk", "explain", "recall", "discuss",
        "please", "like",

        // Nouns that mean "a story" rather than what the story is about.
        "time", "times", "example", "examples", "instance", "occasion", "situation", "situations",
        "scenario", "scenarios", "story", "stories", "moment", "experience", "experiences",

        // Vague placeholders and hedges of question phrasing.
        "specific", "particular", "ever", "recent", "recently", "lately", "something", "someone",
        "anything", "thing", "things", "kind", "handle", "handled", "etc", "eg", "ie",
    ];

    /// <summary>
    /// <see cref="FunctionWords"/> plus <see cref="InterviewFiller"/>: the set the matcher uses.
    /// </summary>
    public static StopWords English { get; } = new(FunctionWords.Concat(InterviewFiller));

    /// <summary>An empty set, for analyzers that must keep every token (e.g. exact-phrase tools).</summary>
    public static StopWords None { get; } = new([]);

    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    /// <summary>
    /// Creates a set from words in any case; they are normalised the same way tokens are, so
    /// "Don't" and "dont" are the same entry.
    /// </summary>
    public StopWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var normalised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            ArgumentNullException.ThrowIfNull(word);
            foreach (var token in Tokenizer.Enumerate(word))
            {
                normalised.Add(token.ToNormalizedString());
            }
        }

        _words = normalised.ToFrozenSet(StringComparer.Ordinal);
        _spanLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct stop words.</summary>
    public int Count => _words.Count;

    /// <summary>The words, in no particular order.</summary>
    public IReadOnlyCollection<string> Words => _words;

    /// <summary>True when the normalised token is a stop word.</summary>
    public bool Contains(ReadOnlySpan<char> normalizedToken) => _spanLookup.Contains(normalizedToken);

    /// <summary>True when the normalised token is a stop word.</summary>
    public bool Contains(string normalizedToken) => _words.Contains(normalizedToken);

    /// <summary>A new set with <paramref name="words"/> added (this one is unchanged).</summary>
    public StopWords Union(IEnumerable<string> words) => new(_words.Concat(words));

    /// <summary>
    /// A new set without <paramref name="words"/>, e.g. to keep "not" for a caller that handles
    /// negation (this one is unchanged).
    /// </summary>
    public StopWords Except(IEnumerable<string> words)
    {
        var removed = new StopWords(words);
        return new(_words.Where(w => !removed.Contains(w)));
    }
}
