namespace TellMe.Cli.Output;

/// <summary><c>eval --json</c>: accuracy per question type with every miss, and the lines that could not be read.</summary>
public sealed record EvalJson(IReadOnlyList<EvalScoreJson> Scores, IReadOnlyList<EvalProblemJson> Problems);

/// <summary>One question type (lp: principles, bq: answer keys).</summary>
public sealed record EvalScoreJson(string Type, int Questions, double Top1, double Top3, IReadOnlyList<EvalMissJson> Misses);

/// <summary>A question whose right label was not first.</summary>
public sealed record EvalMissJson(int Line, string Question, IReadOnlyList<string> Expected, IReadOnlyList<string> Predicted, int? Rank);

/// <summary>A line that could not be scored.</summary>
public sealed record EvalProblemJson(int Line, string Message);
