namespace TellMe.Practice.Cards;

/// <summary>
/// Prompts from the embedded question bank (<c>data/questions</c>), loaded on first use: the questions whose main
/// competency is the card's; secondary fits only when there are none. Shared by every front end that drills.
/// </summary>
public static class EmbeddedQuestions
{
    /// <summary>The source.</summary>
    public static IQuestionSource Source { get; } = new QuestionSource(id =>
    {
        var all = Match.Questions.QuestionBank.Embedded.QuestionsFor(id);
        var primary = all.Where(q => q.Competencies.Length > 0 && q.Competencies[0] == id).ToList();
        return [.. (primary.Count > 0 ? primary : all).Select(q => q.Text)];
    });
}
