using System.Collections.Immutable;

namespace TellMe.Match.Evaluation;

/// <summary>Accuracy on the lines of one kind.</summary>
/// <param name="Kind">Principles or answers.</param>
/// <param name="Count">Questions scored.</param>
/// <param name="Top1">Questions whose best prediction is one of their labels.</param>
/// <param name="Top3">Questions with one of their labels among the best three.</param>
/// <param name="Misses">Every question whose best prediction was wrong, in file order.</param>
public sealed record EvalScore(EvalKind Kind, int Count, int Top1, int Top3, ImmutableArray<EvalMiss> Misses)
{
    /// <summary>Top-1 accuracy in [0, 1]; 0 when nothing was scored.</summary>
    public double Top1Accuracy => Count == 0 ? 0 : (double)Top1 / Count;

    /// <summary>Top-3 accuracy in [0, 1]; 0 when nothing was scored.</summary>
    public double Top3Accuracy => Count == 0 ? 0 : (double)Top3 / Count;

    /// <summary>Top-1 hits with their 95 % Wilson interval.</summary>
    public Proportion Top1Share => new(Top1, Count);

    /// <summary>Top-3 hits with their 95 % Wilson interval.</summary>
    public Proportion Top3Share => new(Top3, Count);
}
