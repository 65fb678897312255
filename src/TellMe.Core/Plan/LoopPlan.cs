using System.Collections.Immutable;

namespace TellMe.Plan;

/// <summary>A whole loop planned: every slot in order, filled or not.</summary>
/// <param name="Slots">One entry per requested slot, in the order given; unfillable slots are kept and say why.</param>
/// <param name="Seed">The seed of a generated loop, to reproduce it; null when the slots were given.</param>
public sealed record LoopPlan(ImmutableArray<SlotPlan> Slots, int? Seed = null)
{
    /// <summary>Slots with neither a primary story nor a prepared answer.</summary>
    public int Unfilled => Slots.Count(s => !s.Filled);

    /// <summary>The summed fit of all primaries.</summary>
    public double PrimaryFit => Slots.Sum(s => s.Primary?.Fit ?? 0);
}
