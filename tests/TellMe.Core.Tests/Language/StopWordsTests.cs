using TellMe.Language;

namespace TellMe.Tests.Language;

public sealed class StopWordsTests
{
    [Fact]
    public void English_has_about_150_function_words_plus_interview_filler()
    {
        Assert.InRange(StopWords.FunctionWords.Length, 130, 190);
        Assert.InRange(StopWords.InterviewFiller.Length, 20, 60);
        Assert.Equal(
            StopWords.FunctionWords.Concat(StopWords.InterviewFiller).Distinct().Count(),
            StopWords.English.Count);
    }

    [Theory]
    [InlineData("the")]
    [InlineData("me")]
    [InlineData("about")]
    [InlineData("through")]
    [InlineData("tell")]
    [InlineData("time")]
    [InlineData("describe")]
    [InlineData("example")]
    [InlineData("give")]
    [InlineData("walk")]
    [InlineData("share")]
    [InlineData("situation")]
    [InlineData("didnt")]
    public void Drops_function_words_and_question_scaffolding(string word)
    {
        Assert.True(StopWords.English.Contains(word));
        Assert.True(StopWords.English.Contains(word.AsSpan()));
    }

    [Theory]
    [InlineData("conflict")]
    [InlineData("fail")]
    [InlineData("failure")]
    [InlineData("mistake")]
    [InlineData("customer")]
    [InlineData("deadline")]
    [InlineData("difficult")]
    [InlineData("challenge")]
    [InlineData("disagree")]
    [InlineData("feedback")]
    [InlineData("lead")]
    [InlineData("team")]
    [InlineData("pressure")]
    [InlineData("decision")]
    [InlineData("risk")]
    [InlineData("own")]
    [InlineData("learn")]
    public void Keeps_words_that_name_a_competency(string word)
    {
        Assert.False(StopWords.English.Contains(word));
    }

    [Fact]
    public void Entries_are_normalised_like_tokens()
    {
        var words = new StopWords(["Don't", "ＡＢＣ", "Team's"]);
        Assert.True(words.Contains("dont"));
        Assert.True(words.Contains("abc"));
        Assert.True(words.Contains("team"));
        Assert.Equal(3, words.Count);
    }

    [Fact]
    public void Every_listed_word_is_already_in_normalised_form()
    {
        foreach (var word in StopWords.FunctionWords.Concat(StopWords.InterviewFiller))
        {
            Assert.Equal([word], Tokenizer.Tokenize(word));
        }
    }

    [Fact]
    public void Union_and_except_return_new_sets()
    {
        var withNot = StopWords.English.Except(["not"]);
        Assert.False(withNot.Contains("not"));
        Assert.True(StopWords.English.Contains("not"));

        var extended = StopWords.None.Union(["foo"]);
        Assert.True(extended.Contains("foo"));
        Assert.Equal(0, StopWords.None.Count);
    }
}
