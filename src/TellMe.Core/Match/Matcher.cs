using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Match.Questions;

namespace TellMe.Match;

/// <summary>
/// Matches interview questions to the user's competencies, prepared answers and stories.
/// </summary>
/// <remarks>
/// <para>Three signals, so that a question in words the user never wrote still lands:</para>
/// <list type="number">
/// <item><b>What the question probes.</b> <see cref="CompetencyClassifier"/> votes with the labelled question
/// bank; the principles' own stories then add what the question shares with the user's material.</item>
/// <item><b>What the user's material is about.</b> Each answer and story gets a competency profile once, when
/// the matcher is built (<see cref="MaterialProfiles"/>).</item>
/// <item><b>Shared words.</b> BM25 over answers (key ×3, points) and stories (title ×2, sections).</item>
/// </list>
/// <para>Scoring is <see cref="QuestionScorer"/>'s, the few words of why <see cref="MatchExplainer"/>'s; this
/// class ranks and names. Building costs one pass over the bank; a match then touches only postings of the
/// question's terms and a dense competency vector per story, well under a millisecond for a thousand stories.
/// The matcher is immutable and thread-safe.</para>
/// </remarks>
public sealed class Matcher
{
    private static readonly Lazy<CompetencyClassifier> DefaultClassifier =
        new(() => CompetencyClassifier.Build(QuestionBank.Embedded, MatchTuning.Default));

    private readonly CompetencyClassifier _classifier;
    private readonly MaterialProfiles _profiles;
    private readonly QuestionScorer _scorer;
    private readonly MatchExplainer _explainer;

    private Matcher(StoryBank bank, MatchTuning tuning, CompetencyClassifier classifier)
    {
        Bank = bank;
        _classifier = classifier;
        _profiles = MaterialProfiles.Build(bank, tuning, classifier);
        _scorer = new QuestionScorer(_profiles, classifier, tuning);
        _explainer = new MatchExplainer(_profiles);
    }

    /// <summary>The bank being matched against.</summary>
    public StoryBank Bank { get; }

    /// <summary>The question bank the classifier learnt from.</summary>
    public QuestionBank Questions => _classifier.Bank;

    /// <summary>Builds a matcher for a bank. The default question bank's index is built once per process and shared.</summary>
    public static Matcher Create(StoryBank bank, QuestionBank? questions = null, MatchTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(bank);
        tuning ??= MatchTuning.Default;
        questions ??= QuestionBank.Embedded;
        var classifier = ReferenceEquals(questions, QuestionBank.Embedded) && ReferenceEquals(tuning, MatchTuning.Default)
            ? DefaultClassifier.Value
            : CompetencyClassifier.Build(questions, tuning);
        return new Matcher(bank, tuning, classifier);
    }

    /// <summary>
    /// Matches one question. Never throws on odd input: an empty question, one in another script or one
    /// that shares no word with anything gives empty lists and a note saying why.
    /// </summary>
    /// <param name="question">The question as asked.</param>
    /// <param name="top">How many principles, competencies, answers and stories to return at most.</param>
    /// <param name="framework">The ID of one of the bank's frameworks (see <see cref="Frameworks"/>) whose
    /// principles alone are ranked, for a bank with several; null ranks the principles of all of them.</param>
    /// <exception cref="ArgumentException"><paramref name="framework"/> is not one of the bank's.</exception>
    public MatchResult Match(string? question, int top = 5, string? framework = null)
    {
        question ??= "";
        top = Math.Max(top, 0);
        if (framework is not null && !Frameworks.Contains(framework, StringComparer.Ordinal))
            throw new ArgumentException($"the bank has no framework '{framework}'; it has: {string.Join(", ", Frameworks)}", nameof(framework));
        var notes = ImmutableArray.CreateBuilder<string>();
        if (string.IsNullOrWhiteSpace(question))
            return new MatchResult(question, [], [], [], [], ["the question is empty"]);
        string text = question;
        if (text.Length > MatchText.MaxQuestionLength)
        {
            text = text[..MatchText.MaxQuestionLength];
            notes.Add($"the question is {question.Length:N0} characters long; only the first {MatchText.MaxQuestionLength:N0} were matched");
        }

        text = _profiles.Read(text);
        var scores = _scorer.Score(text);
        if (!scores.Any)
        {
            notes.Add(!MostlyLatin(text) ? "the question is not in English; TellMe's question bank and matching read English only"
                : scores.Terms.Count == 0 ? "the question has only common words (like 'tell me about a time'); say what it is about"
                : "the question shares no word with the question bank or your material");
            return new MatchResult(question, [], [], [], [], notes.ToImmutable());
        }
        var answers = _profiles.Answers;
        var stories = _profiles.Stories;
        if (answers.Length == 0) notes.Add("the bank has no answers yet; only stories were matched");
        if (stories.Length == 0) notes.Add("the bank has no stories yet");

        var surfaces = _explainer.QuerySurfaces(text);
        var principles = Ranked(scores.Competencies, top, e => e.IsPrinciple && (framework is null || e.Framework == framework));
        var competencies = Ranked(scores.Competencies, top, e => !e.IsPrinciple);

        var answerMatches = ImmutableArray.CreateBuilder<AnswerMatch>();
        foreach (int a in Top(scores.Answers, top))
        {
            var answer = answers[a];
            string? story = _profiles.AnswerStory[a] >= 0 ? stories[_profiles.AnswerStory[a]].Id.Value : answer.Story?.Value ?? answer.StoryRef;
            answerMatches.Add(new AnswerMatch(answer.Key, story, Round(scores.Answers[a]), _explainer.ForAnswer(a, scores, surfaces)));
        }

        var storyMatches = ImmutableArray.CreateBuilder<StoryMatch>();
        foreach (int s in Top(scores.Stories, top))
            storyMatches.Add(new StoryMatch(stories[s].Id.Value, stories[s].Title, Round(scores.Stories[s]), _explainer.ForStory(s, scores, surfaces)));
        return new MatchResult(question, principles, competencies, answerMatches.ToImmutable(), storyMatches.ToImmutable(), notes.ToImmutable())
        {
            AsksForPreparedAnswer = AsksForPreparedAnswer(principles, competencies),
        };
    }

