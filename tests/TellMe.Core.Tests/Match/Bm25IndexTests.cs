using System.Diagnostics;
using TellMe.Match.Index;
using TellMe.Language;
using TellMe.Tests.Language;

namespace TellMe.Tests.Match;

public sealed class Bm25IndexTests
{
    private const double Exact = 1e-9;

    /// <summary>
    /// Worked example, k1 = 1.2, b = 0.75, one field of weight 1:
    /// <code>
    /// D0: conflict team deadline        dl = 3
    /// D1: conflict conflict manager     dl = 3
    /// D2: customer deadline             dl = 2
    /// D3: mentor junior engineer team   dl = 4
    /// N = 4, avgdl = 12/4 = 3
    ///
    /// IDF(conflict) = IDF(deadline) = ln(1 + (4 − 2 + 0.5)/(2 + 0.5)) = ln 2 = 0.6931471805599453
    /// IDF(mentor)   = ln(1 + (4 − 1 + 0.5)/(1 + 0.5)) = ln(10/3)       = 1.2039728043259361
    ///
    /// K(d) = k1·(1 − b + b·dl/avgdl):  K(dl=3) = 1.2,  K(dl=2) = 1.2·0.75 = 0.9,  K(dl=4) = 1.2·1.25 = 1.5
    ///
    /// "conflict": D0  ln2 · 1·2.2/(1 + 1.2)  = ln2 · 1      = 0.6931471805599453
    ///             D1  ln2 · 2·2.2/(2 + 1.2)  = ln2 · 1.375  = 0.9530773732699248
    /// "deadline": D2  ln2 · 2.2/(1 + 0.9)    = ln2 · 22/19  = 0.8025914722273051
    ///             D0  ln2 · 1                               = 0.6931471805599453
    /// "mentor":   D3  ln(10/3) · 2.2/(1 + 1.5) = ln(10/3) · 0.88 = 1.0594960678068237
    /// "conflict deadline": D0 = 2·ln2 = 1.3862943611198906, D1 = 0.9530773732699248, D2 = 0.8025914722273051
    /// </code>
    /// </summary>
    private static Bm25Index<string> WorkedExample() =>
        Bm25Index<string>.Build(
        [
            new AnalyzedDocument<string>("D0", ["conflict", "team", "deadline"]),
            new AnalyzedDocument<string>("D1", ["conflict", "conflict", "manager"]),
            new AnalyzedDocument<string>("D2", ["customer", "deadline"]),
            new AnalyzedDocument<string>("D3", ["mentor", "junior", "engineer", "team"]),
        ]);

    [Fact]
    public void Worked_example_matches_hand_computed_scores()
    {
        var index = WorkedExample();
        Assert.Equal(4, index.DocumentCount);
        Assert.Equal(3.0, index.AverageDocumentLength);
        Assert.Equal(Math.Log(2), index.Idf("conflict"), Exact);
        Assert.Equal(Math.Log(10.0 / 3.0), index.Idf("mentor"), Exact);

        var conflict = index.Search([("conflict", 1.0)], 10);
        Assert.Equal(["D1", "D0"], conflict.Select(h => h.Key));
        Assert.Equal(0.9530773732699248, conflict[0].Score, Exact);
        Assert.Equal(0.6931471805599453, conflict[1].Score, Exact);

        var mentor = Assert.Single(index.Search([("mentor", 1.0)], 10));
        Assert.Equal(1.0594960678068237, mentor.Score, Exact);

        var both = index.Search([("conflict", 1.0), ("deadline", 1.0)], 10);
        Assert.Equal(["D0", "D1", "D2"], both.Select(h => h.Key));
        Assert.Equal(1.3862943611198906, both[0].Score, Exact);
        Assert.Equal(0.9530773732699248, both[1].Score, Exact);
        Assert.Equal(0.8025914722273051, both[2].Score, Exact);
    }

