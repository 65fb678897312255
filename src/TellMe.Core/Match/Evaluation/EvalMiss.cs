using System.Collections.Immutable;

namespace TellMe.Match.Evaluation;

/// <summary>A question whose best prediction was wrong.</summary>
/// <param name="Line">Its line in the file.</param>
/// <param name="Question">The question.</param>
/// <param name="Expected">The labels it has.</param>
/// <param name="Predicted">The top three predictions, best first.</param>
/// <param name="Rank">The 1-based rank of the first right prediction, or null when none of the ranked ones is right.</param>
public sealed record EvalMiss(int Line, string Question, ImmutableArray<string> Expected, ImmutableArray<string> Predicted, int? Rank);
