using TellMe.Language;
using TellMe.Match;

namespace TellMe.Tests.Language;

public sealed class EnglishStemmerTests
{
    [Theory]
    [InlineData("grown", "grow")]
    [InlineData("grew", "grow")]
    [InlineData("growing", "grow")]
    [InlineData("taught", "teach")]
    [InlineData("teaching", "teach")]
    [InlineData("built", "build")]
    [InlineData("chosen", "choos")]
    [InlineData("chose", "choos")]
    [InlineData("choosing", "choos")]
    [InlineData("brought", "bring")]
    [InlineData("thought", "think")]
    [InlineData("lost", "lose")]
    [InlineData("won", "win")]
    public void An_irregular_form_stems_like_the_rest_of_its_verb(string word, string stem) =>
        Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("left")]      // a direction, "what is left", and "Why left X" is a past move, not "why leave"
    [InlineData("found")]     // "found a company"
    [InlineData("ground")]    // "from the ground up"
    [InlineData("bit")]       // "a bit"
    [InlineData("shot")]      // "give it a shot"
    public void Forms_that_are_often_something_else_are_only_stemmed(string word) =>
        Assert.Equal(Porter2Stemmer.Instance.Stem(word), EnglishStemmer.Stem(word));

    [Fact]
    public void Every_listed_form_maps_to_a_different_word()
    {
        Assert.NotEmpty(IrregularForms.All);
        Assert.All(IrregularForms.All, p => Assert.NotEqual(p.Key, p.Value));
        Assert.Null(IrregularForms.BaseOf("grow"));
    }

    [Fact]
    public void A_question_in_the_past_participle_meets_the_question_bank_in_the_present()
    {
        Assert.Equal(MatchText.Analyzer.Analyze("Who have you grown?"), MatchText.Analyzer.Analyze("Who do you grow?"));
        Assert.Contains("teach", MatchText.Analyzer.Analyze("What have you taught yourself?"));
    }
}
