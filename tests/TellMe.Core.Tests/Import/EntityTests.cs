using System.Text;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Pages;
using TellMe.Render.Jekyll;

namespace TellMe.Tests.Import;

/// <summary>
/// An HTML page's entities reach the bank as the characters they stand for (the same bank as the page's headings
/// twin), and the page's own spelling of them (<c>&amp;#39;</c> in one row, <c>'</c> in the next, <c>&amp;nbsp;</c>
/// after a label) comes back on build through drift, and only while the entry is what it was. A table row keeps
/// its own key style and an empty cell its own spaces.
/// </summary>
public class EntityTests : IDisposable
{
    // Row 1 spells its apostrophes and ampersand as entities, row 2 writes them raw; a no-break space follows a
    // label; a key holds a <br>, another an entity; a '<' is written as an entity.
    private const string HtmlPage = """
        ---
        title: Leadership Principles
        ---

        # Leadership Principles

        <table>
          <tr>
            <td><strong>1. Customer Obsession</strong></td>
            <td><ul><li><strong>Value:</strong>&nbsp;Leaders start with the customer&#39;s needs</li><li><strong>Project:</strong> CR1. Rebuilt the customer&#39;s billing &amp; fleet export<ul><li><strong>At:</strong> Acme</li><li><strong>Situation:</strong> Exports broke at month&#x2019;s end</li><li><strong>Action:</strong> Wrote a &lt;script&gt; check &amp; a retry</li><li><strong>Result:</strong> Zero broken exports</li></ul></li></ul></td>
          </tr>
          <tr>
            <td><strong>2. Ownership</strong></td>
            <td><ul><li><strong>Value:</strong> Leaders don't say "that's not my job" & own it</li><li><strong>Project:</strong> CR2. Took over the on-call rota nobody owned<ul><li><strong>At:</strong> Acme</li><li><strong>Situation:</strong> Pages went to a team&#39;s empty channel</li><li><strong>Result:</strong> Every page answered within 5 minutes</li></ul></li></ul></td>
          </tr>
          <tr>
            <td><strong>13. Have Backbone;<br>Disagree and Commit</strong></td>
            <td><ul><li><strong>Value:</strong> Leaders respectfully challenge decisions</li></ul></td>
          </tr>
          <tr>
            <td><strong>15. Strive to be Earth&#39;s Best Employer</strong></td>
            <td><ul><li><strong>Value:</strong>&nbsp;Leaders work every day to create a safer workplace</li></ul></td>
          </tr>
        </table>

        """;

    // The same words as headings, written as a Markdown author writes them.
    private const string HeadingsTwin = """
        ---
        title: Leadership Principles
        ---

        ## 1. Customer Obsession

        - **Value:** Leaders start with the customer's needs
        - **Project:** CR1. Rebuilt the customer's billing & fleet export
          - **At:** Acme
          - **Situation:** Exports broke at month’s end
          - **Action:** Wrote a \<script> check & a retry
          - **Result:** Zero broken exports

        ## 2. Ownership

        - **Value:** Leaders don't say "that's not my job" & own it
        - **Project:** CR2. Took over the on-call rota nobody owned
          - **At:** Acme
          - **Situation:** Pages went to a team's empty channel
          - **Result:** Every page answered within 5 minutes

        ## 13. Have Backbone;<br>Disagree and Commit

        - **Value:** Leaders respectfully challenge decisions

        ## 15. Strive to be Earth's Best Employer

        - **Value:** Leaders work every day to create a safer workplace

        """;

    // Row 2's key is not bold among bold ones.
    private const string PipePage = """
        ---
        title: Behavioral Questions
        ---

        # Behavioral Questions

        | Key | Value |
        | --- | --- |
        | **Conflict** | - **Summary:** CR1. Rebuilt the billing export<br>- **Situation:** Exports broke<br>- **Action:** Wrote a check<br>- **Result:** Zero broken exports |
        | Weakness | - **Weakness:** I say yes too often<br>- **Fix:** I keep a list of what I said yes to |
        | **Strength** | - **Strength:** I learn new tools quickly |

        """;

