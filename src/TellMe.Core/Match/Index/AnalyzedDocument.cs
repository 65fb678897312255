namespace TellMe.Match.Index;

/// <summary>A document whose fields are already analysed into terms.</summary>
/// <typeparam name="TKey">Identifies the document in search hits.</typeparam>
public sealed record AnalyzedDocument<TKey>(TKey Key, IReadOnlyList<AnalyzedField> Fields)
    where TKey : notnull
{
    /// <summary>A single-field document with weight 1.</summary>
    public AnalyzedDocument(TKey key, IReadOnlyList<string> terms)
        : this(key, [new AnalyzedField(terms)])
    {
    }
}
