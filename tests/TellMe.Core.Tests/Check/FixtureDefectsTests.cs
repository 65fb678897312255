using TellMe.Check;
using TellMe.Diagnostics;

namespace TellMe.Tests.Check;

/// <summary>Every defect the user's real pages have is found by check, at the file and line where it is written.</summary>
public class FixtureDefectsTests : IDisposable
{
    private readonly ImportedBank _bank = new();
    private readonly IReadOnlyList<Diagnostic> _found;

    public FixtureDefectsTests() => _found = Checker.Run(_bank.Load(), _bank.Root);

    public void Dispose() => _bank.Dispose();

    private void AssertFound(string code, string file, string lineContaining, string messagePart)
    {
        int line = _bank.LineOf(file, lineContaining);
        Assert.True(_found.Any(d => d.Code == code && d.File == file && d.Line == line && d.Message.Contains(messagePart, StringComparison.Ordinal)),
            $"expected {code} at {file}:{line} about '{messagePart}'; found:\n{string.Join("\n", _found.Where(d => d.File == file))}");
    }

    [Fact]
    public void The_mis_encoded_arrow_is_found_where_the_key_is_written() =>
        AssertFound("TM009", "answers/why-sre-swe.md", "key: Why SRE", "â†’");

    [Fact]
    public void IT5_and_IT6_are_flagged_as_one_story_told_under_two_IDs() =>
        AssertFound("TM003", "stories/IT6.md", "title: Migrated from MySQL", "IT5");

    [Fact]
    public void The_prefixless_reference_2_suggests_CR2() =>
        AssertFound("TM004", "frameworks/amazon.yaml", "ref: 2", "CR2");

    [Theory]
    [InlineData("answers/conflict.md", "(New)")]
    [InlineData("answers/failure.md", "(New)")]
    [InlineData("answers/low-performer.md", "(New)")]
    [InlineData("answers/weakness-negative-feedback.md", "(New)")]
    public void Placeholders_in_answers_are_found(string file, string placeholder) =>
        AssertFound("TM005", file, placeholder, placeholder);

    [Fact]
    public void Both_New_placeholders_of_the_principles_page_are_found()
    {
        var lines = File.ReadAllLines(_bank.Path("frameworks/amazon.yaml"))
            .Select((text, i) => (text, line: i + 1)).Where(x => x.text.Contains("ref: (New)", StringComparison.Ordinal)).Select(x => x.line).ToList();
        Assert.Equal(2, lines.Count);
        foreach (var line in lines)
            Assert.Contains(_found, d => d.Code == "TM005" && d.File == "frameworks/amazon.yaml" && d.Line == line);
    }

    [Fact]
    public void The_empty_Commit_label_is_found() =>
        AssertFound("TM006", "stories/CR3.md", "- Commit:", "Commit:");

    [Fact]
    public void A_result_with_no_number_is_found_at_its_section() =>
        AssertFound("TM007", "stories/CR1.md", "## Result", "CR1");

    [Fact]
    public void The_story_told_twice_in_different_words_is_found()
    {
        // IT4 is told under principles 3 and 16; the second telling's Situation differs.
        AssertFound("TM010", "frameworks/amazon.yaml", "as the business grows", "IT4");
        AssertFound("TM012", "stories/IT4.md", "id: IT4", "2 principles");
    }

    [Fact]
    public void The_misspelled_WebSocket_is_found_once() =>
        Assert.Single(_found, d => d.Code == "TM015" && d.Message.Contains("WebSocet", StringComparison.Ordinal) && d.File == "stories/IT2.md"
            && d.Line == _bank.LineOf("stories/IT2.md", "WebSocet"));

    [Fact]
    public void The_label_without_its_colon_is_found()
    {
        int line = _bank.LineOf("frameworks/amazon.yaml", "bare-labels:") + 1;
        Assert.Equal("          - Action", File.ReadAllLines(_bank.Path("frameworks/amazon.yaml"))[line - 1]);
        Assert.Contains(_found, d => d.Code == "TM016" && d.File == "frameworks/amazon.yaml" && d.Line == line);
    }

    [Fact]
    public void The_title_less_placeholder_story_takes_the_first_sentence_of_its_situation_and_the_page_keeps_New()
    {
        // Issue 8: a (New) entry gets a non-empty title; the page is not changed by it.
        Assert.DoesNotContain(_found, d => d.Code == "TM008" && d.Message.Contains("has no title", StringComparison.Ordinal));
        Assert.Contains("title: One of our engineers repeatedly delayed the deadline for a feature development", File.ReadAllText(_bank.Path("stories/IT7.md")));
    }

    [Fact]
    public void Columns_point_at_the_text()
    {
        var d = _found.First(d => d.Code == "TM015");
        string line = File.ReadAllLines(_bank.Path(d.File))[d.Line - 1];
        Assert.Equal("WebSocet", line.Substring(d.Column - 1, "WebSocet".Length));
    }

    [Fact]
    public void The_imported_fixture_bank_has_no_errors_only_warnings_and_notes() =>
        Assert.DoesNotContain(_found, d => d.Severity == Severity.Error);
}
