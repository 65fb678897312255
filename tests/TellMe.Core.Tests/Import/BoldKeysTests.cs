using TellMe.Bank;
using TellMe.Diagnostics;

namespace TellMe.Tests.Import;

/// <summary>
/// Pages with no headings whose keys are lines of bold text (<c>**1. Customer Obsession**</c>, then its bullets) were
/// refused as "no Key/Value entries". They are read as the headings layout with bold keys and built back that way.
/// </summary>
public class BoldKeysTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Principles = """
        ---
        title: LPs
        ---

        **1. Customer Obsession**
        - **Value:** Leaders start with the customer
        - **Project:** QA1. Rebuilt the export API
          - **At:** Quill
          - **Result:** Tickets fell 90%

        **2. Ownership**
        - **Value:** Leaders are owners
        - **Project:** QA2. Took over the nightly ETL
          - **At:** Quill
          - **Result:** No missed night

        """;

    private const string Questions = """
        **Why Us**

        - **Mission:** I like the product
        - **Team:** Strong platform team

        **Conflict**

        - **Summary:** QA1. Settled a schema dispute between two teams
        - **Result:** Both teams adopted the plan

        """;

    [Theory]
    [InlineData("lp.md", Principles, PageKind.LeadershipPrinciples)]
    [InlineData("bq.md", Questions, PageKind.BehavioralQuestions)]
    public void A_page_of_bold_keys_is_read_and_built_back_byte_for_byte(string name, string text, PageKind kind)
    {
        string path = _dir.File(name);
        File.WriteAllText(path, text);
        using var bank = new LayoutBank(path);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Severity == Severity.Error || d.Code == InputCodes.NotRoundTrip);
        var page = Assert.Single(bank.Load().Settings.Pages);
        Assert.Equal(kind, page.Kind);
        Assert.Equal(0, page.EffectiveLayout.HeadingLevel);
        Assert.StartsWith("---\nid: QA1\ntitle: ", bank.Read("stories/QA1.md"));
        Assert.Equal(File.ReadAllBytes(path), LayoutCorpus.Built(bank.Load(), name));
    }

    [Fact]
    public void A_bold_label_alone_on_a_line_is_not_a_key()
    {
        string path = _dir.File("notes.md");
        File.WriteAllText(path, "Some notes\n\n**Value:**\n- one\n\n**Action:**\n- two\n");
        using var bank = new LayoutBank(path);
        Assert.Empty(bank.Load().Settings.Pages);
    }
}
