namespace TellMe.Language;

/// <summary>
/// The Porter2 ("Snowball English") stemmer: reduces an English word to a stem so that
/// inflected and derived forms (<c>connect</c>, <c>connected</c>, <c>connection</c>) compare equal.
/// </summary>
/// <remarks>
/// <para>
/// Written from the published Snowball definition of the English stemmer in the form it had
/// before Snowball 3.0 (the form shipped by NLTK, Lucene and the <c>snowball-stemmers</c> npm
/// package that produced our test vectors). Stems are matching keys, not words: stems of
/// different algorithm revisions must never be mixed in one index, so this class is pinned to
/// that revision and the committed vectors guard it.
/// </para>
/// <para>
/// Matching stems every token of every document and query, so the stemmer works in a small
/// stack buffer, never uses regular expressions or LINQ, and allocates only the result string
/// (and nothing at all when the stem equals the input).
/// </para>
/// <para>The instance is stateless and safe to share between threads.</para>
/// </remarks>
public sealed class Porter2Stemmer
{
    /// <summary>The shared instance; the stemmer holds no state, so one is enough.</summary>
    public static Porter2Stemmer Instance { get; } = new();

    // Words up to this length are stemmed in a stack buffer; longer ones (rare: URLs, hashes,
    // glued tokens) get a heap buffer rather than risking a large stackalloc.
    private const int StackLimit = 128;

    private Porter2Stemmer()
    {
    }

    /// <summary>Returns the Porter2 stem of <paramref name="word"/>.</summary>
    /// <param name="word">
    /// A single lowercase word. Apostrophes are part of the word (<c>dog's</c> → <c>dog</c>).
    /// Upper-case letters are not folded here: callers normalise case once when tokenising,
    /// and an upper-case <c>Y</c> would collide with the algorithm's own consonant-y marker.
    /// </param>
    /// <returns>The stem; the same string instance when nothing was removed.</returns>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        // Two letters or fewer are left alone ("as" and "is" must keep their s).
        if (word.Length < 3)
        {
            return word;
        }

        // Irregular forms the rules would get wrong. Checked on the word exactly as given.
        string? exception = Exception1(word);
        if (exception is not null)
        {
            return exception;
        }

