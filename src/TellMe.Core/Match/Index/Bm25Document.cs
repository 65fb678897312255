namespace TellMe.Match.Index;

/// <summary>A document to index: a caller-chosen key and one or more weighted text fields.</summary>
/// <typeparam name="TKey">Identifies the document in search hits (e.g. a story id).</typeparam>
public sealed record Bm25Document<TKey>(TKey Key, IReadOnlyList<Bm25Field> Fields)
    where TKey : notnull
{
    /// <summary>A single-field document with weight 1.</summary>
    public Bm25Document(TKey key, string text)
        : this(key, [new Bm25Field(text)])
    {
    }
}
