using TellMe.Language;
using TellMe.Match.Index;

namespace TellMe.Match;

/// <summary>
/// Says in a few words why an answer or story fits a question: the taught wording it repeats, the words they
/// share (quoted as the asker and the user wrote them, a synonym as <c>metrics (≈data)</c>), the competency they
/// have in common, and the answer that tells the story.
/// </summary>
/// <remarks>Only what is shown is explained, so a match of a thousand stories explains five.</remarks>
internal sealed class MatchExplainer(MaterialProfiles profiles)
{
    /// <summary>How an answer fits.</summary>
    public string ForAnswer(int answer, QuestionScores scores, Dictionary<string, (string Word, bool Synonym)> surfaces)
    {
        var shared = scores.AnswerText[answer] > 0 ? profiles.AnswerIndex.ExplainDocument(scores.MaterialTerms, answer) : [];
        string? taughtAs = scores.AnswerTaughtVia[answer] >= 0 ? $"taught: \u201c{Shorten(profiles.Taught[scores.AnswerTaughtVia[answer]].Text)}\u201d" : null;
        return Why(shared, surfaces, scores, profiles.AnswerProfile(answer), null, taughtAs);
    }

    /// <summary>How a story fits.</summary>
    public string ForStory(int story, QuestionScores scores, Dictionary<string, (string Word, bool Synonym)> surfaces)
    {
        string? via = scores.StoryVia[story] >= 0 ? $"answer '{profiles.Answers[scores.StoryVia[story]].Key}'" : null;
        var shared = scores.StoryText[story] > 0 ? profiles.StoryIndex.ExplainDocument(scores.MaterialTerms, story) : [];
        return Why(shared, surfaces, scores, profiles.StoryProfile(story), via);
    }

    /// <summary>"shared: deadline, schedule · Tight deadline": the words that matched, then the competency in common.</summary>
    private string Why(IReadOnlyList<Bm25TermMatch> shared, Dictionary<string, (string Word, bool Synonym)> surfaces, QuestionScores scores, ReadOnlySpan<double> profile, string? via, string? taught = null)
    {
        var surface = profiles.Surface;
        var parts = new List<string>(4);
        if (taught is not null) parts.Add(taught);
        if (shared.Count > 0)
        {
            var matched = shared.OrderByDescending(m => m.Contribution).Take(3).Select(m =>
                !surfaces.TryGetValue(m.Term, out var asked) ? surface.GetValueOrDefault(m.Term) ?? m.Term
                : asked.Synonym ? $"{surface.GetValueOrDefault(m.Term) ?? m.Term} (≈{asked.Word})"
                : asked.Word);
            parts.Add("shared: " + string.Join(", ", matched.Distinct()));
        }
        int best = -1;
        double bestValue = 0;
        for (int c = 0; c < profile.Length; c++)
        {
            double value = scores.Competencies[c] * profile[c];
            if (value > bestValue) (best, bestValue) = (c, value);
        }
        if (best >= 0 && bestValue > 0.01) parts.Add(profiles.Space.Entries[best].Name);
        if (via is not null) parts.Add(via);
        return parts.Count == 0 ? "weak match" : string.Join(" · ", parts);
    }

    /// <summary>A taught question short enough for a table cell.</summary>
    private static string Shorten(string text) => text.Length <= 48 ? text : string.Concat(text.AsSpan(0, 45).TrimEnd(), "…");

    /// <summary>
    /// Stem → the word as the asker wrote it (or that led to a synonym), so explanations quote words, not stems;
    /// the current employer's terms quote the phrase that named it ("your current company").
    /// </summary>
    public Dictionary<string, (string Word, bool Synonym)> QuerySurfaces(string text)
    {
        var surfaces = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        var analyzer = MatchText.Analyzer;
        foreach (var token in Tokenizer.Enumerate(text))
        {
            string word = token.ToNormalizedString();
            if (analyzer.StopWords.Contains(word)) continue;
            string stem = token.Kind == TokenKind.Word ? EnglishStemmer.Stem(word) : word;
            surfaces[stem] = (word, false);
            if (analyzer.Synonyms is { } synonyms)
                foreach (var other in synonyms.Expand(stem)) surfaces.TryAdd(other, (word, true));
        }
        if (profiles.Employer is { } employer && CurrentEmployer.Mention(text) is { } mention)
            foreach (var term in employer.Terms) surfaces[term] = (mention.Phrase, true);
        return surfaces;
    }
}
