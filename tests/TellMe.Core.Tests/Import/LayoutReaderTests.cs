using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Import;
using TellMe.Import.Layouts;
using TellMe.Pages;

namespace TellMe.Tests.Import;

/// <summary>Each layout reader makes the same Key/Value tree of the same content.</summary>
public class LayoutReaderTests
{
    private static KvDocument Read(ILayoutReader reader, string text)
    {
        var diagnostics = new List<Diagnostic>();
        var page = PageSource.FromText(text, "page.md", diagnostics)!;
        var document = reader.Read(page, diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        return Assert.IsType<KvDocument>(document);
    }

    private const string Headings = """
        ## Why searching<br>a new position

        - **Passion:** Grow with a larger product
          - **Scope:** More responsibility
            - Lead a team of 5

        ## Visa

        """;

    private const string Html = """
        <table>
          <tr>
            <td><strong>Why searching<br>a new position</strong></td>
            <td><ul><li><strong>Passion:</strong> Grow with a larger product<ul><li><strong>Scope:</strong> More responsibility<ul><li>Lead a team of 5</li></ul></li></ul></li></ul></td>
          </tr>
          <tr>
            <td><strong>Visa</strong></td>
            <td></td>
          </tr>
        </table>

        """;

    private const string Pipe = """
        | Key | Value |
        |---|---|
        | **Why searching<br>a new position** | **Passion:** Grow with a larger product<br>- **Scope:** More responsibility<br>&nbsp;&nbsp;- Lead a team of 5 |
        | **Visa** | |

        """;

    public static TheoryData<string> Layouts => ["headings", "html", "pipe"];

    private static KvDocument ReadLayout(string layout) => layout switch
    {
        "headings" => Read(new HeadingsReader(), Headings),
        "html" => Read(new HtmlTableReader(), Html),
        _ => Read(new PipeTableReader(), Pipe),
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_line_break_in_a_key_is_a_space_and_the_key_as_written_is_kept(string layout)
    {
        var entry = ReadLayout(layout).Entries.First();
        Assert.Equal("Why searching a new position", entry.Key);
        Assert.Equal("Why searching<br>a new position", entry.Shown);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Points_nest_three_deep_and_an_empty_value_is_an_entry_with_no_points(string layout)
    {
        var document = ReadLayout(layout);
        var point = Assert.Single(document.Entries.First().Value);
        Assert.Equal("**Passion:** Grow with a larger product", point.Text);
        var scope = Assert.Single(point.Children);
        Assert.Equal("**Scope:** More responsibility", scope.Text);
        Assert.Equal("Lead a team of 5", Assert.Single(scope.Children).Text);
        var visa = document.Entries.Last();
        Assert.Equal("Visa", visa.Key);
        Assert.Empty(visa.Value);
    }

    [Fact]
    public void Html_entities_are_read_as_their_characters_and_a_comment_in_a_cell_is_kept()
    {
        var document = Read(new HtmlTableReader(), "<table>\n  <tr>\n    <td><strong>Why SRE &rarr; SWE</strong></td>\n    <td><ul><li>I didn&#39;t plan it <!-- check --></li><li>R&amp;D &lt;team&gt; &amp;copy;</li></ul></td>\n  </tr>\n</table>\n");
        var entry = Assert.Single(document.Entries);
        Assert.Equal("Why SRE → SWE", entry.Key);
        Assert.Null(entry.Shown);
        // A '<' that would open a tag and an '&' that would start an entity stay escaped for Markdown.
        Assert.Equal(["I didn't plan it <!-- check -->", "R&D \\<team> \\&copy;"], entry.Value.Select(n => n.Text).ToArray());
    }

    [Fact]
    public void A_table_of_more_than_two_columns_is_no_key_value_table()
    {
        var diagnostics = new List<Diagnostic>();
        var page = PageSource.FromText(File.ReadAllText(LayoutCorpus.Page("work-history.md")), "w.md", diagnostics)!;
        Assert.Null(new HtmlTableReader().Read(page, diagnostics));
    }

    [Fact]
    public void The_readers_measure_the_page_layout()
    {
        var pipe = Read(new PipeTableReader(), "Key | Value\n--- | ---\nVision | - Core: Reliability<br/>- Mission: Systems\n").Layout;
        Assert.False(pipe.OuterPipes);
        Assert.False(pipe.BoldKeys);
        Assert.Equal("<br/>", pipe.Break);
        Assert.Equal(TellMe.Text.LabelStyle.Plain, pipe.Labels);
        Assert.Equal(PointForm.Bullet, pipe.Points);
        var headings = Read(new HeadingsReader(), "# Page\n\n### A\n\n* one\n    + two\n\n### B\n\n* three\n").Layout;
        Assert.Equal(3, headings.HeadingLevel);
        Assert.Equal("*+", headings.Bullets);
        Assert.Equal("    ", headings.Indent);
        var html = Read(new HtmlTableReader(), "<table class=\"kv\">\n\t<tr><td>A</td><td>b</td></tr>\n</table>\n").Layout;
        Assert.Equal("<table class=\"kv\">", html.Table);
        Assert.True(html.RowOnOneLine);
        Assert.False(html.Tbody);
        Assert.False(html.BoldKeys);
        Assert.Equal("\t", html.Indent);
    }
}
