namespace TellMe.Language;

/// <summary>
/// What a <see cref="Token"/> is made of. The analyzer needs this because only
/// <see cref="Word"/> tokens should go through an English stemmer: stemming a number
/// ("1.5") or a CJK bigram is meaningless at best and destructive at worst.
/// </summary>
public enum TokenKind
{
    /// <summary>Letters (optionally mixed with digits, e.g. "k8s", "5k", "80m", "v2.0").</summary>
    Word,

    /// <summary>Digits only, possibly with inner '.' or ',' separators ("2024", "1.5", "1,000").</summary>
    Number,

    /// <summary>
    /// A CJK character bigram (or a lone character when the CJK run is one character long).
    /// CJK text has no spaces, so overlapping bigrams are the standard dictionary-free way
    /// to get matchable units out of it (the approach of Lucene's CJKBigramFilter).
    /// </summary>
    Cjk,
}
