using TellMe.Language;

namespace TellMe.Tests.Language;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Drops_stop_words_then_stems_words_only()
    {
        var analyzer = new TextAnalyzer(TestStemmers.Suffix);
        Assert.Equal(
            ["conflict", "manager", "deadlin", "migrat", "12k", "server", "1.5", "year"],
            analyzer.Analyze("Tell me about a time you had conflicts with your manager's deadlines, migrating 12k servers in 1.5 years"));
    }

    [Fact]
    public void Cjk_bigrams_are_not_stemmed()
    {
        var analyzer = new TextAnalyzer(static w => w + "!");
        Assert.Equal(["対立", "立し", "した", "team!"], analyzer.Analyze("対立した team"));
    }

    [Fact]
    public void Japanese_question_yields_terms()
    {
        var analyzer = new TextAnalyzer(TestStemmers.Identity);
        Assert.NotEmpty(analyzer.Analyze("チームで対立した経験を教えてください"));
    }

    [Fact]
    public void Empty_stems_are_dropped()
    {
        var analyzer = new TextAnalyzer(static w => w == "drop" ? "" : w, StopWords.None);
        Assert.Equal(["keep"], analyzer.Analyze("drop keep"));
    }

    [Fact]
    public void Query_weights_count_repeats_and_add_synonyms_at_lower_weight()
    {
        var synonyms = Synonyms.Build([["conflict", "disagreement", "clash"], ["customer", "client"]], TestStemmers.Identity);
        var analyzer = new TextAnalyzer(TestStemmers.Identity, synonyms: synonyms);

        var query = analyzer.AnalyzeQuery("Tell me about a conflict with a customer. How did the conflict end? Any clash?");

        Assert.Equal(
            [("conflict", 2.0), ("customer", 1.0), ("end", 1.0), ("clash", 1.0), ("disagreement", 0.5), ("client", 0.5)],
            query);
    }

    [Fact]
    public void Synonym_weight_is_configurable_and_without_synonyms_nothing_is_added()
    {
        var synonyms = Synonyms.Build([["conflict", "clash"]], TestStemmers.Identity);
        Assert.Equal(
            [("conflict", 1.0), ("clash", 0.25)],
            new TextAnalyzer(TestStemmers.Identity, synonyms: synonyms, synonymWeight: 0.25).AnalyzeQuery("conflict"));
        Assert.Equal([("conflict", 1.0)], new TextAnalyzer(TestStemmers.Identity).AnalyzeQuery("conflict"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextAnalyzer(TestStemmers.Identity, synonymWeight: 0));
    }

    [Fact]
    public void Synonyms_built_with_the_same_stemmer_line_up_with_analysed_terms()
    {
        var synonyms = Synonyms.Build([["disagreement", "conflicts"]], TestStemmers.Suffix);
        var analyzer = new TextAnalyzer(TestStemmers.Suffix, synonyms: synonyms);
        Assert.Equal([("disagreement", 1.0), ("conflict", 0.5)], analyzer.AnalyzeQuery("disagreements"));
    }

    [Fact]
    public void Analyzer_is_safe_to_share_between_threads()
    {
        var analyzer = new TextAnalyzer(TestStemmers.Suffix, synonyms: Synonyms.Interview(TestStemmers.Suffix));
        const string text = "Describe a disagreement with a stakeholder about a legacy migration deadline";
        var expected = analyzer.AnalyzeQuery(text);
        Parallel.For(0, 200, _ => Assert.Equal(expected, analyzer.AnalyzeQuery(text)));
    }
}
