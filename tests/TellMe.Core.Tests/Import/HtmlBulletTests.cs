using TellMe.Check;
using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;
using TellMe.Render.Jekyll;

namespace TellMe.Tests.Import;

/// <summary>
/// A bullet that starts with HTML keeps its words: in the bank, on every built page (encoded, never run), in
/// feedback's key points; and check says where a page will show the HTML as text.
/// </summary>
public class HtmlBulletTests : IDisposable
{
    private const string Principles = """
        ## 1. Customer Obsession

        - **Value:** Leaders earn and keep customer trust
        - **Project:** CR1. Improved observability of the UI server
          - **At:** Cybereason
          - **Situation:**
            - <!-- TODO --> Difficult to troubleshoot
            - <div>Owned by three teams</div>
            - <b>Cut</b> costs 30%
          - **Result:** Reduced MTTR by 50%

        ## 2. Ownership

        - **Value:** Leaders act on behalf of the entire company

        """;

    private const string Questions = """
        <table>
          <tr>
            <td><strong>Customer</strong></td>
            <td><ul><li><strong>Summary:</strong> CR1. Improved observability of the UI server at Cybereason</li><li><strong>Situation:</strong><ul><li><!-- TODO --> Difficult to troubleshoot</li><li><div>Owned by three teams</div></li><li><b>Cut</b> costs 30%</li></ul></li><li><strong>Action:</strong> Added metrics</li><li><strong>Result:</strong> Reduced MTTR by 50%</li></ul></td>
          </tr>
        </table>

        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private LayoutBank Import(string name, string text)
    {
        string path = _dir.File(name);
        File.WriteAllText(path, text);
        return new LayoutBank(path);
    }

    [Fact]
    public void A_bullet_that_starts_with_html_keeps_its_text_in_the_bank_and_on_the_built_page()
    {
        using var bank = Import("lp.md", Principles);
        string story = bank.Read("stories/CR1.md");
        Assert.Contains("- <!-- TODO --> Difficult to troubleshoot\n", story);
        Assert.Contains("- <div>Owned by three teams</div>\n", story);
        Assert.Contains("- <b>Cut</b> costs 30%\n", story);
        var loaded = bank.Load();
        Assert.Equal(["<!-- TODO --> Difficult to troubleshoot", "<div>Owned by three teams</div>", "<b>Cut</b> costs 30%"],
            loaded.Find("CR1")!.Section("Situation")!.Content.Items.Select(i => i.Text).ToArray());
        string page = JekyllSite.Render(loaded).Single().Content;
        Assert.Contains("    - &lt;!-- TODO --> Difficult to troubleshoot\n", page);
        Assert.Contains("    - &lt;div>Owned by three teams&lt;/div>\n", page);
        Assert.Contains("    - &lt;b>Cut&lt;/b> costs 30%\n", page);
        Assert.DoesNotContain("    - \n", page);
        Assert.DoesNotContain("<div>", page);
        Assert.DoesNotContain("<b>", page);
    }

    [Fact]
    public void In_an_html_table_the_words_stay_and_the_page_encodes_what_it_must_not_run()
    {
        using var bank = Import("bq.md", Questions);
        var items = bank.Load().Find("CR1")!.Section("Situation")!.Content.Items.Select(i => i.Text).ToArray();
        Assert.Equal(["<!-- TODO --> Difficult to troubleshoot", "Owned by three teams", "**Cut** costs 30%"], items);
        string page = JekyllSite.Render(bank.Load()).Single().Content;
        Assert.Contains("<li>&lt;!-- TODO --&gt; Difficult to troubleshoot</li><li>Owned by three teams</li><li><strong>Cut</strong> costs 30%</li>", page);
        Assert.DoesNotContain("<!--", page);
    }

    [Fact]
    public void Feedback_key_points_say_the_words_without_the_html()
    {
        using var bank = Import("lp.md", Principles);
        var card = CardDeck.FromBank(bank.Load()).Single(c => c.Id.ToString() == "story:CR1");
        var situation = card.Tellings.Single().KeyPoints.Single(k => k.Label == "Situation");
        Assert.Equal("Difficult to troubleshoot; Owned by three teams; Cut costs 30%", situation.Text);
        var feedback = FeedbackAnalyzer.Analyze("It was difficult to troubleshoot, owned by three teams, and I cut costs by 30%.", card);
        Assert.True(feedback.KeyPoints.Single(k => k.Point.Label == "Situation").Covered);
    }

    [Fact]
    public void Check_says_where_html_will_show_as_text_with_file_and_line()
    {
        using var bank = Import("lp.md", Principles);
        var found = Checker.Run(bank.Load(), bank.Root).Where(d => d.Code == "TM018").ToList();
        var lines = File.ReadAllLines(Path.Combine(bank.Root, "stories/CR1.md"));
        foreach (string tag in (string[])["<!-- TODO -->", "<div>", "<b>"])
        {
            int line = Array.FindIndex(lines, l => l.Contains(tag, StringComparison.Ordinal)) + 1;
            var d = Assert.Single(found, d => d.Line == line);
            Assert.Equal("stories/CR1.md", d.File);
            Assert.Equal(lines[line - 1].IndexOf(tag, StringComparison.Ordinal) + 1, d.Column);
        }
    }
}
