using TellMe.Language;

namespace TellMe.Tests.Language;

public sealed class TenseTests
{
    [Theory]
    [InlineData("Why did you leave your last job?")]
    [InlineData("What made you step away from the company you co-founded?")]
    [InlineData("You joined a startup two years ago. Why?")]
    public void A_question_about_a_move_already_made_is_in_the_past(string question) =>
        Assert.True(Tense.Of(question) < 0, question);

    [Theory]
    [InlineData("Why are you looking right now?")]
    [InlineData("What's prompting you to explore other opportunities?")]
    [InlineData("You’re doing well where you are. Why move on now?")]
    public void A_question_about_a_move_under_way_is_in_the_present(string question) =>
        Assert.True(Tense.Of(question) > 0, question);

    [Theory]
    [InlineData("Tell me about conflict.")]
    [InlineData("Why did you take the job you have now?")]
    [InlineData("")]
    public void No_marker_or_as_many_of_each_is_no_opinion(string question) =>
        Assert.Equal(0, Tense.Of(question));

    [Theory]
    [InlineData("Why left CTO", -1)]
    [InlineData("Why joined Acme", -1)]
    [InlineData("Why searching a new position", 1)]
    [InlineData("Why leaving", 1)]
    [InlineData("Why US", 0)]
    [InlineData("Past Job", 0)]
    [InlineData("Technically Challenging", 0)]
    [InlineData("Why applied", -1)]
    [InlineData("Why quitting", 1)]
    [InlineData("Why engineering", 0)]
    [InlineData("Why freelancing", 0)]
    public void An_answer_key_names_a_time_only_with_the_verb_after_why(string key, int tense) =>
        Assert.Equal(tense, Tense.OfKey(key));
}
