namespace TellMe.Tests.Import;

/// <summary>
/// A principles page whose points are paragraphs (<c>**Value:** …</c> and <c>**Project:** …</c> on lines of their own)
/// lists each story's parts as a list right after its Project line: those bullets are the story's, not lost, and
/// the page is built back as paragraphs followed by their lists.
/// </summary>
public class ParagraphPointsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Page = """
        # Leadership Principles

        ### 1. Customer Obsession
        **Value:** Leaders start with the customer

        **Project:** QA1. Rebuilt the export API

        - **At:** Quill Analytics
        - **Situation:** Customers exported by hand
        - **Result:** Tickets fell by 90%

        ### 2. Ownership
        **Value:** Leaders are owners

        **Project:** QA2. Took over the nightly ETL
        - **At:** Quill Analytics
        - **Action:**
          - Rewrote the DAGs
          - Added alerts
        - **Result:** No missed night in a year

        """;

    [Fact]
    public void The_list_after_a_project_paragraph_is_the_story_and_the_page_builds_back_byte_for_byte()
    {
        string path = _dir.File("lp.md");
        File.WriteAllText(path, Page);
        using var bank = new LayoutBank(path);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code is "TM105" or "TM109");
        string first = bank.Read("stories/QA1.md");
        Assert.Contains("company: Quill Analytics", first);
        Assert.Contains("## Situation\n\nCustomers exported by hand\n", first);
        Assert.Contains("## Result\n\nTickets fell by 90%", first);
        Assert.Contains("## Action\n\n- Rewrote the DAGs\n- Added alerts\n", bank.Read("stories/QA2.md"));
        var principles = bank.Load().Frameworks.Single().Principles;
        Assert.Equal("Leaders start with the customer", principles[0].Description);
        Assert.Equal(File.ReadAllBytes(path), LayoutCorpus.Built(bank.Load(), "lp.md"));
    }
}

/// <summary>
/// What a principle's entry says besides its Value and its stories (sample questions, a reminder, a line of text)
/// used to be dropped with a warning; it is kept in the framework file, word for word, and built back in its place.
/// </summary>
public class PrincipleNotesTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Page = """
        ## 1. Customer Obsession

        - **Value:** Leaders start with the customer
        - **Questions:** Tell me about a time you went above and beyond for a customer
          - Follow-up: what did it cost you?
        - **Project:** QA1. Rebuilt the export API
          - **At:** Quill
          - **Result:** Tickets fell 90%
        - Remember: lead with the customer's own words

        ## 2. Ownership

        - **Value:** Leaders are owners
        - **Project:** QA2. Took over the nightly ETL
          - **At:** Quill
          - **Result:** No missed night

        """;

    [Fact]
    public void Other_points_under_a_principle_are_kept_in_the_framework_and_built_back_in_place()
    {
        string path = _dir.File("lp.md");
        File.WriteAllText(path, Page);
        using var bank = new LayoutBank(path);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code is "TM105" or "TM109");
        var notes = bank.Load().Frameworks.Single().Principles[0].Notes;
        Assert.Equal([1, 3], notes.Select(n => n.At));
        Assert.Equal("**Questions:** Tell me about a time you went above and beyond for a customer", notes[0].Content.Inline);
        Assert.Equal("Follow-up: what did it cost you?", Assert.Single(notes[0].Content.Items).Text);
        Assert.Equal("Remember: lead with the customer's own words", notes[1].Content.Inline);
        Assert.Equal(File.ReadAllBytes(path), LayoutCorpus.Built(bank.Load(), "lp.md"));
    }
}
