using System.Collections.Immutable;

namespace TellMe.Match;

/// <summary>
/// The weights that combine the matcher's signals. The defaults were chosen on the development set and
/// checked by leave-one-out over the question bank (see <c>docs/match.md</c>); they are a record so an
/// experiment can vary one of them without touching the engine.
/// </summary>
public sealed record MatchTuning
{
    /// <summary>The default weights.</summary>
    public static MatchTuning Default { get; } = new();

    /// <summary>How many nearest labelled questions vote on a question's competencies.</summary>
    public int Neighbours { get; init; } = 15;

    /// <summary>
    /// A neighbour's vote is its BM25 score raised to this power: above 1 lets the closest questions dominate,
    /// which matters because the tail of the neighbour list is mostly questions that share one common word.
    /// </summary>
    public double VoteSharpness { get; init; } = 2.0;

    /// <summary>Weight of a question's first, second, third and fourth label in the vote (the first is its main one).</summary>
    public ImmutableArray<double> LabelWeights { get; init; } = [1.0, 0.5, 0.35, 0.25];

    /// <summary>Share of the competency keywords (name and keywords) in the classification; the neighbours get the rest.</summary>
    public double KeywordShare { get; init; } = 0.4;

    /// <summary>
    /// Weight of a synonym-expanded term when classifying, relative to the asker's own words. Low, because a
    /// loose group member ("growing" an application is not growing people) drags in a whole theme.
    /// </summary>
    public double ClassifierSynonyms { get; init; } = 0.25;

    /// <summary>Weight of a synonym-expanded term when matching the user's answers and stories.</summary>
    public double MaterialSynonyms { get; init; } = 0.5;

    /// <summary>
    /// How strongly words common in interview questions ("project", "work", "team") are discounted when
    /// matching the user's material: a word's weight is multiplied by its rarity among the labelled questions
    /// (IDF relative to an unseen word) raised to this power; 0 turns the discount off. BM25 over a few dozen
    /// answers cannot learn that "project" says nothing about which answer is wanted; the question bank can.
    /// </summary>
    public double QuestionWordDiscount { get; init; } = 1.0;

    /// <summary>Weight of multi-word keywords found word for word, relative to the neighbours' and keywords' shares (which sum to 1).</summary>
    public double PhraseShare { get; init; } = 0.5;

    /// <summary>A BM25 score s counts as s / (s + this): equal scores weigh the same in every bank, and one huge
    /// overlap cannot drown the other signals.</summary>
    public double TextSaturation { get; init; } = 8.0;

    /// <summary>Field weight of an answer's key against its points: the key names what the answer is for.</summary>
    public double AnswerKeyWeight { get; init; } = 3.0;

    /// <summary>Weight of the words an answer shares with the question.</summary>
    public double AnswerText { get; init; } = 1.0;

    /// <summary>Weight of the competencies an answer and the question have in common.</summary>
    public double AnswerCompetency { get; init; } = 1.0;

    /// <summary>Weight of the words a story shares with the question.</summary>
    public double StoryText { get; init; } = 1.0;

    /// <summary>Weight of the competencies a story and the question have in common.</summary>
    public double StoryCompetency { get; init; } = 1.0;

    /// <summary>How much of the best answer that tells a story passes on to the story.</summary>
    public double StoryFromAnswer { get; init; } = 0.5;

    /// <summary>
    /// How much a principle gains when the question matches the words of the stories the user cites for it:
    /// the user's own material teaching the classifier what their principle means to them.
    /// </summary>
    public double PrincipleFromStories { get; init; } = 0.15;

    /// <summary>Weight, in an answer's profile, of its key read against the competencies' names and keywords.</summary>
    public double ProfileKeyPhrase { get; init; } = 1.0;

    /// <summary>Weight, in an answer's profile, of its key classified like a question.</summary>
    public double ProfileKeyWords { get; init; } = 0.5;

    /// <summary>Weight, in a story's profile, of its whole text classified like a question.</summary>
    public double ProfileText { get; init; } = 0.3;

    /// <summary>Weight, in an answer's profile, of its points classified like a question.</summary>
    public double ProfileAnswerText { get; init; } = 0.3;

    /// <summary>Weight, in an answer's profile, of the labels of its points classified like a question.</summary>
    public double ProfileLabels { get; init; } = 0.6;

    /// <summary>Weight, in a story's profile, of the principles that cite it (half of it passes to answers telling it).</summary>
    public double ProfileCited { get; init; } = 1.0;

    /// <summary>Weight, in a story's profile, of the keys of the answers that tell it.</summary>
    public double ProfileAnswers { get; init; } = 1.0;

    /// <summary>
    /// What a question the user taught (<c>questions.yaml</c>) adds to its answer or principle, times its
    /// similarity to the question asked (1 for a repeat): about as much as a perfect competency fit, so a taught
    /// wording wins unless the question is plainly about something else.
    /// </summary>
    public double Taught { get; init; } = 1.0;

    /// <summary>
    /// What an answer whose key names the user's current employer ("Why Acme") gains when the question
    /// speaks of that employer without naming it ("your current company", "the job you have now").
    /// </summary>
    public double CurrentEmployer { get; init; } = 0.4;

    /// <summary>
    /// The share of its competency fit that an answer named after the user's current employer ("Why Acme") keeps
    /// when the question does not speak of that employer: "Why us?" and "Why Google?" ask about the company the
    /// user is talking to, and the answer about why they joined their present one fits them only as a topic.
    /// </summary>
    public double EmployerAnswerElsewhere { get; init; } = 0.5;

    /// <summary>
    /// What an answer whose key names a time ("Why left CTO" a past move, "Why searching a new position" one under
    /// way) gains, times its competency fit, when the question is set in the same time (<see cref="TellMe.Language.Tense"/>).
    /// A bonus only: a key is never pushed down for a question in the other tense, which is often just how it was asked.
    /// </summary>
    public double TenseAgreement { get; init; } = 0.3;

    /// <summary>The least similarity to a taught question that counts; below it the two merely share a word.</summary>
    public double TaughtMinimum { get; init; } = 0.4;

    /// <summary>
    /// Share of the logistic-regression model (<see cref="CompetencyModel"/>) in a question's competencies;
    /// the neighbour vote, keywords and phrases get the rest.
    /// </summary>
    public double ModelShare { get; init; } = 0.2;

    /// <summary>L2 penalty of the model's weights, per step.</summary>
    public double ModelL2 { get; init; } = 1e-4;

    /// <summary>Training passes over the question bank.</summary>
    public int ModelEpochs { get; init; } = 15;

    /// <summary>Initial step size of the model's gradient descent (decays as 1 / (1 + epoch / 10)).</summary>
    public double ModelLearningRate { get; init; } = 1.0;
}