        Span<char> w = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];

        // A leading apostrophe ('tis, 'em) carries no meaning for matching.
        ReadOnlySpan<char> source = word[0] == '\'' ? word.AsSpan(1) : word.AsSpan();
        source.CopyTo(w);
        int len = source.Length;

        bool yFound = MarkConsonantY(w[..len]);

        int p1 = FindR1(w[..len]);
        int p2 = FindRegionStart(w[..len], p1);

        len = Step0(w, len);
        len = Step1a(w, len);

        // A few -ing / -eed words whose "suffix" is part of the stem: inning, outing, proceed...
        if (!IsException2(w[..len]))
        {
            len = Step1b(w, len, p1);
            Step1c(w, len);
            len = Step2(w, len, p1);
            len = Step3(w, len, p1, p2);
            len = Step4(w, len, p2);
            len = Step5(w, len, p1, p2);
        }

        if (yFound)
        {
            w[..len].Replace('Y', 'y');
        }

        ReadOnlySpan<char> stem = w[..len];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    /// <summary>
    /// Whole-word exceptions from the definition: forms that the suffix rules would mangle
    /// (<c>skies</c>, <c>dying</c>), <c>-ly</c> words that must not lose <c>ly</c> like adverbs,
    /// and singular words that merely look plural (<c>atlas</c>, <c>news</c>).
    /// </summary>
    private static string? Exception1(string word) => word switch
    {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => word,
        _ => null,
    };

    /// <summary>
    /// Words that, once step 1a has removed a plural <c>s</c>, must not go through step 1b:
    /// their <c>-ing</c> or <c>-eed</c> is not a suffix (<c>herring</c> is not <c>her</c> + <c>ing</c>).
    /// </summary>
    private static bool IsException2(ReadOnlySpan<char> w) => w switch
    {
        "inning" or "outing" or "canning" or "herring" or "earring"
            or "proceed" or "exceed" or "succeed" => true,
        _ => false,
    };

    /// <summary>The definition's vowels. Upper-case <c>Y</c> (a consonant y) is deliberately not one.</summary>
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// Marks a y that acts as a consonant (word-initial, or after a vowel: <c>youth</c>, <c>say</c>)
    /// as <c>Y</c>, so the vowel tests below treat it as a consonant. Runs left to right over the
    /// already-marked text, so in <c>ayy</c> only the first y is marked. Returns whether any y was
    /// marked, so the final unmarking can be skipped in the common case.
    /// </summary>
    private static bool MarkConsonantY(Span<char> w)
    {
        bool found = false;
        if (w.Length > 0 && w[0] == 'y')
        {
            w[0] = 'Y';
            found = true;
        }

        for (int i = 1; i < w.Length; i++)
        {
            if (w[i] == 'y' && IsVowel(w[i - 1]))
            {
                w[i] = 'Y';
                found = true;
            }
        }

        return found;
    }

    /// <summary>
    /// Start of R1. Words beginning <c>gener</c>, <c>commun</c> or <c>arsen</c> get R1 right after
    /// that prefix; otherwise their R1 would be too short to strip anything and
    /// <c>generous</c>/<c>general</c>, <c>communism</c>/<c>community</c> would not be told apart.
    /// </summary>
    private static int FindR1(ReadOnlySpan<char> w)
    {
        if (w.StartsWith("gener") || w.StartsWith("arsen"))
        {
            return 5;
        }

        if (w.StartsWith("commun"))
        {
            return 6;
        }

        return FindRegionStart(w, 0);
    }

    /// <summary>
    /// Position just after the first non-vowel that follows a vowel, searching from
    /// <paramref name="from"/>; the word length if there is none. R1 searches from the start,
    /// R2 from the start of R1.
    /// </summary>
    private static int FindRegionStart(ReadOnlySpan<char> w, int from)
    {
        int i = from;
        while (i < w.Length && !IsVowel(w[i]))
        {
            i++;
        }

        while (i < w.Length && IsVowel(w[i]))
        {
            i++;
        }

        return i < w.Length ? i + 1 : w.Length;
    }

    /// <summary>
    /// True if <c>w[..end]</c> ends in a short syllable: non-vowel, vowel, then a non-vowel
    /// other than w, x or Y (<c>hop</c>, <c>trap</c>); or, for a two-letter word, vowel then
    /// non-vowel (<c>ow</c>, <c>at</c>). Decides whether a lost final e is put back or kept.
    /// </summary>
    private static bool EndsWithShortSyllable(ReadOnlySpan<char> w, int end)
    {
        if (end == 2)
        {
            return IsVowel(w[0]) && !IsVowel(w[1]);
        }

        if (end < 3)
        {
            return false;
        }

        char last = w[end - 1];
        return !IsVowel(w[end - 3]) && IsVowel(w[end - 2])
            && !IsVowel(last) && last is not ('w' or 'x' or 'Y');
    }

    /// <summary>True if <c>w[..end]</c> contains a vowel: a suffix is only removed from a stem that has one.</summary>
    private static bool HasVowel(ReadOnlySpan<char> w, int end)
    {
        for (int i = 0; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWith(Span<char> w, int len, string suffix) =>
        len >= suffix.Length && w[..len].EndsWith(suffix);

    /// <summary>
    /// Replaces the last <paramref name="suffixLength"/> characters with <paramref name="replacement"/>
    /// and returns the new length. The buffer always has room: no rule grows the word past the
    /// length it had on entry.
    /// </summary>
    private static int Replace(Span<char> w, int len, int suffixLength, string replacement)
    {
        int start = len - suffixLength;
        replacement.CopyTo(w[start..]);
        return start + replacement.Length;
    }

    /// <summary>Step 0: possessive apostrophes (<c>'s'</c>, <c>'s</c>, <c>'</c>) are removed outright.</summary>
    private static int Step0(Span<char> w, int len)
    {
        if (EndsWith(w, len, "'s'"))
        {
            return len - 3;
        }

        if (EndsWith(w, len, "'s"))
        {
            return len - 2;
        }

        if (EndsWith(w, len, "'"))
        {
            return len - 1;
        }

        return len;
    }

    /// <summary>
    /// Step 1a: plurals. <c>sses</c> → <c>ss</c>; <c>ied</c>/<c>ies</c> → <c>i</c>, or <c>ie</c> after a
    /// single letter (<c>ties</c> → <c>tie</c>, <c>cries</c> → <c>cri</c>); <c>us</c> and <c>ss</c> stay;
    /// a lone <c>s</c> goes only if a vowel comes before the letter preceding it, so <c>gas</c> and
    /// <c>this</c> keep theirs.
    /// </summary>
    private static int Step1a(Span<char> w, int len)
    {
        if (EndsWith(w, len, "sses"))
        {
            return len - 2;
        }

        if (EndsWith(w, len, "ied") || EndsWith(w, len, "ies"))
        {
            return len > 4 ? Replace(w, len, 3, "i") : Replace(w, len, 3, "ie");
        }

        if (EndsWith(w, len, "us") || EndsWith(w, len, "ss"))
        {
            return len;
        }

        if (EndsWith(w, len, "s") && HasVowel(w, len - 2))
        {
            return len - 1;
        }

        return len;
    }

    /// <summary>
    /// Step 1b: <c>-ed</c>/<c>-ing</c> (and their <c>-ly</c> adverbs). <c>eed</c> becomes <c>ee</c> only in
    /// R1 (so <c>feed</c> stays). Otherwise the suffix goes if the rest has a vowel, and the stem is
    /// repaired: <c>luxuriat</c> → <c>luxuriate</c>, <c>hopp</c> → <c>hop</c>, short <c>hop</c> → <c>hope</c>.
    /// </summary>
    private static int Step1b(Span<char> w, int len, int p1)
    {
        int suffix;

        // Longest suffix first: eedly before edly, eed before ed.
        if (EndsWith(w, len, "eedly"))
        {
            return len - 5 >= p1 ? len - 3 : len;
        }
        else if (EndsWith(w, len, "ingly"))
        {
            suffix = 5;
        }
        else if (EndsWith(w, len, "edly"))
        {
            suffix = 4;
        }
        else if (EndsWith(w, len, "eed"))
        {
            return len - 3 >= p1 ? len - 1 : len;
        }
        else if (EndsWith(w, len, "ing"))
        {
            suffix = 3;
        }
        else if (EndsWith(w, len, "ed"))
        {
            suffix = 2;
        }
        else
        {
            return len;
        }

        int stemLength = len - suffix;
        if (!HasVowel(w, stemLength))
        {
            return len;
        }

        len = stemLength;
        if (EndsWith(w, len, "at") || EndsWith(w, len, "bl") || EndsWith(w, len, "iz"))
        {
            w[len] = 'e';
            return len + 1;
        }

        if (len >= 2 && w[len - 1] == w[len - 2] && w[len - 1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
        {
            return len - 1;
        }

        // A short word (R1 empty, ending in a short syllable) had a silent e: hop(ing) → hope.
        if (len <= p1 && EndsWithShortSyllable(w, len))
        {
            w[len] = 'e';
            return len + 1;
        }

        return len;
    }

    /// <summary>
    /// Step 1c: a final y or Y after a consonant becomes i (<c>cry</c> → <c>cri</c>, matching
    /// <c>cries</c> → <c>cri</c>), but not when that consonant is the first letter (<c>by</c>).
    /// </summary>
    private static void Step1c(Span<char> w, int len)
    {
        if (len >= 3 && w[len - 1] is 'y' or 'Y' && !IsVowel(w[len - 2]))
        {
            w[len - 1] = 'i';
        }
    }

    /// <summary>
    /// Step 2: derivational suffixes mapped to a simpler suffix, only when the whole suffix lies in R1.
    /// As everywhere in the definition, the longest matching suffix is chosen first; if it is not in
    /// R1 nothing happens (no fallback to a shorter suffix).
    /// </summary>
    private static int Step2(Span<char> w, int len, int p1)
    {
        if (len < 3)
        {
            return len;
        }

        switch (w[len - 1])
        {
            case 'l':
                if (EndsWith(w, len, "ational")) return ReplaceInRegion(w, len, 7, "ate", p1);
                if (EndsWith(w, len, "tional")) return ReplaceInRegion(w, len, 6, "tion", p1);
                break;
            case 'n':
                if (EndsWith(w, len, "ization")) return ReplaceInRegion(w, len, 7, "ize", p1);
                if (EndsWith(w, len, "ation")) return ReplaceInRegion(w, len, 5, "ate", p1);
                break;
            case 'r':
                if (EndsWith(w, len, "izer")) return ReplaceInRegion(w, len, 4, "ize", p1);
                if (EndsWith(w, len, "ator")) return ReplaceInRegion(w, len, 4, "ate", p1);
                break;
            case 'm':
                if (EndsWith(w, len, "alism")) return ReplaceInRegion(w, len, 5, "al", p1);
                break;
            case 's':
                if (EndsWith(w, len, "fulness")) return ReplaceInRegion(w, len, 7, "ful", p1);
                if (EndsWith(w, len, "ousness")) return ReplaceInRegion(w, len, 7, "ous", p1);
                if (EndsWith(w, len, "iveness")) return ReplaceInRegion(w, len, 7, "ive", p1);
                break;
            case 'i':
                if (EndsWith(w, len, "biliti")) return ReplaceInRegion(w, len, 6, "ble", p1);
                if (EndsWith(w, len, "lessli")) return ReplaceInRegion(w, len, 6, "less", p1);
                if (EndsWith(w, len, "entli")) return ReplaceInRegion(w, len, 5, "ent", p1);
                if (EndsWith(w, len, "ousli")) return ReplaceInRegion(w, len, 5, "ous", p1);
                if (EndsWith(w, len, "aliti")) return ReplaceInRegion(w, len, 5, "al", p1);
                if (EndsWith(w, len, "iviti")) return ReplaceInRegion(w, len, 5, "ive", p1);
                if (EndsWith(w, len, "fulli")) return ReplaceInRegion(w, len, 5, "ful", p1);
                if (EndsWith(w, len, "enci")) return ReplaceInRegion(w, len, 4, "ence", p1);
                if (EndsWith(w, len, "anci")) return ReplaceInRegion(w, len, 4, "ance", p1);
                if (EndsWith(w, len, "abli")) return ReplaceInRegion(w, len, 4, "able", p1);
                if (EndsWith(w, len, "alli")) return ReplaceInRegion(w, len, 4, "al", p1);
                if (EndsWith(w, len, "bli")) return ReplaceInRegion(w, len, 3, "ble", p1);
                if (EndsWith(w, len, "ogi"))
                {
                    // -logi → -log (archaeologi(cal) → archaeolog); other -ogi words are left alone.
                    return len - 3 >= p1 && len >= 4 && w[len - 4] == 'l' ? len - 1 : len;
                }

                if (EndsWith(w, len, "li"))
                {
                    // Adverbial -li (from -ly after step 1c) goes only after letters that really
                    // end a stem before -ly: "fondly" loses it, "reply" does not.
                    return len - 2 >= p1 && w[len - 3] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't'
                        ? len - 2
                        : len;
                }

                break;
        }

        return len;
    }

    /// <summary>
    /// Step 3: further derivational suffixes, again only within R1; <c>ative</c> additionally needs
    /// R2, being a common ending of short stems that should stay whole.
    /// </summary>
    private static int Step3(Span<char> w, int len, int p1, int p2)
    {
        if (len < 3)
        {
            return len;
        }

        switch (w[len - 1])
        {
            case 'l':
                if (EndsWith(w, len, "ational")) return ReplaceInRegion(w, len, 7, "ate", p1);
                if (EndsWith(w, len, "tional")) return ReplaceInRegion(w, len, 6, "tion", p1);
                if (EndsWith(w, len, "ical")) return ReplaceInRegion(w, len, 4, "ic", p1);
                if (EndsWith(w, len, "ful")) return ReplaceInRegion(w, len, 3, "", p1);
                break;
            case 'e':
                if (EndsWith(w, len, "alize")) return ReplaceInRegion(w, len, 5, "al", p1);
                if (EndsWith(w, len, "icate")) return ReplaceInRegion(w, len, 5, "ic", p1);
                if (EndsWith(w, len, "ative")) return ReplaceInRegion(w, len, 5, "", p2);
                break;
            case 'i':
                if (EndsWith(w, len, "iciti")) return ReplaceInRegion(w, len, 5, "ic", p1);
                break;
            case 's':
                if (EndsWith(w, len, "ness")) return ReplaceInRegion(w, len, 4, "", p1);
                break;
        }

        return len;
    }

    /// <summary>
    /// Step 4: strips a final derivational suffix only in R2, the most conservative region, since
    /// these endings (<c>-er</c>, <c>-ent</c>, <c>-al</c>...) are often part of a short stem.
    /// <c>ion</c> goes only after s or t (<c>adoption</c>, not <c>lion</c>).
    /// </summary>
    private static int Step4(Span<char> w, int len, int p2)
    {
        if (len < 2)
        {
            return len;
        }

        int suffix;
        switch (w[len - 1])
        {
            case 'l':
                suffix = EndsWith(w, len, "al") ? 2 : 0;
                break;
            case 'e':
                suffix = EndsWith(w, len, "ance") || EndsWith(w, len, "ence")
                    || EndsWith(w, len, "able") || EndsWith(w, len, "ible") ? 4
                    : EndsWith(w, len, "ate") || EndsWith(w, len, "ive") || EndsWith(w, len, "ize") ? 3
                    : 0;
                break;
            case 'r':
                suffix = EndsWith(w, len, "er") ? 2 : 0;
                break;
            case 'c':
                suffix = EndsWith(w, len, "ic") ? 2 : 0;
                break;
            case 't':
                suffix = EndsWith(w, len, "ement") ? 5
                    : EndsWith(w, len, "ment") ? 4
                    : EndsWith(w, len, "ant") || EndsWith(w, len, "ent") ? 3
                    : 0;
                break;
            case 'm':
                suffix = EndsWith(w, len, "ism") ? 3 : 0;
                break;
            case 'i':
                suffix = EndsWith(w, len, "iti") ? 3 : 0;
                break;
            case 's':
                suffix = EndsWith(w, len, "ous") ? 3 : 0;
                break;
            case 'n':
                if (EndsWith(w, len, "ion"))
                {
                    return len - 3 >= p2 && len >= 4 && w[len - 4] is 's' or 't' ? len - 3 : len;
                }

                return len;
            default:
                return len;
        }

        return suffix > 0 && len - suffix >= p2 ? len - suffix : len;
    }

    /// <summary>
    /// Step 5: a final e goes in R2, or in R1 unless that would leave a short syllable
    /// (<c>hope</c> keeps it, <c>create</c> does not); a double l in R2 loses one l.
    /// </summary>
    private static int Step5(Span<char> w, int len, int p1, int p2)
    {
        if (len < 1)
        {
            return len;
        }

        int start = len - 1;
        if (w[start] == 'e')
        {
            return start >= p2 || (start >= p1 && !EndsWithShortSyllable(w, start)) ? start : len;
        }

        if (w[start] == 'l' && start >= p2 && start >= 1 && w[start - 1] == 'l')
        {
            return start;
        }

        return len;
    }

    /// <summary>Replaces the suffix when it lies wholly in the region starting at <paramref name="regionStart"/>.</summary>
    private static int ReplaceInRegion(Span<char> w, int len, int suffixLength, string replacement, int regionStart) =>
        len - suffixLength >= regionStart ? Replace(w, len, suffixLength, replacement) : len;
}
