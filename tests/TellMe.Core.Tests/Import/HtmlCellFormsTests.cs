using TellMe.Diagnostics;

namespace TellMe.Tests.Import;

/// <summary>
/// Hand-written HTML tables that name their columns in a first row of <c>&lt;th&gt;</c> (no <c>&lt;thead&gt;</c>) and
/// write a cell's points as <c>&lt;p&gt;</c> paragraphs with numbered lists were skipped as "not an interview page":
/// the header row was read as an entry and the labels inside paragraphs were not seen. They are read now, the list
/// after a paragraph belongs to it, and the page is built back byte for byte.
/// </summary>
public class HtmlCellFormsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Page = """
        # Questions

        <table>
        <tr><th>Question</th><th>Answer</th></tr>
        <tr><td>Conflict</td><td><p><strong>Summary:</strong> QA1. Settled a schema dispute between two teams</p><p><strong>Action:</strong> Wrote both options down</p><ol><li>Ran a <a href="https://example.com/b">benchmark</a> with <code>pgbench</code></li></ol><p><strong>Result:</strong> Both teams adopted it</p></td></tr>
        <tr><td>Why Us</td><td><p><strong>Mission:</strong> I like the product</p><p><strong>Team:</strong> Strong platform team</p></td></tr>
        </table>

        """;

    [Fact]
    public void A_table_with_a_th_header_row_and_paragraph_cells_is_read_and_built_back()
    {
        string path = _dir.File("bq.md");
        File.WriteAllText(path, Page);
        using var bank = new LayoutBank(path);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code is InputCodes.NotInterviewPage or InputCodes.NotRoundTrip);
        var answers = bank.Load().Answers.OrderBy(a => a.Order).Select(a => a.Key).ToList();
        Assert.Equal(["Conflict", "Why Us"], answers);
        string story = bank.Read("stories/QA1.md");
        Assert.Contains("## Action\n\nWrote both options down\n\n- Ran a [benchmark](https://example.com/b) with `pgbench`\n", story);
        Assert.Contains("## Result\n\nBoth teams adopted it", story);
        Assert.Contains("- **Mission:** I like the product\n", bank.Read("answers/why-us.md"));
        var layout = bank.Load().Settings.Pages.Single().EffectiveLayout;
        Assert.True(layout.HeaderRow && layout.Paragraphs && layout.OrderedLists);
        Assert.Equal(File.ReadAllBytes(path), LayoutCorpus.Built(bank.Load(), "bq.md"));
    }
}
