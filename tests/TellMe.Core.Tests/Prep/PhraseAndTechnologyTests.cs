using TellMe.Prep;

namespace TellMe.Tests.Prep;

public sealed class PhraseAndTechnologyTests
{
    [Fact]
    public void Phrases_match_word_for_word_after_stemming()
    {
        var index = new PhraseIndex<string>([("m", "mentor"), ("o", "end to end"), ("d", "tight deadlines")]);
        var hits = index.Find("Mentoring juniors, owning services end-to-end under a tight deadline.");
        Assert.Equal(["m", "o", "d"], hits.Select(h => h.Key));
        Assert.Equal("end-to-end", "Mentoring juniors, owning services end-to-end under a tight deadline."[hits[1].Start..hits[1].End]);
        Assert.Empty(index.Find("The end of the tight schedule"));
    }

    [Fact]
    public void A_word_marked_exact_is_not_stemmed_so_false_friends_stay_apart()
    {
        // Porter2 gives "experiment" and "experience" one stem, and "accountable" and "accounting".
        var stemmed = new PhraseIndex<string>([("x", "experiment")]);
        Assert.NotEmpty(stemmed.Find("5 years of experience"));
        var exact = new PhraseIndex<string>([("x", "=experiment"), ("a", "=accountable"), ("p", "=accountable for results")]);
        Assert.Empty(exact.Find("5 years of experience in accounting"));
        Assert.Equal(["x", "p", "a"], exact.Find("Run an experiment; be accountable for result").Select(h => h.Key));
    }

    [Theory]
    [InlineData("Experience with C#, C++ and .NET", new[] { "C#", "C++", ".NET" })]
    [InlineData("JavaScript and TypeScript on Node.js", new[] { "JavaScript", "TypeScript", "Node.js" })]
    [InlineData("Backend services in Java or Go.", new[] { "Java", "Go" })]
    [InlineData("Go beyond what is asked; you go the extra mile.", new string[0])]
    [InlineData("Our React and React Native clients", new[] { "React", "React Native" })]
    [InlineData("We run Postgres, Kafka and k8s on AWS", new[] { "PostgreSQL", "Kafka", "Kubernetes", "AWS" })]
    [InlineData("A Java-based platform for C-level reports and R&D", new[] { "Java" })]
    [InlineData("Spring is coming; we use Spring Boot", new[] { "Spring" })]
    public void Technologies_are_found_as_whole_names(string text, string[] expected)
    {
        var found = TechnologyVocabulary.Embedded.Find(text).Select(h => h.Technology.Name).ToArray();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void The_shipped_data_files_load()
    {
        Assert.True(TechnologyVocabulary.Embedded.Technologies.Length >= 80);
        Assert.True(PostingSignals.Embedded.Signals.Length >= 20);
        Assert.Equal(["role", "requirements", "preferred", "company", "boilerplate"], PostingSignals.Embedded.Sections.Select(s => s.Kind));
    }
}
