namespace TellMe.Language;

/// <summary>
/// The text pipeline shared by indexing and querying: tokenise → drop stop words → stem →
/// terms, plus optional weighted synonym expansion for queries.
/// </summary>
/// <remarks>
/// <para>Documents and queries must go through the same analyzer (same stop words, same stemmer),
/// otherwise their terms do not line up; that is why this is one object rather than loose steps.</para>
/// <para>Only <see cref="TokenKind.Word"/> tokens are stemmed; numbers and CJK bigrams are used as
/// normalised. Stop words are checked on the normalised surface form before stemming, without
/// allocating (see <see cref="StopWords"/>).</para>
/// <para>The stemmer is injected (<c>Func&lt;string, string&gt;</c>, receiving a lowercase word) so
/// this layer does not depend on a particular algorithm; TellMe plugs in Porter2. It must be pure
/// and thread-safe. An empty result drops the token.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class TextAnalyzer
{
    /// <summary>
    /// Weight of a synonym relative to the user's own word (1.0): high enough that a story using
    /// only synonyms is found, low enough that a story using the asker's own words ranks above it.
    /// </summary>
    public const double DefaultSynonymWeight = 0.5;

    private readonly Func<string, string> _stemmer;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="stemmer">Maps a lowercase word to its stem; pass <c>w =&gt; w</c> to disable stemming.</param>
    /// <param name="stopWords">Tokens to drop; defaults to <see cref="StopWords.English"/>.</param>
    /// <param name="synonyms">
    /// Groups used by <see cref="AnalyzeQuery"/>; null disables expansion. Build it with the same
    /// <paramref name="stemmer"/>, or its stems will not match.
    /// </param>
    /// <param name="synonymWeight">Weight of an expanded term, in (0, 1].</param>
    /// <param name="abbreviations">
    /// Word pairs whose abbreviation is emitted after them (documents and queries alike); null for none.
    /// Build it with the same <paramref name="stemmer"/>.
    /// </param>
    public TextAnalyzer(
        Func<string, string> stemmer,
        StopWords? stopWords = null,
        Synonyms? synonyms = null,
        double synonymWeight = DefaultSynonymWeight,
        Abbreviations? abbreviations = null)
    {
        ArgumentNullException.ThrowIfNull(stemmer);
        if (!(synonymWeight > 0 && synonymWeight <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(synonymWeight), synonymWeight, "Synonym weight must be in (0, 1].");
        }

        _stemmer = stemmer;
        StopWords = stopWords ?? StopWords.English;
        Synonyms = synonyms;
        SynonymWeight = synonymWeight;
        Abbreviations = abbreviations;
    }

    /// <summary>Word pairs that also yield their abbreviation ("site reliability" → "sre"), or null.</summary>
    public Abbreviations? Abbreviations { get; }

    /// <summary>The stop words dropped before stemming.</summary>
    public StopWords StopWords { get; }

    /// <summary>Synonym groups used for query expansion, or null when expansion is off.</summary>
    public Synonyms? Synonyms { get; }

    private const string UnitedStates = "US";
    private const string TheStates = "States";
    private const string Usa = "usa";

    /// <summary>Weight given to synonym-expanded query terms.</summary>
    public double SynonymWeight { get; }

    /// <summary>
    /// Terms of <paramref name="text"/> in order, repeats kept: this is what an index counts term
    /// frequencies and document length from.
    /// </summary>
    public IReadOnlyList<string> Analyze(ReadOnlySpan<char> text)
    {
        var terms = new List<string>();
        AnalyzeInto(text, terms);
        return terms;
    }

    /// <summary>
    /// Appends the terms of <paramref name="text"/> to <paramref name="terms"/>; lets a caller reuse
    /// one list across many documents.
    /// </summary>
    public void AnalyzeInto(ReadOnlySpan<char> text, List<string> terms) => AnalyzeInto(text, terms, cache: null);

    /// <summary>
    /// As <see cref="AnalyzeInto(ReadOnlySpan{char}, List{string})"/>, memoising normalised
    /// surface form → term in <paramref name="cache"/> (empty string = dropped). Word frequencies
    /// are Zipfian, so while indexing many documents almost every token is a cache hit that needs
    /// neither a string allocation nor a stemmer call, and equal terms share one string instance.
    /// The cache belongs to one caller (one index build); it is not shared, so the analyzer itself
    /// stays free of mutable state.
    /// </summary>
    internal void AnalyzeInto(ReadOnlySpan<char> text, List<string> terms, Dictionary<string, string>? cache)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var hasCache = cache is not null;
        var lookup = hasCache ? cache!.GetAlternateLookup<ReadOnlySpan<char>>() : default;
        Span<char> buffer = stackalloc char[Tokenizer.MaxTokenLength];
        var abbreviations = Abbreviations;
        string? previous = null; // the last kept term, when it may start an abbreviated pair
        foreach (var token in Tokenizer.Enumerate(text))
        {
            string term;
            // "US" in capitals is the country, not the stop word "us": "relocate to the US", "Why US". So is
            // "States" with its capital ("the States", "United States"), never a lower-case "state" ("the state
            // of the codebase", "a stateful service"), which once reached the country through a synonym.
            if (token.Raw.SequenceEqual(UnitedStates) || token.Raw.SequenceEqual(TheStates))
            {
                term = Usa;
            }
            else
            {
                var length = token.Normalize(buffer);
                var normalised = buffer[..length];
                if (!hasCache || !lookup.TryGetValue(normalised, out term!))
                {
                    if (length == 0 || StopWords.Contains(normalised))
                    {
                        term = "";
                    }
                    else
                    {
                        var surface = new string(normalised);
                        term = (token.Kind == TokenKind.Word ? _stemmer(surface) : surface) ?? "";
                    }

                    if (hasCache)
                    {
                        lookup[normalised] = term;
                    }
                }
            }

            if (term.Length == 0)
            {
                previous = null;
                continue;
            }

            terms.Add(term);
            if (abbreviations is not null)
            {
                if (previous is not null && abbreviations.Of(previous, term) is { } abbreviation)
                {
                    // Once per phrase: "site reliability engineering" is one SRE, not two.
                    terms.Add(abbreviation);
                    previous = null;
                }
                else
                {
                    previous = abbreviations.Starts(term) ? term : null;
                }
            }
        }
    }

    /// <summary>
    /// Weighted, de-duplicated query terms: the input to <c>Bm25Index.Search</c>.
    /// </summary>
    /// <remarks>
    /// <para>Each occurrence of a term in the query adds 1.0 to its weight (so a term the asker
    /// repeats counts twice, the classic BM25 treatment of query term frequency).</para>
    /// <para>With synonyms configured, every stem from <see cref="Synonyms.Expand"/> that is not
    /// already a query term is appended once with <see cref="SynonymWeight"/> — not summed when
    /// several query terms lead to it, so a question that piles up words from one group does not
    /// let the group's other members outweigh the words actually asked.</para>
    /// <para>Order: original terms in first-occurrence order, then synonyms in discovery order,
    /// so results are deterministic.</para>
    /// </remarks>
    public IReadOnlyList<(string Term, double Weight)> AnalyzeQuery(ReadOnlySpan<char> text)
    {
        var terms = new List<string>();
        AnalyzeInto(text, terms);

        var result = new List<(string Term, double Weight)>(terms.Count);
        var slots = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (slots.TryGetValue(term, out var slot))
            {
                result[slot] = (term, result[slot].Weight + 1.0);
            }
            else
            {
                slots[term] = result.Count;
                result.Add((term, 1.0));
            }
        }

        if (Synonyms is { } synonyms)
        {
            var originals = result.Count;
            for (var i = 0; i < originals; i++)
            {
                foreach (var expansion in synonyms.Expand(result[i].Term))
                {
                    if (slots.TryAdd(expansion, result.Count))
                    {
                        result.Add((expansion, SynonymWeight));
                    }
                }
            }
        }

        return result;
    }
}
