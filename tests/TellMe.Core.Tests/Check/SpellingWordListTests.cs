using TellMe.Language;
using TellMe.Check.Rules;
using TellMe.Text;

namespace TellMe.Tests.Check;

/// <summary>
/// TM015 never calls an English word a misspelling of a technical term. The list it asks
/// (data/english-words.txt) is generated from Debian's wamerican dictionary, which CI installs (.ci/run).
/// </summary>
public class SpellingWordListTests
{
    private const string Dictionary = "/usr/share/dict/american-english";

    [Theory]
    [InlineData("sharing")]
    [InlineData("tracking")]
    [InlineData("docket")]
    [InlineData("Sharing")]
    public void A_common_english_word_is_never_a_misspelling(string word) =>
        Assert.Null(TechnicalTermSpellingRule.Suggest(word));

    [Fact]
    public void No_word_of_the_dictionary_is_reported()
    {
        Assert.True(File.Exists(Dictionary), $"{Dictionary} is missing: install Debian's wamerican (.ci/run does)");
        var reported = File.ReadLines(Dictionary)
            .Where(w => w.Length >= 6 && w.All(char.IsAsciiLetterLower))
            .Where(w => TechnicalTermSpellingRule.Suggest(w) is not null)
            .ToList();
        Assert.Empty(reported);
    }

    [Fact]
    public void Every_listed_word_comes_from_the_dictionary_and_the_list_stays_compact()
    {
        Assert.True(File.Exists(Dictionary), $"{Dictionary} is missing: install Debian's wamerican (.ci/run does)");
        var dictionary = File.ReadLines(Dictionary).ToHashSet(StringComparer.Ordinal);
        Assert.All(WordLists.EnglishNearTerms, w => Assert.Contains(w, dictionary));
        Assert.InRange(WordLists.EnglishNearTerms.Count, 100, 5000);
        Assert.Contains("sharing", (IReadOnlySet<string>)WordLists.EnglishNearTerms);
        Assert.Contains("tracking", (IReadOnlySet<string>)WordLists.EnglishNearTerms);
    }

    [Fact]
    public void The_terms_live_in_data_and_real_slips_are_still_found()
    {
        Assert.Contains("WebSocket", WordLists.TechnicalTerms);
        Assert.Contains("Sharding", WordLists.TechnicalTerms);
        Assert.Equal("Sharding", TechnicalTermSpellingRule.Suggest("Shardnig"));
        Assert.Equal("tracing", TechnicalTermSpellingRule.Suggest("tarcing"));
    }
}