    [Fact]
    public void Query_weights_scale_contributions_linearly()
    {
        var index = WorkedExample();
        var hit = index.Search([("conflict", 1.0), ("deadline", 0.5)], 1)[0];

        // D0: ln2 · 1 + 0.5 · ln2 · 1 = 1.5 · ln2
        Assert.Equal("D0", hit.Key);
        Assert.Equal(1.5 * 0.6931471805599453, hit.Score, Exact);
    }

    [Fact]
    public void Matched_terms_explain_the_score()
    {
        var index = WorkedExample();
        var hit = index.Search([("conflict", 1.0), ("absent", 1.0), ("deadline", 0.5)], 1)[0];

        Assert.Equal(
            [new Bm25TermMatch("conflict", 1.0, 1.0, Math.Log(2)), new Bm25TermMatch("deadline", 0.5, 1.0, 0.5 * Math.Log(2))],
            hit.MatchedTerms);
        Assert.Equal(hit.Score, hit.MatchedTerms.Sum(m => m.Contribution));
    }

    /// <summary>
    /// Field weighting, k1 = 1.2, b = 0.75:
    /// <code>
    /// A: title "conflict" ×2, body "team deadline" ×1 → tf(conflict) = 2, dl = 2·1 + 1·2 = 4
    /// B: body "conflict manager team" ×1             → tf(conflict) = 1, dl = 3
    /// C: body "customer" ×1                          → dl = 1
    /// N = 3, avgdl = 8/3, IDF(conflict) = ln(1 + 1.5/2.5) = ln 1.6
    /// A: K = 1.2·(0.25 + 0.75·4/(8/3)) = 1.65   → ln1.6 · 2·2.2/(2 + 1.65)  = 0.5665797174469143
    /// B: K = 1.2·(0.25 + 0.75·3/(8/3)) = 1.3125 → ln1.6 · 2.2/(1 + 1.3125) = 0.44713858782297017
    /// </code>
    /// </summary>
    [Fact]
    public void Field_weights_multiply_term_frequency_and_length()
    {
        var analyzer = new TextAnalyzer(TestStemmers.Identity);
        var index = Bm25Index<char>.Build(
        [
            new Bm25Document<char>('A', [new Bm25Field("Conflict", 2.0), new Bm25Field("team deadline")]),
            new Bm25Document<char>('B', "conflict, manager, team"),
            new Bm25Document<char>('C', [new Bm25Field("customer"), new Bm25Field("ignored entirely", 0)]),
        ], analyzer);

        Assert.Equal(8.0 / 3.0, index.AverageDocumentLength, Exact);
        var hits = index.Search(analyzer.AnalyzeQuery("Tell me about a conflict"), 5);
        Assert.Equal(['A', 'B'], hits.Select(h => h.Key));
        Assert.Equal(0.5665797174469143, hits[0].Score, Exact);
        Assert.Equal(0.44713858782297017, hits[1].Score, Exact);
        Assert.Empty(index.Search([("ignored", 1.0)], 5));
        Assert.Equal(2.0, hits[0].MatchedTerms[0].TermFrequency);
    }

    /// <summary>
    /// Cross-check against a published value: the rank_bm25 README (github.com/dorianbrown/rank_bm25)
    /// scores the corpus below with BM25Okapi(k1 = 1.5, b = 0.75) for "windy London" as
    /// [0, 0.93729472, 0]. rank_bm25 uses the classic IDF ln((N − n + 0.5)/(n + 0.5)) without the +1;
    /// both query terms have n = 1, so both IDF variants are the same constant for both terms and
    /// the TF-saturation/length-normalisation part is shared. Hence
    /// ours = published · ln(1 + 2.5/1.5) / ln(2.5/1.5) = published · ln(8/3)/ln(5/3).
    /// (Tokens are split on spaces exactly as in the README, so "man!" and "today?" stay as is.)
    /// </summary>
    [Fact]
    public void Agrees_with_rank_bm25_published_example_after_idf_conversion()
    {
        string[] corpus = ["Hello there good man!", "It is quite windy in London", "How is the weather today?"];
        var index = Bm25Index<int>.Build(
            corpus.Select((text, i) => new AnalyzedDocument<int>(i, text.Split(' '))),
            new Bm25Parameters { K1 = 1.5, B = 0.75 });

        var hits = index.Search([("windy", 1.0), ("London", 1.0)], 3);

        const double published = 0.93729472; // 8 decimals in the README
        var conversion = Math.Log(8.0 / 3.0) / Math.Log(5.0 / 3.0);
        var hit = Assert.Single(hits);
        Assert.Equal(1, hit.Key);
        Assert.Equal(published, hit.Score / conversion, 5e-9);
    }

