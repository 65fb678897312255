namespace TellMe.Match;

/// <summary>
/// A question's analysed terms as each part of matching weighs them: synonyms at the weight that part wants,
/// and, against the user's material, words common in interview questions discounted by their rarity in the
/// question bank.
/// </summary>
internal static class QuestionTerms
{
    /// <summary>The analyzer marks synonyms with its fixed weight; each use of them wants its own.</summary>
    public static List<(string Term, double Weight)> Reweight(IReadOnlyList<(string Term, double Weight)> terms, double synonymWeight)
    {
        var result = new List<(string Term, double Weight)>(terms.Count);
        double marker = MatchText.Analyzer.SynonymWeight;
        foreach (var (term, weight) in terms)
        {
            if (weight != marker) result.Add((term, weight));
            else if (synonymWeight > 0) result.Add((term, synonymWeight));
        }
        return result;
    }

    /// <summary>
    /// Terms as they are matched against the user's material: synonyms at <see cref="MatchTuning.MaterialSynonyms"/>,
    /// each word weighted by its rarity among the labelled questions (so "project" or "work", said in every kind of
    /// question, counts less than "CTO").
    /// </summary>
    public static List<(string Term, double Weight)> ForMaterial(IReadOnlyList<(string Term, double Weight)> analysed, MatchTuning tuning, CompetencyClassifier classifier)
    {
        var terms = Reweight(analysed, tuning.MaterialSynonyms);
        if (tuning.QuestionWordDiscount > 0)
            for (int i = 0; i < terms.Count; i++)
                terms[i] = (terms[i].Term, terms[i].Weight * Math.Pow(classifier.Rarity(terms[i].Term), tuning.QuestionWordDiscount));
        return terms;
    }
}
