using TellMe.Language;

namespace TellMe.Tests.Language;

public sealed class SynonymsTests
{
    [Fact]
    public void Interview_vocabulary_has_60_to_120_groups()
    {
        var synonyms = Synonyms.Interview(TestStemmers.Identity);
        Assert.InRange(synonyms.Groups.Length, 60, 120);
        Assert.All(synonyms.Groups, group => Assert.True(group.Stems.Length >= 2, group.Name));
    }

    [Fact]
    public void Interview_vocabulary_lists_each_word_once()
    {
        var seen = new Dictionary<string, string>();
        foreach (var group in InterviewSynonymGroups.All)
        {
            foreach (var word in group)
            {
                Assert.False(seen.TryGetValue(word, out var other), $"'{word}' is in both '{other}' and '{group[0]}'");
                seen[word] = group[0];
            }
        }
    }

    [Fact]
    public void Interview_vocabulary_contains_no_stop_words()
    {
        // A stop word is dropped before the synonym lookup, so listing one would be dead weight.
        foreach (var group in InterviewSynonymGroups.All)
        {
            foreach (var word in group)
            {
                Assert.False(StopWords.English.Contains(word), $"'{word}' in '{group[0]}' is a stop word");
            }
        }
    }

    [Theory]
    [InlineData("pushback", "conflict")]
    [InlineData("clash", "conflict")]
    [InlineData("timeline", "deadline")]
    [InlineData("screwup", "mistake")]
    [InlineData("coach", "mentor")]
    [InlineData("refactor", "legacy")]
    [InlineData("client", "customer")]
    [InlineData("metric", "data")]
    [InlineData("speed", "quick")]
    [InlineData("k8s", "kubernetes")]
    public void Canonical_names_the_group(string word, string group)
    {
        var synonyms = Synonyms.Interview(TestStemmers.Identity);
        Assert.Equal(group, synonyms.Canonical(word));
    }

    [Fact]
    public void Expand_returns_the_other_members_but_never_the_stem_itself()
    {
        var synonyms = Synonyms.Interview(TestStemmers.Identity);
        var expansions = synonyms.Expand("disagreement");
        Assert.DoesNotContain("disagreement", expansions);
        Assert.Contains("conflict", expansions);
        Assert.Contains("pushback", expansions);
        Assert.Contains("clash", expansions);
        Assert.Empty(synonyms.Expand("kubernetesoperator"));
        Assert.Null(synonyms.Canonical("kubernetesoperator"));
    }

    [Fact]
    public void Members_are_stemmed_with_the_injected_stemmer()
    {
        var synonyms = Synonyms.Build([["conflicts", "disagreed", "clashing"]], TestStemmers.Suffix);
        Assert.Equal<string>(["conflict", "disagre", "clash"], synonyms.Groups[0].Stems);
        Assert.Equal("conflicts", synonyms.Groups[0].Name);
        Assert.Equal<string>(["conflict", "clash"], synonyms.Expand("disagre"));
        Assert.Empty(synonyms.Expand("disagreed")); // lookups take stems, not surface words
    }

    [Fact]
    public void Members_collapsing_to_one_stem_are_deduplicated()
    {
        var synonyms = Synonyms.Build([["fail", "fails", "failing", "error"]], TestStemmers.Suffix);
        Assert.Equal<string>(["fail", "error"], synonyms.Groups[0].Stems);
    }

    [Fact]
    public void A_stem_in_two_groups_expands_to_both_and_is_named_by_the_first()
    {
        var synonyms = Synonyms.Build([["lead", "drive"], ["car", "drive"]], TestStemmers.Identity);
        Assert.Equal("lead", synonyms.Canonical("drive"));
        Assert.Equal<string>(["lead", "car"], synonyms.Expand("drive"));
        Assert.Equal(2, synonyms.GroupsOf("drive").Count);
        Assert.Equal<string>(["drive"], synonyms.Expand("car"));
    }

    [Theory]
    [InlineData("time pressure")]
    [InlineData("screw-up")]
    [InlineData("2024")]
    [InlineData("!!")]
    public void Members_must_be_single_words(string member)
    {
        Assert.Throws<ArgumentException>(() => Synonyms.Build([["ok", member]], TestStemmers.Identity));
    }

    [Fact]
    public void Empty_groups_are_rejected_and_empty_synonyms_expand_nothing()
    {
        Assert.Throws<ArgumentException>(() => Synonyms.Build([[]], TestStemmers.Identity));
        Assert.Empty(Synonyms.Empty.Expand("conflict"));
        Assert.Empty(Synonyms.Empty.Groups);
    }
}