    [Fact]
    public void Idf_is_never_negative_even_for_terms_in_every_document()
    {
        var index = Bm25Index<int>.Build(Enumerable.Range(0, 10).Select(i => new AnalyzedDocument<int>(i, new[] { "team", $"t{i}" })));

        // ln(1 + 0.5/10.5) > 0, whereas the classic ln(0.5/10.5) would be negative.
        Assert.Equal(Math.Log(1 + (0.5 / 10.5)), index.Idf("team"), Exact);
        Assert.All(index.Search([("team", 1.0)], 10), h => Assert.True(h.Score > 0));
        Assert.Equal(Math.Log(1 + (10.5 / 0.5)), index.Idf("unknown"), Exact);
    }

    [Fact]
    public void Ties_keep_insertion_order_and_top_limits_results()
    {
        var index = Bm25Index<string>.Build(
            new[] { "e", "d", "c", "b", "a" }.Select(k => new AnalyzedDocument<string>(k, new[] { "same", k })));

        Assert.Equal(["e", "d", "c", "b", "a"], index.Search([("same", 1.0)], 10).Select(h => h.Key));
        Assert.Equal(["e", "d"], index.Search([("same", 1.0)], 2).Select(h => h.Key));
        Assert.Empty(index.Search([("same", 1.0)], 0));
    }

    [Fact]
    public void Duplicate_query_terms_add_their_weights()
    {
        var index = WorkedExample();
        var twice = index.Search([("conflict", 1.0), ("conflict", 1.0)], 10);
        var doubled = index.Search([("conflict", 2.0)], 10);
        Assert.Equal(doubled.Select(h => h.Score), twice.Select(h => h.Score));
        Assert.Equal(2.0, Assert.Single(twice[0].MatchedTerms).QueryWeight);
    }

