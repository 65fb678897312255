using System.Collections.Immutable;

namespace TellMe.Match.Evaluation;

/// <summary>The outcome of an evaluation: a score per kind present in the file, and the lines skipped.</summary>
/// <param name="Scores">One entry per kind that had at least one usable line.</param>
/// <param name="Problems">Skipped lines and unknown labels, by line.</param>
public sealed record EvalReport(ImmutableArray<EvalScore> Scores, ImmutableArray<EvalProblem> Problems)
{
    /// <summary>True when at least one question was scored.</summary>
    public bool HasScores => Scores.Any(s => s.Count > 0);
}
