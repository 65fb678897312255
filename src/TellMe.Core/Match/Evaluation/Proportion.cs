using System.Globalization;

namespace TellMe.Match.Evaluation;

/// <summary>
/// A measured share, <see cref="Hits"/> of <see cref="Count"/>, with its 95 % Wilson score interval: what the
/// share could be on more questions of the same kind. A hundred questions pin a share down to about ±8 points,
/// so two engines 3 points apart on one set are not told apart by it.
/// </summary>
/// <param name="Hits">Questions right.</param>
/// <param name="Count">Questions scored.</param>
public readonly record struct Proportion(int Hits, int Count)
{
    private const double Z = 1.959963984540054;

    /// <summary>The share, 0 to 1 (0 when nothing was scored).</summary>
    public double Value => Count == 0 ? 0 : (double)Hits / Count;

    /// <summary>Lower end of the 95 % Wilson interval.</summary>
    public double Low => Interval().Low;

    /// <summary>Upper end of the 95 % Wilson interval.</summary>
    public double High => Interval().High;

    /// <summary>The 95 % Wilson score interval (0 to 1 when nothing was scored).</summary>
    public (double Low, double High) Interval()
    {
        if (Count == 0) return (0, 1);
        double n = Count, p = Value, z2 = Z * Z;
        double centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = Z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>"87.0 % (87/100, 95 % CI 79.0–92.2)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{100 * Value:0.0} % ({Hits}/{Count}, 95 % CI {100 * Low:0.0}–{100 * High:0.0})");
}
