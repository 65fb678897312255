namespace TellMe.Match.Index;

/// <summary>
/// How one query term contributed to a hit; the matcher turns these into the "why this story"
/// explanation.
/// </summary>
/// <param name="Term">The (stemmed) term.</param>
/// <param name="QueryWeight">Its weight in the query (1.0 for the user's words, less for synonyms).</param>
/// <param name="TermFrequency">Field-weighted frequency of the term in the document.</param>
/// <param name="Contribution">Its share of the hit's score; the contributions sum to the score.</param>
public readonly record struct Bm25TermMatch(string Term, double QueryWeight, double TermFrequency, double Contribution);
