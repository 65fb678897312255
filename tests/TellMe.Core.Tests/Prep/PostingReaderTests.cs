using TellMe.Prep;

namespace TellMe.Tests.Prep;

public sealed class PostingReaderTests
{
    private static Posting Read(string text)
    {
        var (posting, problem) = PostingReader.Read(text, "posting.md", PostingSignals.Embedded);
        Assert.Null(problem);
        return posting!;
    }

    [Fact]
    public void A_markdown_posting_gives_sentences_with_their_line_heading_and_weight()
    {
        var posting = Read(File.ReadAllText(TestFiles.Data("postings", "backend-payments.md")).Replace("\r\n", "\n"));
        Assert.Equal("Senior Backend Engineer, Payments Ledger", posting.Title);
        var mentor = Assert.Single(posting.Sentences, s => s.Text.StartsWith("Mentor other engineers", StringComparison.Ordinal));
        Assert.Equal(19, mentor.Line);
        Assert.Equal("What you'll do", mentor.Section);
        Assert.Equal(1, mentor.Weight);
        // A list item wrapped onto the next line is one sentence, on the line it starts.
        var own = Assert.Single(posting.Sentences, s => s.Text.StartsWith("Own the design", StringComparison.Ordinal));
        Assert.Equal(13, own.Line);
        Assert.EndsWith("to the pager.", own.Text);
        // Markdown marks are gone.
        Assert.Contains(posting.Sentences, s => s.Text.StartsWith("Location: Seattle", StringComparison.Ordinal));
        Assert.All(posting.Sentences, s => Assert.DoesNotContain("**", s.Text));
        Assert.Equal(0.5, Assert.Single(posting.Sentences, s => s.Text.StartsWith("Familiarity with Terraform", StringComparison.Ordinal)).Weight);
        // Benefits and the equal-opportunity statement say nothing about the interviews.
        Assert.All(posting.Sentences.Where(s => s.Section is "Benefits" or "Equal opportunity"), s => Assert.Equal(0, s.Weight));
    }

    [Fact]
    public void A_plain_text_posting_finds_its_headings_and_an_inline_perks_line()
    {
        var posting = Read(File.ReadAllText(TestFiles.Data("postings", "sre-plain.txt")));
        Assert.Equal("Site Reliability Engineer - Observability Platform", posting.Title);
        Assert.Equal("What you bring", Assert.Single(posting.Sentences, s => s.Text.Contains("Deep experience with Linux", StringComparison.Ordinal)).Section);
        Assert.Equal(0.5, Assert.Single(posting.Sentences, s => s.Text.StartsWith("We build the monitoring", StringComparison.Ordinal)).Weight); // "Who we are"
        Assert.Equal(0, Assert.Single(posting.Sentences, s => s.Text.StartsWith("Perks:", StringComparison.Ordinal)).Weight);
        Assert.Contains(posting.Sentences, s => s.Text == "You will be on call one week in six." && s.Line == 8);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t \n")]
    public void An_empty_posting_is_refused_with_a_message(string text)
    {
        var (posting, problem) = PostingReader.Read(text, "empty.txt", PostingSignals.Embedded);
        Assert.Null(posting);
        Assert.Equal("the posting empty.txt is empty; paste the job posting's text into it (plain text or Markdown)", problem);
    }

    [Fact]
    public void A_posting_of_a_megabyte_is_refused_with_a_message_not_read()
    {
        string huge = string.Concat(Enumerable.Repeat("You will mentor engineers and own services end to end. ", 19_000));
        Assert.True(huge.Length > 1_000_000);
        var (posting, problem) = PostingReader.Read(huge, "huge.txt", PostingSignals.Embedded);
        Assert.Null(posting);
        Assert.StartsWith("the posting huge.txt is 1,0", problem);
        Assert.Contains("Save just the posting's text, not the whole web page", problem);
    }

    [Fact]
    public void Sentences_split_at_full_stops_but_not_inside_names_numbers_or_abbreviations()
    {
        var posting = Read("We use Node.js and .NET 8.0, e.g. for APIs. You will own it. Really!");
        Assert.Equal(["We use Node.js and .NET 8.0, e.g. for APIs.", "You will own it.", "Really!"], posting.Sentences.Select(s => s.Text));
    }
}
