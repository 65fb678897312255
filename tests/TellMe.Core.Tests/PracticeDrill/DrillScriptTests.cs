using TellMe.Practice.Drill;
using TellMe.Practice.Scheduling;

namespace TellMe.Tests.PracticeDrill;

public class DrillScriptTests
{
    [Fact]
    public void Parses_ratings_answers_skip_and_quit()
    {
        var (steps, errors) = DrillScript.Parse("""
            # warm-up
            answer: first line
            answer: second line
            good
            1 | a one-line answer

            Easy
            skip
            q
            """, passFail: false);
        Assert.Empty(errors);
        Assert.Equal(5, steps.Length);
        Assert.Equal((ScriptAction.Rate, Rating.Good, "first line\nsecond line"), (steps[0].Action, steps[0].Rating, steps[0].Answer));
        Assert.Equal((Rating.Again, "a one-line answer"), (steps[1].Rating, steps[1].Answer));
        Assert.Equal(Rating.Easy, steps[2].Rating);
        Assert.Equal(ScriptAction.Skip, steps[3].Action);
        Assert.Equal(ScriptAction.Quit, steps[4].Action);
        Assert.Equal(4, steps[0].Line);
    }

    [Fact]
    public void Pass_fail_maps_missed_and_got_to_again_and_good()
    {
        var (steps, errors) = DrillScript.Parse("got\nmissed\n1\n2", passFail: true);
        Assert.Empty(errors);
        Assert.Equal([Rating.Good, Rating.Again, Rating.Again, Rating.Good], steps.Select(s => s.Rating!.Value));
        Assert.NotEmpty(DrillScript.Parse("3", passFail: true).Errors);
        Assert.NotEmpty(DrillScript.Parse("hard", passFail: true).Errors);
    }

    [Fact]
    public void Bad_lines_and_empty_scripts_are_errors_with_line_numbers()
    {
        var (_, errors) = DrillScript.Parse("good\nbrilliant\n", passFail: false);
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("brilliant", error.Message);
        Assert.NotEmpty(DrillScript.Parse("# only a comment\n\n", false).Errors);
        Assert.NotEmpty(DrillScript.Parse("answer: dangling", false).Errors);
    }
}
