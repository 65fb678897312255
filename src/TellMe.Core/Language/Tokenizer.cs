using System.Globalization;
using System.Runtime.CompilerServices;

namespace TellMe.Language;

/// <summary>
/// Splits text into word, number and CJK-bigram tokens in a single forward pass.
/// </summary>
/// <remarks>
/// <para>Rules, and why:</para>
/// <list type="bullet">
/// <item>A word is a run of Unicode letters, digits and combining marks. Everything else
/// separates, so "a/b" → "a", "b"; "real-time" → "real", "time"; "events/sec" → "events", "sec".
/// Mixed letter/digit runs stay whole ("k8s", "5k", "80M+" → "80m") because in résumés and
/// stories they are the meaningful unit.</item>
/// <item>An apostrophe between a letter/digit and a letter is kept inside the word and removed by
/// normalisation ("don't" → "dont"); a trailing possessive "'s" is dropped ("team's" → "team"),
/// so possessives match the bare noun. Typographic apostrophes (’ ʼ ＇) count too, because text
/// pasted from documents uses them.</item>
/// <item>'.' or ',' between two digits is kept ("1.5", "v2.0", "1,000" → "1000") so numbers are
/// not shredded into meaningless digits.</item>
/// <item>Han, Hiragana, Katakana and Hangul runs become overlapping character bigrams
/// ("対立した" → "対立", "立し", "した"); a one-character run yields that character. Without this a
/// Japanese question would produce no tokens at all (there are no spaces to split on).</item>
/// <item>Tokens longer than <see cref="MaxTokenLength"/> are skipped: they are hashes, base64 or
/// URLs, never useful for matching, and the cap lets normalisation use a fixed stack buffer.</item>
/// </list>
/// <para>Scripts written without spaces other than CJK (Thai, Lao, Khmer…) come out as long
/// runs and are mostly dropped by the length cap; TellMe's inputs are English and Japanese.</para>
/// <para>Cost is linear in the input: every character is classified a bounded number of times
/// (at most twice inside CJK runs) and nothing is ever re-scanned.</para>
/// </remarks>
public static class Tokenizer
{
    /// <summary>Longest token (in UTF-16 code units, before normalisation) that is emitted.</summary>
    public const int MaxTokenLength = 64;

    /// <summary>
    /// Enumerates tokens without allocating. Use with <c>foreach</c>; each <see cref="Token"/> is
    /// only valid while <paramref name="text"/> is.
    /// </summary>
    public static Enumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>
    /// Convenience form that allocates one normalised string per token; for tests, diagnostics and
    /// callers that do not care about allocation.
    /// </summary>
    public static IReadOnlyList<string> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<string>();
        foreach (var token in Enumerate(text))
        {
            tokens.Add(token.ToNormalizedString());
        }