    /// <summary>How many times the best prepared-answer topic must outweigh the best principle for the principle to go unnamed.</summary>
    internal const double PreparedAnswerMargin = 3;

    private bool AsksForPreparedAnswer(ImmutableArray<CompetencyMatch> principles, ImmutableArray<CompetencyMatch> competencies)
    {
        if (competencies.IsEmpty || Space.IndexOf(competencies[0].Id) is not (>= 0 and var index) || !Space.Entries[index].Competency.ToldWithAnswer)
            return false;
        return principles.IsEmpty || competencies[0].Score >= PreparedAnswerMargin * principles[0].Score;
    }

    /// <summary>The IDs of the bank's frameworks, in bank order: the values <see cref="Match"/> takes as <c>framework</c>.</summary>
    public IReadOnlyList<string> Frameworks => [.. Bank.Frameworks.Select(f => f.Id)];

    /// <summary>The best entries of the space that <paramref name="include"/> accepts, as matches.</summary>
    private ImmutableArray<CompetencyMatch> Ranked(double[] scores, int top, Func<CompetencyEntry, bool> include)
    {
        var entries = Space.Entries;
        var kept = new double[scores.Length];
        for (int c = 0; c < scores.Length; c++)
            if (include(entries[c])) kept[c] = scores[c];
        return [.. Top(kept, top).Select(c => new CompetencyMatch(entries[c].Id, entries[c].Name, Round(scores[c])))];
    }

    /// <summary>True when most letters are Latin, i.e. the question could be English.</summary>
    private static bool MostlyLatin(string text)
    {
        int letters = 0, latin = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < 0x250) latin++;
        }
        return letters == 0 || latin * 2 > letters;
    }

    /// <summary>Every story's fit to a question, in <see cref="StoryBank.Stories"/> order (for planning).</summary>
    internal double[] StoryScores(string question) =>
        string.IsNullOrWhiteSpace(question) ? new double[_profiles.Stories.Length]
            : _scorer.Score(_profiles.Read(question.Length > MatchText.MaxQuestionLength ? question[..MatchText.MaxQuestionLength] : question)).Stories;

    /// <summary>
    /// Every story's fit to a competency named by the user, in <see cref="StoryBank.Stories"/> order: how much
    /// of the story's profile is that competency, with a bonus when the user cites the story for it.
    /// </summary>
    internal double[] StoryFit(int competency)
    {
        var fit = new double[_profiles.Stories.Length];
        for (int s = 0; s < fit.Length; s++)
        {
            fit[s] = _profiles.StoryProfile(s)[competency];
            if (Array.IndexOf(_profiles.StoryPrinciples[s], competency) >= 0) fit[s] += 1;
        }
        return fit;
    }

    /// <summary>The competencies matching may name, in profile order.</summary>
    internal CompetencySpace Space => _profiles.Space;

    /// <summary>
    /// Indexes of the <paramref name="count"/> largest positive values, best first, ties by index, without the
    /// ones far below the best.
    /// </summary>
    private static List<int> Top(double[] values, int count)
    {
        var best = new List<int>(count + 1);
        for (int i = 0; i < values.Length; i++)
        {
            if (!(values[i] > 0)) continue;
            int at = best.Count;
            while (at > 0 && values[best[at - 1]] < values[i]) at--;
            if (at >= count) continue;
            best.Insert(at, i);
            if (best.Count > count) best.RemoveAt(count);
        }
        // A score under a twentieth of the best is noise ("weak match", 0.007 beside 0.93): not worth a row.
        if (best.Count > 0) best.RemoveAll(i => values[i] < values[best[0]] * MinimumShareOfBest);
        return best;
    }

    /// <summary>Results scoring below this share of the best one are left out of a ranked list.</summary>
    private const double MinimumShareOfBest = 0.05;

    private static double Round(double score) => Math.Round(score, 4, MidpointRounding.AwayFromZero);
}