    [Fact]
    public void Invalid_input_is_rejected()
    {
        var index = WorkedExample();
        Assert.Throws<ArgumentException>(() => index.Search([("conflict", -1.0)], 1));
        Assert.Throws<ArgumentException>(() => index.Search([("conflict", double.NaN)], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search([("conflict", 1.0)], -1));
        Assert.Throws<ArgumentException>(() => Bm25Index<int>.Build(
            [new AnalyzedDocument<int>(1, ["a"]), new AnalyzedDocument<int>(1, ["b"])]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Bm25Parameters { K1 = -0.1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Bm25Parameters { B = 1.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Bm25Field("x", -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalyzedField(["x"], double.PositiveInfinity));
    }

    [Fact]
    public void Empty_index_and_empty_documents_are_harmless()
    {
        var empty = Bm25Index<int>.Build(Array.Empty<AnalyzedDocument<int>>());
        Assert.Empty(empty.Search([("x", 1.0)], 5));
        Assert.Equal(0, empty.AverageDocumentLength);

        var blank = Bm25Index<int>.Build([new AnalyzedDocument<int>(1, Array.Empty<string>()), new AnalyzedDocument<int>(2, Array.Empty<string>())]);
        Assert.Empty(blank.Search([("x", 1.0)], 5));
        Assert.Equal(0, blank.TermCount);
    }

    [Fact]
    public void Custom_key_comparer_is_used_for_duplicate_detection()
    {
        Assert.Throws<ArgumentException>(() => Bm25Index<string>.Build(
            [new AnalyzedDocument<string>("Story", ["a"]), new AnalyzedDocument<string>("story", ["b"])],
            keyComparer: StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Synonym_expansion_finds_stories_in_other_words_but_ranks_own_words_first()
    {
        var synonyms = Synonyms.Interview(TestStemmers.Suffix);
        var analyzer = new TextAnalyzer(TestStemmers.Suffix, synonyms: synonyms);
        var index = Bm25Index<string>.Build(
        [
            new Bm25Document<string>("pushback", [new Bm25Field("Pushback on the API design", 2), new Bm25Field("I got strong pushback from another team and we argued it out over data.")]),
            new Bm25Document<string>("disagreement", [new Bm25Field("Disagreement on the API design", 2), new Bm25Field("We had a disagreement with another team about the design.")]),
            new Bm25Document<string>("mentoring", [new Bm25Field("Mentoring a junior engineer", 2), new Bm25Field("I coached a new hire through her first on-call rotation.")]),
        ], analyzer);

        var hits = index.Search(analyzer.AnalyzeQuery("Tell me about a disagreement with another team."), 3);

        Assert.Equal(["disagreement", "pushback"], hits.Select(h => h.Key));
        Assert.Contains(hits[1].MatchedTerms, m => m.Term == "pushback" && m.QueryWeight == TextAnalyzer.DefaultSynonymWeight);
    }

    [Fact]
    public void Building_from_text_equals_building_from_separately_analysed_terms()
    {
        // Build(text) memoises analysis per build; it must give exactly what Analyze gives,
        // including dropped stop words and stems the stemmer maps to "".
        var analyzer = new TextAnalyzer(static w => w.StartsWith('z') ? "" : TestStemmers.Suffix(w));
        var random = new Random(3);
        string[] words = ["the", "conflicts", "conflict", "zap", "K8s", "1,000", "対立した", "team's", "deadlines", "migrating", "I", "tell"];
        string Text() => string.Join(' ', Enumerable.Range(0, random.Next(0, 30)).Select(_ => words[random.Next(words.Length)]));
        var documents = Enumerable.Range(0, 50)
            .Select(i => new Bm25Document<int>(i, [new Bm25Field(Text(), 2), new Bm25Field(Text())]))
            .ToArray();

        var fromText = Bm25Index<int>.Build(documents, analyzer);
        var fromTerms = Bm25Index<int>.Build(documents.Select(d =>
            new AnalyzedDocument<int>(d.Key, d.Fields.Select(f => new AnalyzedField(analyzer.Analyze(f.Text), f.Weight)).ToArray())));

        Assert.Equal(fromTerms.TermCount, fromText.TermCount);
        Assert.Equal(fromTerms.AverageDocumentLength, fromText.AverageDocumentLength);
        var query = analyzer.AnalyzeQuery(string.Join(' ', words));
        Assert.Equal(
            fromTerms.Search(query, 50).Select(h => (h.Key, h.Score)),
            fromText.Search(query, 50).Select(h => (h.Key, h.Score)));
    }

    [Fact]
    public void Searching_concurrently_gives_identical_results()
    {
        var random = new Random(7);
        var index = Bm25Index<int>.Build(Enumerable.Range(0, 500).Select(i =>
            new AnalyzedDocument<int>(i, Enumerable.Range(0, 50).Select(_ => $"w{random.Next(300)}").ToArray())));
        (string, double)[] query = [("w1", 1.0), ("w2", 0.5), ("w3", 1.0), ("w299", 2.0)];
        var expected = index.Search(query, 20).Select(h => (h.Key, h.Score)).ToArray();

        Parallel.For(0, 500, _ => Assert.Equal(expected, index.Search(query, 20).Select(h => (h.Key, h.Score))));
    }
}
