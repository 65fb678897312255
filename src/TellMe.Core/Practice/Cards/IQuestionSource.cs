namespace TellMe.Practice.Cards;

/// <summary>
/// Interview questions labelled by competency, such as the embedded question bank (<c>data/questions</c>).
/// The drill asks one of these instead of naming the card, so the user learns to recognise the competency
/// behind any wording rather than memorising one.
/// </summary>
public interface IQuestionSource
{
    /// <summary>The questions that probe a competency (any order; empty when none).</summary>
    IReadOnlyList<string> QuestionsFor(string framework, string competencyId);
}

/// <summary>A question source built from a function, e.g. over <c>QuestionBank.QuestionsFor</c>.</summary>
public sealed class QuestionSource(Func<string, string, IReadOnlyList<string>> questionsFor) : IQuestionSource
{
    /// <summary>No questions at all: every prompt uses a built-in phrasing.</summary>
    public static IQuestionSource None { get; } = new QuestionSource((_, _) => []);

    /// <inheritdoc />
    public IReadOnlyList<string> QuestionsFor(string framework, string competencyId) => questionsFor(framework, competencyId);
}
