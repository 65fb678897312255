namespace TellMe.Match.Index;

/// <summary>A ranked search result.</summary>
/// <param name="Key">The document's key.</param>
/// <param name="Score">BM25 score; comparable only within one index and query.</param>
/// <param name="MatchedTerms">The query terms found in the document, in query order.</param>
public sealed record Bm25Hit<TKey>(TKey Key, double Score, IReadOnlyList<Bm25TermMatch> MatchedTerms)
    where TKey : notnull;
