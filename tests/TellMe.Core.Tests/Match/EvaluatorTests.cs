using TellMe.Match.Evaluation;

namespace TellMe.Tests.Match;

public sealed class EvaluatorTests(FixtureBank fixture) : IClassFixture<FixtureBank>
{
    [Fact]
    public void Labels_split_on_semicolons_not_followed_by_a_space()
    {
        Assert.Equal(["Have Backbone; Disagree and Commit (Conflicts)", "Dive deep"],
            EvalFile.SplitLabels("Have Backbone; Disagree and Commit (Conflicts);Dive deep").ToArray());
        Assert.Equal(["Ownership", "Invent and simplify"], EvalFile.SplitLabels("Ownership;Invent and simplify;").ToArray());
        Assert.Empty(EvalFile.SplitLabels(" ;;"));
        Assert.Empty(EvalFile.SplitLabels("   "));
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_numbers_and_good_lines_kept()
    {
        const string text = "lp\tTell me about a customer.\tCustomer Obsession\n"
            + "# a comment\n"
            + "\n"
            + "lp only two fields\tCustomer Obsession\n"
            + "xx\tWhat?\tConflict\n"
            + "bq\t  \tConflict\n"
            + "bq\tTell me about a conflict.\t\n"
            + "bq\tTell me about a conflict.\tConflict\r\n";
        var (cases, problems) = EvalFile.Parse(text);
        Assert.Equal([1, 8], cases.Select(c => c.Line));
        Assert.Equal([4, 5, 6, 7], problems.Select(p => p.Line));
        Assert.Contains("3 tab-separated fields", problems[0].Message);
        Assert.Contains("unknown type 'xx'", problems[1].Message);
        Assert.Contains("empty", problems[2].Message);
        Assert.Contains("no label", problems[3].Message);
    }

    [Fact]
    public void Accuracy_is_counted_per_type_with_the_misses()
    {
        var (cases, problems) = EvalFile.Parse(
            "lp\tWalk me through a time the data said one thing and your gut another\tAre right, a lot\n"
            + "lp\tTell me about a time you saved money\tfrugality\n"
            + "lp\tTell me about a time you saved money\tThink big\n"
            + "bq\tWhere do you see yourself in five years?\tCareer Goal\n"
            + "bq\tWhy are you leaving SRE for SWE?\tWhy SRE → SWE\n");
        var report = Evaluator.Run(fixture.Matcher, cases, problems);
        Assert.Empty(report.Problems);
        var lp = report.Scores.Single(s => s.Kind == EvalKind.Principle);
        Assert.Equal(3, lp.Count);
        Assert.Equal(2, lp.Top1);
        var miss = Assert.Single(lp.Misses);
        Assert.Equal(3, miss.Line);
        Assert.Equal("Frugality", miss.Predicted[0]);
        var bq = report.Scores.Single(s => s.Kind == EvalKind.Answer);
        Assert.Equal(2, bq.Count);
        Assert.Equal(1.0, bq.Top3Accuracy);
    }

    [Fact]
    public void A_label_the_bank_does_not_have_is_a_problem_not_a_miss()
    {
        var (cases, _) = EvalFile.Parse("lp\tTell me about a customer.\tCustomer Obsesion\nbq\tTell me about a conflict.\tConflict;Nope\n");
        var report = Evaluator.Run(fixture.Matcher, cases);
        Assert.Equal([1, 2], report.Problems.Select(p => p.Line));
        Assert.Contains("'Customer Obsesion' is not a principle", report.Problems[0].Message);
        Assert.Contains("'Nope' is not an answer key", report.Problems[1].Message);
        Assert.Equal(EvalKind.Answer, Assert.Single(report.Scores).Kind);
    }

    [Fact]
    public void A_file_with_nothing_valid_scores_nothing()
    {
        var (cases, problems) = EvalFile.Parse("garbage\nmore garbage\n");
        var report = Evaluator.Run(fixture.Matcher, cases, problems);
        Assert.False(report.HasScores);
        Assert.Equal(2, report.Problems.Length);
    }

    [Theory]
    [InlineData("dev-set.tsv")]
    [InlineData("dev-set-2.tsv")]
    [InlineData("held-out-3.tsv")]
    public void The_development_set_parses_without_problems(string set)
    {
        var (cases, problems) = EvalFile.Parse(File.ReadAllText(QuestionBankTests.DevSetPath(set)));
        Assert.Empty(problems);
        Assert.True(cases.Length >= 150);
        var report = Evaluator.Run(fixture.Matcher, cases, problems);
        Assert.Empty(report.Problems);
        Assert.Equal(cases.Length, report.Scores.Sum(s => s.Count));
    }
}

public sealed class ProportionTests
{
    [Theory]
    [InlineData(87, 100, 0.7902, 0.9224)]
    [InlineData(1, 2, 0.0945, 0.9055)]
    [InlineData(1, 1, 0.2065, 1.0)]
    [InlineData(0, 10, 0.0, 0.2775)]
    public void The_wilson_interval_matches_the_textbook_values(int hits, int count, double low, double high)
    {
        var share = new Proportion(hits, count);
        Assert.Equal(low, share.Low, 4);
        Assert.Equal(high, share.High, 4);
        Assert.InRange(share.Value, share.Low, share.High);
    }

    [Fact]
    public void Nothing_scored_is_the_whole_range_and_prints_with_its_interval()
    {
        Assert.Equal((0.0, 1.0), new Proportion(0, 0).Interval());
        Assert.Equal("87.0 % (87/100, 95 % CI 79.0–92.2)", new Proportion(87, 100).ToString());
    }
}
