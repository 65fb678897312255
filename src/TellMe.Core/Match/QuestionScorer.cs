using TellMe.Language;

namespace TellMe.Match;

/// <summary>
/// Scores one question against the user's material: what it probes (<see cref="CompetencyClassifier"/>, lifted
/// by the principles whose stories it shares words with and by what the user taught), then every answer and
/// story as shared words plus the cosine between the question's competencies and the profile.
/// </summary>
/// <remarks>
/// An answer scores <c>saturate(BM25) + cosine(question, profile) + taught</c> (and the current employer's
/// answer a little when the employer is the question's subject, and less of its competency fit when the question
/// does not speak of the employer at all); a story the same over stories plus part of
/// the best answer that tells it. Saturation s/(s+k) keeps one long overlap from drowning the other signals.
/// </remarks>
internal sealed class QuestionScorer(MaterialProfiles profiles, CompetencyClassifier classifier, MatchTuning tuning)
{
    /// <summary>Scores a question (already cut to <see cref="MatchText.MaxQuestionLength"/>).</summary>
    public QuestionScores Score(string text)
    {
        int dims = profiles.Dims;
        var answers = profiles.Answers;
        var stories = profiles.Stories;
        var result = new QuestionScores(dims, answers.Length, stories.Length);
        var analysed = MatchText.Analyzer.AnalyzeQuery(text);
        result.Terms = analysed;
        var classifierTerms = QuestionTerms.Reweight(analysed, tuning.ClassifierSynonyms);
        var terms = QuestionTerms.ForMaterial(analysed, tuning, classifier);
        // "your current company" reads as the company's name; the answer named after it gains only when it is the subject.
        var employerMention = profiles.Employer is not null ? CurrentEmployer.Mention(text) : null;
        bool employerIsSubject = employerMention is { IsSubject: true };
        // Said by name or as "your current company": an answer named after the employer is about this question's company.
        bool employerSpoken = employerMention is not null
            || (profiles.Employer is { Terms.Length: > 0 } named && named.Terms.All(t => analysed.Any(q => q.Term == t)));
        if (employerMention is not null)
            foreach (var term in profiles.Employer!.Value.Terms)
                if (!terms.Exists(t => t.Term == term)) terms.Add((term, 1.0));

        var competencies = result.Competencies;
        classifier.Classify(classifierTerms, KeywordPhrases.Words(text), competencies.AsSpan(0, profiles.Space.Known));
        var principleText = new double[profiles.PrincipleEntries.Length];
        profiles.PrincipleIndex.ScoreAll(terms, principleText);
        for (int p = 0; p < principleText.Length; p++)
            competencies[profiles.PrincipleEntries[p]] += tuning.PrincipleFromStories * Saturate(principleText[p]);
        var taught = new double[answers.Length];
        profiles.Taught.Apply(text, terms, tuning.Taught, tuning.TaughtMinimum, taught, result.AnswerTaughtVia, competencies);

        double norm = 0;
        foreach (var v in competencies) norm += v * v;
        norm = Math.Sqrt(norm);
        var unit = new double[dims];
        if (norm > 0)
            for (int c = 0; c < dims; c++) unit[c] = competencies[c] / norm;
        result.Any = norm > 0;

        result.MaterialTerms = terms;
        profiles.AnswerIndex.ScoreAll(terms, result.AnswerText);
        // "Why are you looking now?" and "Why did you leave?" differ in time more than in words.
        double tense = tuning.TenseAgreement > 0 ? Tense.Of(text) : 0;
        for (int a = 0; a < answers.Length; a++)
        {
            double words = Saturate(result.AnswerText[a]);
            double fit = Dot(unit, profiles.AnswerProfile(a));
            if (profiles.NamesEmployer[a] && !employerSpoken) fit *= tuning.EmployerAnswerElsewhere;
            double when = tuning.TenseAgreement * Math.Max(0, tense * profiles.KeyTense[a]) * Math.Max(0, fit);
            result.Answers[a] = (tuning.AnswerText * words) + (tuning.AnswerCompetency * fit) + when + taught[a]
                + (employerIsSubject && profiles.NamesEmployer[a] ? tuning.CurrentEmployer : 0);
            // A taught wording is the user's own word on this answer: it matches even when nothing else does.
            if (words > 0 || taught[a] > 0) result.Any = true;
        }

        profiles.StoryIndex.ScoreAll(terms, result.StoryText);
        for (int s = 0; s < stories.Length; s++)
        {
            double words = Saturate(result.StoryText[s]);
            double score = (tuning.StoryText * words) + (tuning.StoryCompetency * Dot(unit, profiles.StoryProfile(s)));
            int via = -1;
            double best = 0;
            foreach (int a in profiles.StoryAnswers[s])
                if (result.Answers[a] > best) (best, via) = (result.Answers[a], a);
            result.Stories[s] = score + (tuning.StoryFromAnswer * best);
            result.StoryVia[s] = tuning.StoryFromAnswer * best > score * 0.5 ? via : -1;
            if (words > 0) result.Any = true;
        }
        return result;
    }

    private double Saturate(double bm25) => bm25 / (bm25 + tuning.TextSaturation);

    private static double Dot(double[] unit, ReadOnlySpan<double> profile)
    {
        double dot = 0;
        for (int c = 0; c < profile.Length; c++) dot += unit[c] * profile[c];
        return dot;
    }
}
