using TellMe.Language;

namespace TellMe.Tests.Language;

public sealed class NameFoldTests
{
    private static readonly string[] Names = ["Why applied", "Why US", "Why SRE â†’ SWE", "Bias for action", "Tight Schedule"];

    [Fact]
    public void Case_spacing_and_encoding_damage_do_not_count() =>
        Assert.Equal(NameFold.Of("Why SRE → SWE"), NameFold.Of("  why sre  â†’ SWE "));

    [Theory]
    [InlineData("Why Us Folks", "Why US")]          // shares half the words
    [InlineData("why aplied", "Why applied")]        // one letter away
    [InlineData("bias for acton", "Bias for action")]
    [InlineData("why sre → swe", "Why SRE â†’ SWE")]
    [InlineData("Zebra", null)]
    [InlineData("", null)]
    public void Closest_names_a_name_sharing_most_words_or_a_few_letters_away(string wanted, string? expected) =>
        Assert.Equal(expected, NameFold.Closest(wanted, Names));
}
