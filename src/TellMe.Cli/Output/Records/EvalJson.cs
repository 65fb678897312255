using TellMe.Match.Evaluation;

namespace TellMe.Cli.Output;

/// <summary>The JSON of <c>tellme eval --json</c>.</summary>
/// <param name="Scores">One entry per type present in the file.</param>
/// <param name="Problems">Lines skipped, and why.</param>
public sealed record EvalJson(IReadOnlyList<EvalJson.ScoreJson> Scores, IReadOnlyList<EvalJson.ProblemJson> Problems)
{
    /// <summary>The JSON of a report.</summary>
    public static EvalJson From(EvalReport report) => new(
        [.. report.Scores.Select(s => new ScoreJson(
            Type(s.Kind), s.Count, Math.Round(s.Top1Accuracy, 4), Math.Round(s.Top3Accuracy, 4),
            IntervalJson.From(s.Top1Share), IntervalJson.From(s.Top3Share),
            [.. s.Misses.Select(m => new MissJson(m.Line, m.Question, m.Expected, m.Predicted, m.Rank))]))],
        [.. report.Problems.Select(p => new ProblemJson(p.Line, p.Message))]);

    /// <summary><c>lp</c> or <c>bq</c>, as in the file.</summary>
    public static string Type(EvalKind kind) => kind == EvalKind.Principle ? "lp" : "bq";

    /// <summary>Accuracy on one type; each figure with its 95 % Wilson interval.</summary>
    public sealed record ScoreJson(string Type, int Questions, double Top1, double Top3, IntervalJson Top1Interval, IntervalJson Top3Interval, IReadOnlyList<MissJson> Misses);

    /// <summary>A 95 % Wilson score interval, 0 to 1.</summary>
    public sealed record IntervalJson(double Low, double High)
    {
        /// <summary>The interval of a share.</summary>
        public static IntervalJson From(Proportion share) => new(Math.Round(share.Low, 4), Math.Round(share.High, 4));
    }

    /// <summary>A question whose best prediction was wrong; <c>rank</c> absent when no ranked prediction was right.</summary>
    public sealed record MissJson(int Line, string Question, IReadOnlyList<string> Expected, IReadOnlyList<string> Predicted, int? Rank);

    /// <summary>A skipped line.</summary>
    public sealed record ProblemJson(int Line, string Message);
}
