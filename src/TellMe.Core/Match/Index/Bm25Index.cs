using System.Buffers;
using System.Collections.ObjectModel;
using System.Runtime.InteropServices;
using TellMe.Language;

namespace TellMe.Match.Index;

/// <summary>
/// An immutable in-memory BM25 index over documents with weighted fields.
/// </summary>
/// <remarks>
/// <para><b>Scoring.</b> For a query of (term t, weight w) pairs the score of document d is</para>
/// <code>
/// score(d) = Σ_t  w_t · IDF(t) · tf(t,d)·(k1 + 1) / (tf(t,d) + k1·(1 − b + b·dl(d)/avgdl))
/// IDF(t)   = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5))
/// </code>
/// <para>N is the number of documents and n(t) the number containing t. The IDF is the
/// Robertson–Spärck Jones weight with the +1 inside the logarithm, as in Lucene's
/// <c>BM25Similarity</c>: the classic ln((N − n + 0.5)/(n + 0.5)) goes negative for terms in more
/// than half the documents, which would let a matching common word <em>lower</em> a score; with
/// the +1 it is always positive. The saturation part keeps the classic (k1 + 1) numerator
/// (Robertson &amp; Zaragoza 2009, rank_bm25, txtai); Lucene ≥ 8 drops that constant factor, which
/// changes scores by a factor of k1 + 1 but never the ranking.</para>
/// <para><b>Fields.</b> Field weights are applied as weighted term frequencies: tf(t,d) =
/// Σ_f weight_f · count(t in f) and dl(d) = Σ_f weight_f · |f| (terms after stop-word removal),
/// avgdl being the mean of dl. This is BM25F with one shared b, where length is normalised over
/// the whole weighted document: the title ×2 of a story then behaves exactly as if the title
/// were written twice. Per-field b values would need per-field average lengths, and story titles
/// are too short for that to pay off. Because weighting happens before saturation, a term in
/// both title and body saturates once, as BM25F intends, instead of being scored twice.</para>
/// <para><b>Layout.</b> Postings are stored contiguously per term (document ordinals ascending,
/// with the weighted tf alongside), and k1·(1 − b + b·dl/avgdl) is precomputed per document, so
/// a query touches only the postings of its terms. Accumulators come from
/// <see cref="ArrayPool{T}"/>; top-k selection uses a bounded heap.</para>
/// <para><b>Determinism.</b> Ties are broken by insertion order, so equal scores always come out
/// in the order documents were added.</para>
/// <para>The index is immutable after <c>Build</c>; any number of threads may search it.</para>
/// </remarks>
/// <typeparam name="TKey">Document key returned in hits.</typeparam>
public sealed class Bm25Index<TKey>
    where TKey : notnull
{
    private readonly TKey[] _keys;
    private readonly double[] _norms;
    private readonly Dictionary<string, int> _termIds;
    private readonly int[] _postingStarts;
    private readonly int[] _postingDocs;
    private readonly double[] _postingTfs;
    private readonly double _k1Plus1;

    private Bm25Index(
        Bm25Parameters parameters,
        TKey[] keys,
        double[] lengths,
        Dictionary<string, int> termIds,
        int[] postingStarts,
        int[] postingDocs,
        double[] postingTfs)
    {
        Parameters = parameters;
        _keys = keys;
        _termIds = termIds;
        _postingStarts = postingStarts;
        _postingDocs = postingDocs;
        _postingTfs = postingTfs;
        _k1Plus1 = parameters.K1 + 1;
        Keys = Array.AsReadOnly(keys);

        var total = 0.0;
        foreach (var length in lengths)
        {
            total += length;
        }

        AverageDocumentLength = keys.Length == 0 ? 0 : total / keys.Length;

        // When every document is empty avgdl is 0, but then no document has postings and its
        // norm is never read; 1 just avoids a NaN in the unused value.
        var averageForNorm = AverageDocumentLength > 0 ? AverageDocumentLength : 1;
        _norms = new double[keys.Length];
        for (var d = 0; d < keys.Length; d++)
        {
            _norms[d] = parameters.K1 * (1 - parameters.B + (parameters.B * lengths[d] / averageForNorm));
        }
    }

    /// <summary>The k1 and b the index scores with.</summary>
    public Bm25Parameters Parameters { get; }

    /// <summary>Number of documents (N).</summary>
    public int DocumentCount => _keys.Length;

    /// <summary>Number of distinct terms.</summary>
    public int TermCount => _termIds.Count;

    /// <summary>Mean field-weighted document length (avgdl).</summary>
    public double AverageDocumentLength { get; }

    /// <summary>Document keys in insertion order.</summary>
    public ReadOnlyCollection<TKey> Keys { get; }

    /// <summary>
    /// Analyses and indexes <paramref name="documents"/>. Documents and later queries must use
    /// the same <paramref name="analyzer"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Two documents have the same key.</exception>
    public static Bm25Index<TKey> Build(
        IEnumerable<Bm25Document<TKey>> documents,
        TextAnalyzer analyzer,
        Bm25Parameters? parameters = null,
        IEqualityComparer<TKey>? keyComparer = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(analyzer);
        var accumulator = new Accumulator(keyComparer);
        var terms = new List<string>();
        var cache = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document);
            accumulator.BeginDocument(document.Key);
            foreach (var field in document.Fields)
            {
                if (field.Weight == 0)
                {
                    continue;
                }

                terms.Clear();
                analyzer.AnalyzeInto(field.Text, terms, cache);
                accumulator.AddField(terms, field.Weight);
            }

            accumulator.EndDocument();
        }

        return accumulator.Freeze(parameters ?? Bm25Parameters.Default);
    }

    /// <summary>Indexes documents whose fields are already analysed into terms.</summary>
    /// <exception cref="ArgumentException">Two documents have the same key.</exception>
    public static Bm25Index<TKey> Build(
        IEnumerable<AnalyzedDocument<TKey>> documents,
        Bm25Parameters? parameters = null,
        IEqualityComparer<TKey>? keyComparer = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var accumulator = new Accumulator(keyComparer);
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document);
            accumulator.BeginDocument(document.Key);
            foreach (var field in document.Fields)
            {
                accumulator.AddField(field.Terms, field.Weight);
            }

            accumulator.EndDocument();
        }

        return accumulator.Freeze(parameters ?? Bm25Parameters.Default);
    }

    /// <summary>Number of documents containing <paramref name="term"/> (n).</summary>
    public int DocumentFrequency(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _termIds.TryGetValue(term, out var id) ? _postingStarts[id + 1] - _postingStarts[id] : 0;
    }

    /// <summary>
    /// ln(1 + (N − n + 0.5)/(n + 0.5)) for <paramref name="term"/> (n = 0 for an unknown term, the
    /// largest possible value). Exposed so the matcher can explain why a rare word dominates a score.
    /// </summary>
    public double Idf(string term) => Idf(DocumentFrequency(term));

    private double Idf(int documentFrequency) =>
        Math.Log(1 + ((_keys.Length - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>
    /// Returns up to <paramref name="top"/> documents matching at least one query term, best first.
    /// </summary>
    /// <param name="query">
    /// Weighted terms, typically from <see cref="TextAnalyzer.AnalyzeQuery"/>. Terms must be
    /// analysed like the documents. A term listed twice counts with the sum of its weights;
    /// weight-0 and unknown terms are ignored.
    /// </param>
    /// <param name="top">Maximum number of hits; 0 returns none.</param>
    /// <exception cref="ArgumentException">A weight is negative, NaN or infinite.</exception>
    public IReadOnlyList<Bm25Hit<TKey>> Search(IReadOnlyList<(string term, double weight)> query, int top)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var resolved = Resolve(query, out var termCount);

        if (top == 0 || termCount == 0)
        {
            return [];
        }

        var documentCount = _keys.Length;
        var scores = ArrayPool<double>.Shared.Rent(documentCount);
        var touched = ArrayPool<int>.Shared.Rent(documentCount);
        try
        {
            Array.Clear(scores, 0, documentCount);
            var touchedCount = 0;
            var norms = _norms;
            for (var q = 0; q < termCount; q++)
            {
                ref var queryTerm = ref resolved[q];
                var start = _postingStarts[queryTerm.Id];
                var length = _postingStarts[queryTerm.Id + 1] - start;
                queryTerm.Scale = queryTerm.Weight * Idf(length) * _k1Plus1;
                var scale = queryTerm.Scale;
                var docs = new ReadOnlySpan<int>(_postingDocs, start, length);
                var tfs = new ReadOnlySpan<double>(_postingTfs, start, length);
                for (var p = 0; p < docs.Length; p++)
                {
                    var d = docs[p];
                    var tf = tfs[p];
                    var contribution = scale * tf / (tf + norms[d]);
                    if (contribution == 0)
                    {
                        continue; // only by underflow; keeps "score 0 ⇔ untouched" exact
                    }

                    if (scores[d] == 0)
                    {
                        touched[touchedCount++] = d;
                    }

                    scores[d] += contribution;
                }
            }

            var ranked = SelectTop(scores, touched.AsSpan(0, touchedCount), Math.Min(top, touchedCount));
            var hits = new Bm25Hit<TKey>[ranked.Length];
            for (var h = 0; h < ranked.Length; h++)
            {
                var d = ranked[h];
                hits[h] = new Bm25Hit<TKey>(_keys[d], scores[d], Explain(d, resolved.AsSpan(0, termCount)));
            }

            return hits;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(touched);
            ArrayPool<double>.Shared.Return(scores);
        }
    }

    /// <summary>
    /// Writes every document's score into <paramref name="scores"/> by insertion ordinal (0 for documents that
    /// match no term), without ranking or explaining: for callers that combine BM25 with other per-document
    /// signals and would otherwise ask <see cref="Search"/> for all documents and discard the explanations.
    /// </summary>
    /// <param name="query">Weighted terms, as for <see cref="Search"/>.</param>
    /// <param name="scores">At least <see cref="DocumentCount"/> long; overwritten.</param>
    /// <exception cref="ArgumentException">A weight is negative, NaN or infinite, or <paramref name="scores"/> is too short.</exception>
    public void ScoreAll(IReadOnlyList<(string term, double weight)> query, Span<double> scores)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (scores.Length < _keys.Length)
        {
            throw new ArgumentException($"The score buffer holds {scores.Length} values; the index has {_keys.Length} documents.", nameof(scores));
        }

        scores[.._keys.Length].Clear();
        var resolved = Resolve(query, out var termCount);
        var norms = _norms;
        for (var q = 0; q < termCount; q++)
        {
            ref var queryTerm = ref resolved[q];
            var start = _postingStarts[queryTerm.Id];
            var length = _postingStarts[queryTerm.Id + 1] - start;
            var scale = queryTerm.Weight * Idf(length) * _k1Plus1;
            var docs = new ReadOnlySpan<int>(_postingDocs, start, length);
            var tfs = new ReadOnlySpan<double>(_postingTfs, start, length);
            for (var p = 0; p < docs.Length; p++)
            {
                var tf = tfs[p];
                scores[docs[p]] += scale * tf / (tf + norms[docs[p]]);
            }
        }
    }

    /// <summary>
    /// How each query term contributes to the document at insertion ordinal <paramref name="document"/>, the same
    /// values <see cref="Search"/> reports in <see cref="Bm25Hit{TKey}.MatchedTerms"/>.
    /// </summary>
    public IReadOnlyList<Bm25TermMatch> ExplainDocument(IReadOnlyList<(string term, double weight)> query, int document)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(document);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(document, _keys.Length);
        var resolved = Resolve(query, out var termCount);
        for (var q = 0; q < termCount; q++)
        {
            ref var queryTerm = ref resolved[q];
            queryTerm.Scale = queryTerm.Weight * Idf(_postingStarts[queryTerm.Id + 1] - _postingStarts[queryTerm.Id]) * _k1Plus1;
        }

        return Explain(document, resolved.AsSpan(0, termCount));
    }

    /// <summary>
    /// Validates the query and merges it into known terms with summed weights, in first-occurrence order;
    /// weight-0 and unknown terms are dropped.
    /// </summary>
    private QueryTerm[] Resolve(IReadOnlyList<(string term, double weight)> query, out int termCount)
    {
        var resolved = new QueryTerm[query.Count];
        termCount = 0;
        for (var i = 0; i < query.Count; i++)
        {
            var (term, weight) = query[i];
            ArgumentNullException.ThrowIfNull(term, nameof(query));
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentException($"Query weight for '{term}' must be finite and >= 0, was {weight}.", nameof(query));
            }

            if (weight == 0 || !_termIds.TryGetValue(term, out var id))
            {
                continue;
            }

            var existing = 0;
            while (existing < termCount && resolved[existing].Id != id)
            {
                existing++;
            }

            if (existing < termCount)
            {
                resolved[existing].Weight += weight;
            }
            else
            {
                resolved[termCount++] = new QueryTerm { Id = id, Term = term, Weight = weight };
            }
        }

        return resolved;
    }

    /// <summary>
    /// Recomputes each matching term's contribution for one hit, with the same expression and in
    /// the same order as the accumulation, so the contributions sum exactly to the hit's score.
    /// Done only for the returned hits (binary search in postings), which is cheaper than tracking
    /// matched terms for every touched document.
    /// </summary>
    private Bm25TermMatch[] Explain(int d, ReadOnlySpan<QueryTerm> terms)
    {
        var matches = new List<Bm25TermMatch>(terms.Length);
        foreach (var queryTerm in terms)
        {
            var start = _postingStarts[queryTerm.Id];
            var index = Array.BinarySearch(_postingDocs, start, _postingStarts[queryTerm.Id + 1] - start, d);
            if (index < 0)
            {
                continue;
            }

            var tf = _postingTfs[index];
            var contribution = queryTerm.Scale * tf / (tf + _norms[d]);
            if (contribution != 0)
            {
                matches.Add(new Bm25TermMatch(queryTerm.Term, queryTerm.Weight, tf, contribution));
            }
        }

        return [.. matches];
    }

    /// <summary>
    /// Picks the best <paramref name="count"/> documents with a bounded min-heap (root = worst
    /// kept), O(touched · log count), then drains it into best-first order.
    /// </summary>
    private static int[] SelectTop(double[] scores, ReadOnlySpan<int> candidates, int count)
    {
        var heap = new int[count];
        var size = 0;
        foreach (var d in candidates)
        {
            if (size < count)
            {
                heap[size] = d;
                SiftUp(heap, size++, scores);
            }
            else if (Better(d, heap[0], scores))
            {
                heap[0] = d;
                SiftDown(heap, size, scores);
            }
        }

        var ranked = new int[size];
        for (var i = size - 1; i >= 0; i--)
        {
            ranked[i] = heap[0];
            heap[0] = heap[--size];
            SiftDown(heap, size, scores);
        }

        return ranked;
    }

    private static bool Better(int a, int b, double[] scores) =>
        scores[a] > scores[b] || (scores[a] == scores[b] && a < b);

    private static void SiftUp(int[] heap, int index, double[] scores)
    {
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (!Better(heap[parent], heap[index], scores))
            {
                return;
            }

            (heap[parent], heap[index]) = (heap[index], heap[parent]);
            index = parent;
        }
    }

    private static void SiftDown(int[] heap, int size, double[] scores)
    {
        var index = 0;
        while (true)
        {
            var left = (2 * index) + 1;
            if (left >= size)
            {
                return;
            }

            var worst = left;
            var right = left + 1;
            if (right < size && Better(heap[left], heap[right], scores))
            {
                worst = right;
            }

            if (!Better(heap[index], heap[worst], scores))
            {
                return;
            }

            (heap[index], heap[worst]) = (heap[worst], heap[index]);
            index = worst;
        }
    }

    private struct QueryTerm
    {
        public int Id;
        public string Term;
        public double Weight;
        public double Scale;
    }

    /// <summary>
    /// Collects a forward index (per document: term id, weighted tf) while counting document
    /// frequencies, then inverts it into contiguous postings in one pass. Per-document term
    /// frequencies are summed in a dense scratch array indexed by term id, so adding a term is
    /// one dictionary lookup and one array write.
    /// </summary>
    private sealed class Accumulator(IEqualityComparer<TKey>? keyComparer)
    {
        private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
        private readonly List<int> _documentFrequencies = [];
        private readonly List<int> _touched = [];
        private readonly List<int> _forwardTerms = [];
        private readonly List<double> _forwardTfs = [];
        private readonly List<int> _documentEnds = [];
        private readonly List<double> _lengths = [];
        private readonly List<TKey> _keys = [];
        private readonly HashSet<TKey> _seen = new(keyComparer);
        private double[] _scratch = new double[1024];
        private double _length;

        public void BeginDocument(TKey key)
        {
            ArgumentNullException.ThrowIfNull(key);
            if (!_seen.Add(key))
            {
                throw new ArgumentException($"Duplicate document key '{key}'.", "documents");
            }

            _keys.Add(key);
        }

        public void AddField(IReadOnlyList<string> terms, double weight)
        {
            if (weight == 0)
            {
                return;
            }

            for (var i = 0; i < terms.Count; i++)
            {
                var term = terms[i] ?? throw new ArgumentException("Terms must not be null.", "documents");
                if (!_termIds.TryGetValue(term, out var id))
                {
                    id = _termIds.Count;
                    _termIds.Add(term, id);
                    _documentFrequencies.Add(0);
                    if (id == _scratch.Length)
                    {
                        Array.Resize(ref _scratch, _scratch.Length * 2);
                    }
                }

                if (_scratch[id] == 0)
                {
                    _touched.Add(id);
                }

                _scratch[id] += weight;
            }

            _length += weight * terms.Count;
        }

        public void EndDocument()
        {
            var frequencies = CollectionsMarshal.AsSpan(_documentFrequencies);
            foreach (var id in CollectionsMarshal.AsSpan(_touched))
            {
                _forwardTerms.Add(id);
                _forwardTfs.Add(_scratch[id]);
                _scratch[id] = 0;
                frequencies[id]++;
            }

            _touched.Clear();
            _documentEnds.Add(_forwardTerms.Count);
            _lengths.Add(_length);
            _length = 0;
        }

        public Bm25Index<TKey> Freeze(Bm25Parameters parameters)
        {
            var termCount = _termIds.Count;
            var starts = new int[termCount + 1];
            var frequencies = CollectionsMarshal.AsSpan(_documentFrequencies);
            for (var t = 0; t < termCount; t++)
            {
                starts[t + 1] = starts[t] + frequencies[t];
            }

            var cursor = starts[..termCount];
            var docs = new int[_forwardTerms.Count];
            var tfs = new double[_forwardTerms.Count];
            var forwardTerms = CollectionsMarshal.AsSpan(_forwardTerms);
            var forwardTfs = CollectionsMarshal.AsSpan(_forwardTfs);
            var begin = 0;
            for (var d = 0; d < _documentEnds.Count; d++)
            {
                var end = _documentEnds[d];
                for (var p = begin; p < end; p++)
                {
                    var slot = cursor[forwardTerms[p]]++;
                    docs[slot] = d;
                    tfs[slot] = forwardTfs[p];
                }

                begin = end;
            }

            return new Bm25Index<TKey>(parameters, [.. _keys], [.. _lengths], _termIds, starts, docs, tfs);
        }
    }
}
