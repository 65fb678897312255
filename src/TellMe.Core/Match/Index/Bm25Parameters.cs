namespace TellMe.Match.Index;

/// <summary>
/// BM25 free parameters.
/// </summary>
/// <remarks>
/// The defaults (k1 = 1.2, b = 0.75) are the values Robertson et al. recommend and Lucene ships;
/// they are rarely worth tuning for a corpus of a few hundred personal stories.
/// </remarks>
public sealed record Bm25Parameters
{
    private readonly double _k1 = 1.2;
    private readonly double _b = 0.75;

    /// <summary>The standard parameters: k1 = 1.2, b = 0.75.</summary>
    public static Bm25Parameters Default { get; } = new();

    /// <summary>
    /// Term-frequency saturation: how quickly extra occurrences stop adding score. 0 makes BM25 a
    /// binary "term present" model. Must be finite and ≥ 0.
    /// </summary>
    public double K1
    {
        get => _k1;
        init => _k1 = double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(K1), value, "k1 must be finite and >= 0.");
    }

    /// <summary>
    /// Length normalisation: 0 ignores document length, 1 fully normalises by it. Must be in [0, 1].
    /// </summary>
    public double B
    {
        get => _b;
        init => _b = value is >= 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(B), value, "b must be in [0, 1].");
    }
}