    // Row 2's value cell is empty and written with two spaces.
    private const string EmptyCellPage = """
        ---
        title: Behavioral Questions
        ---

        # Behavioral Questions

        | Key | Value |
        | --- | --- |
        | **Conflict** | - **Summary:** CR1. Rebuilt the billing export<br>- **Situation:** Exports broke<br>- **Action:** Wrote a check<br>- **Result:** Zero broken exports |
        | **Salary Expectations** |  |
        | **Strength** | - **Strength:** I learn new tools quickly |

        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private LayoutBank Import(string name, string text)
    {
        string path = _dir.File(name);
        File.WriteAllText(path, text);
        return new LayoutBank(path);
    }

    private static string Built(StoryBank bank, string file) => Encoding.UTF8.GetString(LayoutCorpus.Built(bank, file));

    [Fact]
    public void An_html_page_and_its_headings_twin_import_to_the_same_bank_of_characters_not_entities()
    {
        using var html = Import("lp.md", HtmlPage);
        using var twin = Import("lp-twin.md", HeadingsTwin);
        var want = LayoutCorpus.Files(twin.Result);
        var got = LayoutCorpus.Files(html.Result);
        Assert.Equal(want.Keys.Order(), got.Keys.Order());
        foreach (var (path, content) in want) Assert.True(content == got[path], $"{path} differs:\n{got[path]}\nwanted:\n{content}");

        string story = html.Read("stories/CR1.md");
        Assert.Contains("Rebuilt the customer's billing & fleet export", story);
        Assert.Contains("month’s end", story);
        Assert.DoesNotContain("&#", story);
        Assert.DoesNotContain("&amp;", story);
        // The '<' stays escaped for Markdown: the bank never holds a live tag.
        Assert.Contains(@"Wrote a \<script> check & a retry", story);
        string framework = html.Read("frameworks/amazon.yaml");
        Assert.Contains("description: Leaders start with the customer's needs\n", framework);
        Assert.DoesNotContain("nbsp", framework);
        Assert.DoesNotContain("\u00A0", framework);
    }

    [Fact]
    public void An_html_page_that_mixes_entities_and_characters_row_by_row_builds_back_byte_for_byte()
    {
        using var bank = Import("lp.md", HtmlPage);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code == InputCodes.NotRoundTrip);
        string built = Built(bank.Load(), "lp.md");
        Assert.Equal(HtmlPage, built);
        // The keys are written as the page wrote them, with no escape in front of their number.
        Assert.Contains("<td><strong>13. Have Backbone;<br>Disagree and Commit</strong></td>", built);
        Assert.Contains("<td><strong>15. Strive to be Earth&#39;s Best Employer</strong></td>", built);
        Assert.Contains("<li><strong>Value:</strong>&nbsp;Leaders start", built);
        Assert.DoesNotContain("<script>", built);
        // The spelling is drift in tellme.yaml; only the key with a <br> needs a 'shown' form, and no key an entity.
        var page = bank.Load().Settings.Pages.Single();
        Assert.Equal("13. Have Backbone;<br>Disagree and Commit", Assert.Single(page.Shown).Value);
        Assert.Contains("spell:", bank.Read("tellme.yaml"));
    }

    [Fact]
    public void An_entry_changed_in_the_bank_is_written_in_the_layout_spelling_and_never_with_stale_words()
    {
        using var bank = Import("lp.md", HtmlPage);
        bank.Write("stories/CR1.md", bank.Read("stories/CR1.md").Replace("Rebuilt the customer's billing & fleet export", "Rebuilt the client's billing export"));
        string built = Built(bank.Load(), "lp.md");
        var lines = built.Split('\n');
        string one = lines.Single(l => l.Contains("<strong>Value:</strong>") && l.Contains("Leaders start"));
        // The edited entry: new words, the layout's own spelling, nothing of the old text.
        Assert.Contains("<strong>Project:</strong> CR1. Rebuilt the client's billing export<ul>", one);
        Assert.Contains("<strong>Value:</strong> Leaders start with the customer's needs", one);
        Assert.DoesNotContain("&#39;", one);
        Assert.DoesNotContain("fleet", built);
        // The page writes '&' bare where it can (row 2 does), and '<' always encoded.
        Assert.Contains("Wrote a &lt;script&gt; check & a retry", one);
        // The other entries keep their spelling.
        Assert.Contains("Pages went to a team&#39;s empty channel", built);
        Assert.Contains("<td><strong>15. Strive to be Earth&#39;s Best Employer</strong></td>", built);
        Assert.Contains("<strong>Value:</strong>&nbsp;Leaders work every day", built);
    }

    [Fact]
    public void A_pipe_table_keeps_a_row_whose_key_is_not_bold()
    {
        using var bank = Import("bq.md", PipePage);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code == InputCodes.NotRoundTrip);
        var loaded = bank.Load();
        Assert.Equal(["Weakness"], loaded.Settings.Pages.Single().OtherStyleKeys.ToArray());
        string built = Built(loaded, "bq.md");
        Assert.Equal(PipePage, built);
        Assert.Contains("\n| Weakness | - **Weakness:**", built);
        Assert.Contains("other-style-keys:", bank.Read("tellme.yaml"));
        // The row's style goes with its key: for a key it does not name, the entry takes the page's style.
        bank.Write("tellme.yaml", bank.Read("tellme.yaml").Replace("other-style-keys:\n      - Weakness\n", "other-style-keys:\n      - Weaknesses\n"));
        Assert.Equal(PipePage.Replace("| Weakness |", "| **Weakness** |"), Built(bank.Load(), "bq.md"));
    }

    [Fact]
    public void A_pipe_table_keeps_an_empty_value_cell_as_written()
    {
        using var bank = Import("bq.md", EmptyCellPage);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code == InputCodes.NotRoundTrip);
        string built = Built(bank.Load(), "bq.md");
        Assert.Equal(EmptyCellPage, built);
        Assert.Contains("\n| **Salary Expectations** |  |\n", built);
    }

    [Fact]
    public void A_key_that_starts_with_a_number_is_not_escaped_in_html()
    {
        Assert.Equal("13. Have Backbone;<br>Disagree and Commit", TellMe.Text.InlineMarkdown.ToHtml("13. Have Backbone;<br>Disagree and Commit"));
        Assert.Equal("2) Two", TellMe.Text.InlineMarkdown.ToHtml("2) Two"));
    }

    [Fact]
    public void A_respelling_only_ever_changes_how_a_line_spells_what_it_says()
    {
        var spell = Spelling.Diff("<td>It's R&amp;D | </td>", "<td>It&#39;s R&D |  </td>");
        Assert.NotNull(spell);
        Assert.Equal("<td>It&#39;s R&D |  </td>", Spelling.Apply("<td>It's R&amp;D | </td>", spell.Value));
        // What the layout encodes so that it cannot run is never respelled as markup.
        Assert.Null(Spelling.Diff("&lt;b&gt;bold&lt;/b&gt;", "<b>bold</b>"));
        // Other words: not the same line, nothing to respell.
        Assert.Null(Spelling.Diff("It's mine", "It&#39;s yours"));
        // A respelling that no longer fits the line leaves it as the layout writes it.
        Assert.Equal("Its mine", Spelling.Apply("Its mine", spell.Value));
        Assert.Equal("It is", Spelling.Apply("It is", [new Respelling(2, 1, "x")]));
        Assert.Equal(new Respelling(12, 1, "&#39;"), Spelling.Parse(Spelling.Format(new Respelling(12, 1, "&#39;"))));
    }
}
