using System.Text;

namespace TellMe.Language;

/// <summary>
/// One token produced by <see cref="Tokenizer.Enumerate"/>: a slice of the input plus its kind.
/// </summary>
/// <remarks>
/// The token deliberately points into the caller's text instead of owning a string, so that
/// tokenising does not allocate; callers that keep a token call <see cref="Normalize"/> into
/// a buffer (the analyzer uses a stack buffer and only allocates for tokens that survive
/// stop-word filtering) or <see cref="ToNormalizedString"/>.
/// </remarks>
public readonly ref struct Token
{
    internal Token(ReadOnlySpan<char> raw, int start, TokenKind kind)
    {
        Raw = raw;
        Start = start;
        Kind = kind;
    }

    /// <summary>
    /// The token exactly as it appears in the input (original case; a word may still contain
    /// inner apostrophes such as "don't", a number inner ',' thousands separators).
    /// Never longer than <see cref="Tokenizer.MaxTokenLength"/>.
    /// </summary>
    public ReadOnlySpan<char> Raw { get; }

    /// <summary>Offset of <see cref="Raw"/> in the input, for callers that want to highlight matches.</summary>
    public int Start { get; }

    /// <summary>What the token consists of; decides whether it is stemmed.</summary>
    public TokenKind Kind { get; }

    /// <summary>
    /// Writes the normalised form: lowercase (invariant), apostrophes and ',' removed
    /// ("Don't" → "dont", "1,000" → "1000"), full-width ASCII folded to ASCII ("ＡＷＳ" → "aws").
    /// CJK tokens are copied unchanged. Returns the number of characters written.
    /// </summary>
    /// <param name="destination">At least <c>Raw.Length</c> characters; normalising never lengthens a token.</param>
    public int Normalize(Span<char> destination)
    {
        var raw = Raw;
        if (destination.Length < raw.Length)
        {
            throw new ArgumentException("Destination must be at least as long as the raw token.", nameof(destination));
        }

        if (Kind == TokenKind.Cjk)
        {
            raw.CopyTo(destination);
            return raw.Length;
        }

        var written = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c < 0x80)
            {
                if (c is '\'' or ',')
                {
                    continue;
                }

                destination[written++] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
                continue;
            }

            if (Tokenizer.IsApostrophe(c))
            {
                continue;
            }

            if (c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A'))
            {
                // Full-width digits and Latin letters, common in Japanese-entered text.
                var ascii = (char)(c - 0xFEE0);
                destination[written++] = ascii is >= 'A' and <= 'Z' ? (char)(ascii | 0x20) : ascii;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                written += Rune.ToLowerInvariant(new Rune(c, raw[i + 1])).EncodeToUtf16(destination[written..]);
                i++;
                continue;
            }

            destination[written++] = char.ToLowerInvariant(c);
        }

        return written;
    }

    /// <summary>Allocates the normalised form (see <see cref="Normalize"/>).</summary>
    public string ToNormalizedString()
    {
        Span<char> buffer = stackalloc char[Tokenizer.MaxTokenLength];
        var length = Normalize(buffer);
        return new string(buffer[..length]);
    }

    /// <inheritdoc cref="ToNormalizedString"/>
    public override string ToString() => ToNormalizedString();
}
