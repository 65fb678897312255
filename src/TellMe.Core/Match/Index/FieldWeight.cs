namespace TellMe.Match.Index;

/// <summary>Shared validation for field weights, so both field records reject the same values.</summary>
internal static class FieldWeight
{
    /// <summary>
    /// Negative or non-finite weights would make term frequencies or document lengths negative or
    /// NaN, which silently corrupts every score in the index; reject them at construction.
    /// </summary>
    public static double Validate(double weight, string name) =>
        double.IsFinite(weight) && weight >= 0
            ? weight
            : throw new ArgumentOutOfRangeException(name, weight, "Field weight must be finite and >= 0.");
}