        return tokens;
    }

    internal enum CharClass : byte
    {
        Separator,
        Letter,
        Digit,
        Mark,
        Cjk,
        Apostrophe,
        NumberJoiner,
    }

    private static readonly CharClass[] AsciiClasses = BuildAsciiClasses();

    private static CharClass[] BuildAsciiClasses()
    {
        var table = new CharClass[128];
        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = CharClass.Letter;
            table[c - 32] = CharClass.Letter;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = CharClass.Digit;
        }

        table['\''] = CharClass.Apostrophe;
        table['.'] = CharClass.NumberJoiner;
        table[','] = CharClass.NumberJoiner;
        return table;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\uFF07';

    /// <summary>
    /// True for code points that belong to scripts written without spaces between words and that
    /// we therefore cut into bigrams. The Katakana middle dot (・) and double hyphen (゠) are
    /// punctuation and excluded so that "キャリア・ゴール" splits like "career goal".
    /// </summary>
    internal static bool IsCjk(int cp) =>
        cp switch
        {
            >= 0x4E00 and <= 0x9FFF => true, // CJK Unified Ideographs
            >= 0x3040 and <= 0x309F => true, // Hiragana
            >= 0x30A1 and <= 0x30FF => cp != 0x30FB, // Katakana except ・
            >= 0x3400 and <= 0x4DBF => true, // Extension A
            >= 0xAC00 and <= 0xD7FF => true, // Hangul syllables + Jamo Extended-B
            >= 0x1100 and <= 0x11FF => true, // Hangul Jamo
            >= 0x3130 and <= 0x318F => true, // Hangul Compatibility Jamo
            >= 0x31F0 and <= 0x31FF => true, // Katakana Phonetic Extensions
            >= 0x3005 and <= 0x3007 => true, // 々 〆 〇
            >= 0xA960 and <= 0xA97F => true, // Hangul Jamo Extended-A
            >= 0xF900 and <= 0xFAFF => true, // CJK Compatibility Ideographs
            >= 0xFF66 and <= 0xFF9F => true, // Half-width Katakana
            >= 0x20000 and <= 0x3FFFF => true, // Extensions B–H, compatibility supplement
            _ => false,
        };

    /// <summary>
    /// Classifies the code point starting at <paramref name="index"/>. The ASCII case is a table
    /// lookup kept small enough to inline; everything else goes to <see cref="ClassifySlow"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static CharClass Classify(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        return c < 0x80 ? AsciiClasses[c] : ClassifySlow(text, index, out width);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CharClass ClassifySlow(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        width = 1;
        int codePoint = c;
        if (char.IsSurrogate(c))
        {
            if (!char.IsHighSurrogate(c) || index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]))
            {
                return CharClass.Separator; // unpaired surrogate: garbage, never part of a token
            }

            codePoint = char.ConvertToUtf32(c, text[index + 1]);
            width = 2;
        }

        if (IsCjk(codePoint))
        {
            return CharClass.Cjk;
        }

        if (IsApostrophe(c))
        {
            return CharClass.Apostrophe;
        }

        var category = width == 1 ? CharUnicodeInfo.GetUnicodeCategory(c) : CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharClass.Letter,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber => CharClass.Digit,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark => CharClass.Mark,
            _ => CharClass.Separator,
        };
    }

    private static int CodePointWidth(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    /// <summary>
    /// Allocation-free token enumerator (a <c>ref struct</c> so it can hold the input span).
    /// </summary>
    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _position;
        private int _bigramStart;
        private int _runEnd;
        private Token _current;

        internal Enumerator(ReadOnlySpan<char> text)
        {
            _text = text;
            _position = 0;
            _bigramStart = -1;
            _runEnd = 0;
            _current = default;
        }

        /// <summary>The token at the current position.</summary>
        public readonly Token Current => _current;

        /// <summary>Returns this enumerator, so it can be used directly in <c>foreach</c>.</summary>
        public readonly Enumerator GetEnumerator() => this;

        /// <summary>Advances to the next token.</summary>
        public bool MoveNext()
        {
            if (_bigramStart >= 0 && NextBigram())
            {
                return true;
            }

            var text = _text;
            var position = _position;
            while (position < text.Length)
            {
                var kind = Classify(text, position, out var width);
                if (kind is CharClass.Letter or CharClass.Digit)
                {
                    var start = position;
                    position = ScanWord(text, position, out var hasLetter);
                    var end = position;
                    if (end - start >= 3 && (text[end - 1] | 0x20) == 's' && IsApostrophe(text[end - 2]))
                    {
                        end -= 2; // possessive 's
                    }

                    if (end - start <= MaxTokenLength)
                    {
                        _position = position;
                        _current = new Token(text[start..end], start, hasLetter ? TokenKind.Word : TokenKind.Number);
                        return true;
                    }

                    continue;
                }

                if (kind == CharClass.Cjk)
                {
                    var start = position;
                    var end = position + width;
                    while (end < text.Length && Classify(text, end, out var next) == CharClass.Cjk)
                    {
                        end += next;
                    }

                    _position = end;
                    if (end == start + width)
                    {
                        _current = new Token(text[start..end], start, TokenKind.Cjk);
                        return true;
                    }

                    _bigramStart = start;
                    _runEnd = end;
                    return NextBigram();
                }

                position += width;
            }

            _position = position;
            return false;
        }

        /// <summary>Scans a word or number starting at a letter/digit; returns its exclusive end.</summary>
        private static int ScanWord(ReadOnlySpan<char> text, int position, out bool hasLetter)
        {
            hasLetter = false;
            var previousWasDigit = false;
            while (position < text.Length)
            {
                var kind = Classify(text, position, out var width);
                switch (kind)
                {
                    case CharClass.Letter:
                        hasLetter = true;
                        previousWasDigit = false;
                        position += width;
                        continue;
                    case CharClass.Digit:
                        previousWasDigit = true;
                        position += width;
                        continue;
                    case CharClass.Mark:
                        position += width;
                        continue;
                    case CharClass.Apostrophe:
                        if (position + width < text.Length && Classify(text, position + width, out _) == CharClass.Letter)
                        {
                            position += width;
                            continue;
                        }

                        return position;
                    case CharClass.NumberJoiner:
                        if (previousWasDigit && position + 1 < text.Length && Classify(text, position + 1, out _) == CharClass.Digit)
                        {
                            position += width;
                            continue;
                        }

                        return position;
                    default:
                        return position;
                }
            }

            return position;
        }

        private bool NextBigram()
        {
            var first = _bigramStart;
            var second = first + CodePointWidth(_text, first);
            if (second >= _runEnd)
            {
                _bigramStart = -1;
                return false;
            }

            var end = second + CodePointWidth(_text, second);
            _current = new Token(_text[first..end], first, TokenKind.Cjk);
            _bigramStart = second;
            return true;
        }
    }
}
