namespace TellMe.Tests.Match;

/// <summary>
/// Independent reference implementation of the documented BM25 formula, written for obviousness
/// rather than speed: no inverted index, no precomputation, every number recomputed from the raw
/// term lists for every query term and document. The index is checked against this.
/// </summary>
/// <remarks>
/// score(d) = Σ_(t,w) w · ln(1 + (N − n + 0.5)/(n + 0.5)) · tf·(k1 + 1)/(tf + k1·(1 − b + b·dl/avgdl)),
/// tf = Σ_f weight_f · count(t in f), dl = Σ_f weight_f · |f|, avgdl = mean dl.
/// </remarks>
internal sealed class NaiveBm25(IReadOnlyList<IReadOnlyList<(IReadOnlyList<string> Terms, double Weight)>> documents, double k1, double b)
{
    public double[] Score(IReadOnlyList<(string Term, double Weight)> query)
    {
        var n = documents.Count;
        var lengths = new double[n];
        var totalLength = 0.0;
        for (var d = 0; d < n; d++)
        {
            foreach (var (terms, weight) in documents[d])
            {
                lengths[d] += weight * terms.Count;
            }

            totalLength += lengths[d];
        }

        var averageLength = totalLength / n;
        var scores = new double[n];
        foreach (var (term, queryWeight) in query)
        {
            var containing = 0;
            for (var d = 0; d < n; d++)
            {
                if (TermFrequency(d, term) > 0)
                {
                    containing++;
                }
            }

            var idf = Math.Log(1 + ((n - containing + 0.5) / (containing + 0.5)));
            for (var d = 0; d < n; d++)
            {
                var tf = TermFrequency(d, term);
                if (tf > 0 && queryWeight > 0)
                {
                    scores[d] += queryWeight * idf * tf * (k1 + 1) / (tf + (k1 * (1 - b + (b * lengths[d] / averageLength))));
                }
            }
        }

        return scores;
    }

    private double TermFrequency(int d, string term)
    {
        var tf = 0.0;
        foreach (var (terms, weight) in documents[d])
        {
            foreach (var t in terms)
            {
                if (t == term)
                {
                    tf += weight;
                }
            }
        }

        return tf;
    }
}
