using TellMe.Bank;

namespace TellMe.Tests.Bank;

public class StoryIdTests
{
    [Theory]
    [InlineData("CR2", "CR", 2)]
    [InlineData("IT10", "IT", 10)]
    [InlineData("LX1", "LX", 1)]
    public void Valid_ids_parse(string text, string prefix, int number)
    {
        Assert.True(StoryId.TryParse(text, out var id));
        Assert.Equal((prefix, number), (id.Prefix, id.Number));
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("2")]
    [InlineData("(New)")]
    [InlineData("cr2")]
    [InlineData("CR")]
    [InlineData("CR2.")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("ABCDEFG1")]
    public void Anything_else_is_rejected(string? text) => Assert.False(StoryId.TryParse(text, out _));

    [Fact]
    public void Ids_sort_naturally() =>
        Assert.Equal(["CR2", "IT2", "IT9", "IT10"], new[] { "IT10", "IT2", "CR2", "IT9" }.Select(StoryId.Parse).Order().Select(i => i.Value));
}
