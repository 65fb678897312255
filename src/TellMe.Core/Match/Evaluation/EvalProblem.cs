namespace TellMe.Match.Evaluation;

/// <summary>A line of an evaluation file that was skipped, and why.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Message">What is wrong with it, in words the user can act on.</param>
public sealed record EvalProblem(int Line, string Message);
