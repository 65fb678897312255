namespace TellMe.Match.Index;

/// <summary>
/// A field whose terms were already produced (by a <c>TextAnalyzer</c> or by a test), with its
/// weight. Lets callers that cache analysed stories, and tests that want exact control over
/// terms, build an index without re-analysing text.
/// </summary>
public sealed record AnalyzedField
{
    private readonly IReadOnlyList<string> _terms = [];
    private readonly double _weight = 1.0;

    /// <summary>Creates a field.</summary>
    public AnalyzedField(IReadOnlyList<string> terms, double weight = 1.0)
    {
        Terms = terms;
        Weight = weight;
    }

    /// <summary>Terms in order, repeats kept (they are the term frequencies).</summary>
    public IReadOnlyList<string> Terms
    {
        get => _terms;
        init => _terms = value ?? throw new ArgumentNullException(nameof(Terms));
    }

    /// <summary>Field weight; finite and ≥ 0.</summary>
    public double Weight
    {
        get => _weight;
        init => _weight = FieldWeight.Validate(value, nameof(Weight));
    }
}
