namespace TellMe.Language;

/// <summary>
/// The stemmer of matching: an irregular verb form is first read as its base (<see cref="IrregularForms"/>:
/// "grown" → "grow", "taught" → "teach"), then Porter2 stems it, so "grew", "grown", "growing" and "grows" all
/// give "grow".
/// </summary>
/// <remarks>
/// <see cref="Porter2Stemmer"/> stays the published algorithm, pinned by its test vectors; this layer adds only
/// what suffix rules cannot know. Every side of matching (questions, the question bank, the user's answers and
/// stories, answer keys, keyword phrases) must use the same stemmer, or their terms do not line up. Stateless
/// and thread-safe.
/// </remarks>
public static class EnglishStemmer
{
    /// <summary>The stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Porter2Stemmer.Instance.Stem(IrregularForms.BaseOf(word) ?? word);
    }
}
