using TellMe.Match;
using TellMe.Language;

namespace TellMe.Tests.Language;

public sealed class AbbreviationsTests
{
    private static readonly TextAnalyzer Analyzer = new(TestStemmers.Identity,
        abbreviations: Abbreviations.Build([("site", "reliability", "SRE"), ("reliability", "engineering", "sre"), ("open", "source", "oss")], TestStemmers.Identity));

    [Fact]
    public void A_pair_of_adjacent_words_also_yields_its_abbreviation()
    {
        Assert.Equal(["site", "reliability", "sre", "work"], Analyzer.Analyze("site reliability work"));
        Assert.Equal(["open", "source", "oss"], Analyzer.Analyze("Open-Source"));
    }

    [Fact]
    public void A_phrase_yields_its_abbreviation_once_even_when_pairs_overlap()
    {
        Assert.Equal(["site", "reliability", "sre", "engineering"], Analyzer.Analyze("site reliability engineering"));
        Assert.Equal(["reliability", "engineering", "sre"], Analyzer.Analyze("reliability engineering"));
    }

    [Fact]
    public void Words_apart_or_in_the_other_order_are_not_a_phrase()
    {
        Assert.DoesNotContain("sre", Analyzer.Analyze("the site is about reliability"));
        Assert.DoesNotContain("sre", Analyzer.Analyze("reliability site"));
        Assert.DoesNotContain("oss", Analyzer.Analyze("open the source"));
    }

    [Fact]
    public void Query_and_document_meet_on_the_abbreviation_with_the_real_pipeline()
    {
        var analyzer = MatchText.Analyzer;
        Assert.Contains("sre", analyzer.Analyze("How did you get into site reliability?"));
        Assert.Contains("sre", analyzer.Analyze("Why SRE"));
        Assert.Contains("cto", analyzer.Analyze("our chief technology officer"));
        Assert.Single(analyzer.Analyze("I learned site reliability engineering"), t => t == "sre");
    }

    [Theory]
    [InlineData("Why did you move from SRE to software engineering?", "swe")]
    [InlineData("What keeps pulling you back to the server side?", "backend")]
    [InlineData("Have you done much front end work?", "frontend")]
    public void Engineers_pairs_meet_the_one_word_an_answer_key_uses(string question, string term)
    {
        Assert.Contains(term, MatchText.Analyzer.Analyze(question));
        Assert.DoesNotContain(term, MatchText.Analyzer.Analyze("Which side of the server room were you on?"));
    }

    [Fact]
    public void Abbreviations_are_stemmed_like_the_words_they_follow()
    {
        var table = Abbreviations.Interview(Porter2Stemmer.Instance.Stem);
        Assert.Equal("ml", table.Of(Porter2Stemmer.Instance.Stem("machine"), Porter2Stemmer.Instance.Stem("learning")));
        Assert.Null(table.Of("learn", "machin"));
    }
}
