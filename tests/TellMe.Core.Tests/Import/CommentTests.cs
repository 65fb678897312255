using TellMe.Diagnostics;

namespace TellMe.Tests.Import;

/// <summary>
/// An HTML comment between entries (a note to self, an entry commented out) is the page's own text: it used to become
/// a bullet of the answer above it (shown escaped on the built page), or to be dropped from a built HTML table. It is
/// kept as written between the entries, out of the answers. Found by the second blind page corpus.
/// </summary>
public class CommentTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Headings = """
        ## Why Us

        - **Mission:** I like the product

        <!-- TODO: shorten -->

        ## Weakness

        - **Summary:** QA1. Tuned a detector before checking its labels
        - **Result:** Two weeks lost

        ## Salary Expectation

        <!-- ## Why Zeitwerk
        - **Project:** ZW5 -->

        """;

    private const string Table = """
        <table>
          <tbody>
            <tr>
              <td><strong>Why Us</strong></td>
              <td><ul><li><strong>Mission:</strong> I like the product</li></ul></td>
            </tr>
            <!-- TODO: shorter weakness answer -->
            <tr>
              <td><strong>Weakness</strong></td>
              <td><ul><li><strong>Summary:</strong> QA1. Tuned a detector before checking its labels</li><li><strong>Result:</strong> Two weeks lost</li></ul></td>
            </tr>
          </tbody>
        </table>

        """;

    [Theory]
    [InlineData("headings.md", Headings, "Salary Expectation")]
    [InlineData("table.md", Table, "Weakness")]
    public void A_comment_between_entries_stays_on_the_page_and_out_of_the_answers(string name, string text, string last)
    {
        string path = _dir.File(name);
        File.WriteAllText(path, text);
        using var bank = new LayoutBank(path);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code == InputCodes.NotRoundTrip);
        foreach (var answer in bank.Load().Answers)
            Assert.DoesNotContain(answer.Points, p => (p.Content.Inline ?? "").Contains("<!--", StringComparison.Ordinal));
        Assert.Contains(bank.Load().Answers, a => a.Key == last);
        Assert.Equal(File.ReadAllBytes(path), LayoutCorpus.Built(bank.Load(), name));
    }
}
