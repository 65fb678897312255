using TellMe.Debrief;
using TellMe.Practice.Scheduling;

namespace TellMe.Tests.Debrief;

public sealed class QuestionListTests
{
    [Fact]
    public void Questions_one_per_line_with_optional_story_rating_and_notes()
    {
        var (questions, problems) = QuestionList.Parse("""
            # phone screen
            Tell me about yourself

            Why us? | Why US
            Tell me about a failure | CR3 | 2
            A tight deadline | IT2 | easy | they loved the numbers
            Unrated but told | | | note only
            """);
        Assert.Empty(problems);
        Assert.Equal([2, 4, 5, 6, 7], questions.Select(q => q.Line));
        Assert.Equal(("Why us?", "Why US", (Rating?)null), (questions[1].Text, questions[1].Told, questions[1].Rating));
        Assert.Equal(Rating.Hard, questions[2].Rating);
        Assert.Equal((Rating.Easy, "they loved the numbers"), (questions[3].Rating!.Value, questions[3].Notes));
        Assert.Equal((null, (Rating?)null, "note only"), (questions[4].Told, questions[4].Rating, questions[4].Notes));
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_line()
    {
        var (_, problems) = QuestionList.Parse("Fine | CR1 | 3\n | CR2\nQ | CR1 | 5\nA|b|1|c|d");
        Assert.Equal([(2, "the question is empty"), (3, "'5' is not a rating; use 1 (again), 2 (hard), 3 (good) or 4 (easy)"),
            (4, "5 fields; write 'question | STORY-ID | 1-4 | notes' (notes may not contain '|')")], problems.Select(p => (p.Line, p.Message)));
    }
}
