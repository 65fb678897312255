namespace TellMe.Match.Index;

/// <summary>
/// One field of a document to be analysed and indexed, with its weight (e.g. title ×2, body ×1).
/// </summary>
/// <remarks>
/// The weight multiplies both the field's term frequencies and its contribution to document
/// length (see <see cref="Bm25Index{TKey}"/> for why). Weight 0 excludes the field.
/// </remarks>
public sealed record Bm25Field
{
    private readonly string _text = "";
    private readonly double _weight = 1.0;

    /// <summary>Creates a field.</summary>
    public Bm25Field(string text, double weight = 1.0)
    {
        Text = text;
        Weight = weight;
    }

    /// <summary>The raw text; analysed with the index's <c>TextAnalyzer</c>.</summary>
    public string Text
    {
        get => _text;
        init => _text = value ?? throw new ArgumentNullException(nameof(Text));
    }

    /// <summary>Field weight; finite and ≥ 0.</summary>
    public double Weight
    {
        get => _weight;
        init => _weight = FieldWeight.Validate(value, nameof(Weight));
    }
}
