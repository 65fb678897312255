using System.Diagnostics;
using System.Text;
using TellMe.Language;

namespace TellMe.Tests.Language;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text) => [.. Tokenizer.Tokenize(text)];

    [Fact]
    public void Empty_and_whitespace_yield_nothing()
    {
        Assert.Empty(Tokens(""));
        Assert.Empty(Tokens("   \t\r\n  "));
        Assert.Empty(Tokens("!?.,;:—-/()[]{}\"'’"));
    }

    [Fact]
    public void Lowercases_and_splits_on_punctuation()
    {
        Assert.Equal(
            ["tell", "me", "about", "a", "conflict", "with", "your", "manager"],
            Tokens("Tell me about a CONFLICT with your Manager!"));
        Assert.Equal(["real", "time", "events", "sec"], Tokens("real-time events/sec"));
        Assert.Equal(["snake", "case", "node", "js"], Tokens("snake_case (Node.js)"));
    }

    [Fact]
    public void Slash_separated_pairs_become_separate_tokens()
    {
        Assert.Equal(["a", "b", "testing"], Tokens("A/B testing"));
        Assert.Equal(["ci", "cd"], Tokens("CI/CD"));
    }

    [Fact]
    public void Letter_digit_mixes_stay_whole()
    {
        Assert.Equal(["k8s", "cluster"], Tokens("k8s cluster"));
        Assert.Equal(["5k", "users", "80m", "events", "12k", "servers"], Tokens("5k users, 80M+ events, 12k+ servers"));
        Assert.Equal(["v2.0", "released"], Tokens("v2.0 released."));
    }

    [Fact]
    public void Numbers_keep_inner_decimal_and_thousands_separators()
    {
        Assert.Equal(["1.5", "years", "1000", "users", "2024"], Tokens("1.5 years, 1,000 users (2024)."));

        var kinds = new List<TokenKind>();
        foreach (var token in Tokenizer.Enumerate("1.5 k8s"))
        {
            kinds.Add(token.Kind);
        }

        Assert.Equal([TokenKind.Number, TokenKind.Word], kinds);
    }

    [Fact]
    public void Possessive_s_is_stripped_and_contractions_are_joined()
    {
        Assert.Equal(["the", "team", "deadline"], Tokens("the team's deadline"));
        Assert.Equal(["patients", "data"], Tokens("patients' data"));
        Assert.Equal(["japan", "most", "prominent"], Tokens("Japan’s most prominent"));
        Assert.Equal(["i", "dont", "think", "it", "worked"], Tokens("I don't think it's worked"));
        Assert.Equal(["obrien", "said", "rocknroll"], Tokens("O'Brien said rock'n'roll"));
    }

    [Fact]
    public void Quotes_around_words_are_not_apostrophes()
    {
        Assert.Equal(["quoted", "word"], Tokens("'quoted' 'word'"));
        Assert.Equal(["90s"], Tokens("'90s"));
    }

    [Fact]
    public void Accented_and_non_latin_letters_are_word_characters()
    {
        Assert.Equal(["café", "naïve", "résumé"], Tokens("Café naïve RÉSUMÉ"));
        Assert.Equal(["привет", "мир"], Tokens("Привет, мир"));
        // Decomposed é (e + combining acute) stays one token.
        Assert.Equal(["cafe\u0301"], Tokens("Cafe\u0301"));
    }

    [Fact]
    public void Full_width_ascii_is_folded()
    {
        Assert.Equal(["aws", "2024"], Tokens("ＡＷＳ ２０２４"));
    }

    [Fact]
    public void Japanese_text_yields_character_bigrams()
    {
        var tokens = Tokens("チームで対立した経験を教えてください");

        // 18 characters in one run → 17 overlapping bigrams.
        Assert.Equal(17, tokens.Length);
        Assert.Equal("チー", tokens[0]);
        Assert.Contains("対立", tokens);
        Assert.Contains("経験", tokens);
        Assert.Equal("さい", tokens[^1]);
    }

    [Fact]
    public void Cjk_runs_are_split_by_latin_words_and_punctuation()
    {
        Assert.Equal(["kubernetes", "クラ", "ラス", "スタ", "タを", "を移", "移行"], Tokens("Kubernetesクラスタを移行"));
        Assert.Equal(["キャ", "ャリ", "リア", "ゴー", "ール"], Tokens("キャリア・ゴール"));
        Assert.Equal(["東京", "大学"], Tokens("東京、大学"));
        Assert.Equal(["3", "人"], Tokens("3人"));
        Assert.Equal(["갈등", "해결"], Tokens("갈등 해결"));
    }

    [Fact]
    public void Cjk_bigrams_handle_supplementary_ideographs()
    {
        // 𠮷 (U+20BB7) is a surrogate pair; bigrams must not cut it in half.
        Assert.Equal(["𠮷野", "野家"], Tokens("𠮷野家"));
    }

    [Fact]
    public void Token_offsets_point_into_the_input()
    {
        const string text = "Led a k8s migration";
        foreach (var token in Tokenizer.Enumerate(text))
        {
            Assert.Equal(token.Raw.ToString(), text.Substring(token.Start, token.Raw.Length));
        }
    }

    [Fact]
    public void Overlong_tokens_are_dropped()
    {
        var blob = new string('x', Tokenizer.MaxTokenLength + 1);
        var exact = new string('y', Tokenizer.MaxTokenLength);
        Assert.Equal(["before", exact, "after"], Tokens($"before {blob} {exact} after"));
    }

    [Fact]
    public void Unpaired_surrogates_are_separators()
    {
        Assert.Equal(["ab", "cd"], Tokens("ab\uD800cd"));
    }

    [Fact]
    public void One_megabyte_of_text_tokenizes_completely()
    {
        var builder = new StringBuilder(1 << 20);
        const string sentence = "I led the k8s migration of 12k+ servers; the team's on-call load fell 80%. ";
        while (builder.Length < 1 << 20)
        {
            builder.Append(sentence);
        }

        var text = builder.ToString();
        var count = 0;
        foreach (var _ in Tokenizer.Enumerate(text))
        {
            count++;
        }
        var sentences = (text.Length + sentence.Length - 1) / sentence.Length;
        Assert.Equal(sentences * 15, count);
    }

    [Theory]
    [InlineData('x')] // one giant over-long word
    [InlineData('経')] // one giant CJK run
    [InlineData('\'')] // nothing but separators
    public void Pathological_megabyte_inputs_are_linear(char fill)
    {
        var text = new string(fill, 1 << 20) + " tail";
        var last = "";
        var count = 0;
        foreach (var token in Tokenizer.Enumerate(text))
        {
            count++;
            last = token.Raw.ToString();
        }
        Assert.Equal("tail", last);
        Assert.Equal(fill == '経' ? (1 << 20) : 1, count);
    }

    [Fact]
    public void Alternating_apostrophes_and_dots_are_linear()
    {
        var text = string.Concat(Enumerable.Repeat("a'1.", 1 << 18));
        var count = 0;
        foreach (var _ in Tokenizer.Enumerate(text))
        {
            count++;
        }
        Assert.True(count > 0);
    }
}
