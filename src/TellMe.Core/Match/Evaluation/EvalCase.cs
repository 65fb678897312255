using System.Collections.Immutable;

namespace TellMe.Match.Evaluation;

/// <summary>One labelled question of an evaluation file.</summary>
/// <param name="Line">Its line in the file, for messages.</param>
/// <param name="Kind">Whether the labels are principles or answer keys.</param>
/// <param name="Question">The question.</param>
/// <param name="Labels">Every acceptable answer; a prediction is right when it is any of them.</param>
public sealed record EvalCase(int Line, EvalKind Kind, string Question, ImmutableArray<string> Labels);
