using TellMe.Competencies;

namespace TellMe.Practice.Cards;

/// <summary>
/// Interview questions labelled by competency, such as the embedded question bank (<c>data/questions</c>).
/// The drill asks one of these instead of naming the card, so the user learns to recognise the competency
/// behind any wording rather than memorising one.
/// </summary>
public interface IQuestionSource
{
    /// <summary>The questions that probe a competency (any order; empty when none).</summary>
    IReadOnlyList<string> QuestionsFor(CompetencyId competency);
}

/// <summary>A question source built from a function, e.g. over <c>QuestionBank.QuestionsFor</c>.</summary>
public sealed class QuestionSource(Func<CompetencyId, IReadOnlyList<string>> questionsFor) : IQuestionSource
{
    /// <summary>No questions at all: every prompt uses a built-in phrasing.</summary>
    public static IQuestionSource None { get; } = new QuestionSource(_ => []);

    /// <inheritdoc />
    public IReadOnlyList<string> QuestionsFor(CompetencyId competency) => questionsFor(competency);
}
