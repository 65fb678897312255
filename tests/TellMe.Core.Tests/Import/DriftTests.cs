using System.Text;
using TellMe.Bank;
using TellMe.Import;
using TellMe.Pages;
using TellMe.Render.Jekyll;

namespace TellMe.Tests.Import;

/// <summary>Whitespace and bullet drift is kept per entry, and only while the entry is what it was.</summary>
public class DriftTests
{
    [Fact]
    public void A_drifting_page_keeps_its_bom_line_ends_bullets_and_trailing_spaces()
    {
        string path = LayoutCorpus.Page("lp-headings-drift.md");
        byte[] original = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], original[..3]);
        using var bank = new LayoutBank(path);
        byte[] built = LayoutCorpus.Built(bank.Load(), "lp-headings-drift.md");
        Assert.Equal(original, built);
        string text = Encoding.UTF8.GetString(built);
        Assert.Contains("\r\n  * **At:** Industry Technology\r\n", text);
        Assert.Contains("- **Value:** Leaders are never done learning and consistently seek to improve ourselves  \r\n", text);
        Assert.Contains("\r\n\r\n\r\n## 12. Dive deep\r\n", text);
    }

    [Fact]
    public void An_entry_changed_in_the_bank_is_written_in_the_page_layout_and_the_others_keep_their_drift()
    {
        using var bank = new LayoutBank(LayoutCorpus.Page("lp-headings-drift.md"));
        // Principle 3 tells IT4 with '*' bullets; edit its story.
        bank.Write("stories/IT4.md", bank.Read("stories/IT4.md").Replace("Migrated to microservices architecture and separated the responsibility", "Split the monolith into 4 services"));
        string text = Encoding.UTF8.GetString(LayoutCorpus.Built(bank.Load(), "lp-headings-drift.md"));
        int three = text.IndexOf("## 3. Invent and simplify", StringComparison.Ordinal);
        string entry = text[three..text.IndexOf("## 4.", three, StringComparison.Ordinal)];
        Assert.Contains("  - **Action:** Split the monolith into 4 services\r\n", entry);
        Assert.DoesNotMatch(@"(?m)^\s*\* ", entry);
        // Principle 9 was not touched: its own bullets stay, and the page keeps its BOM and CRLF.
        int nine = text.IndexOf("## 9. Bias for action", StringComparison.Ordinal);
        Assert.Contains("  * **At:** enechain Corporation\r\n", text[nine..]);
        Assert.StartsWith("\uFEFF---\r\n", text);
    }

    [Fact]
    public void The_recorder_turns_whitespace_into_drift_and_reports_the_first_line_that_differs_otherwise()
    {
        var page = new PageSettings { Kind = PageKind.BehavioralQuestions, File = "x.md", Layout = new PageLayout { Kind = LayoutKind.Headings } };
        var composed = PageComposer.Compose(page, [("a", "## A\n\n- one\n- two\n\n"), ("b", "## B\n\n- three\n")]);
        var drift = DriftRecorder.Record(composed, "## A\n\n* one  \n- two\n\n\n## B\n- three\n");
        Assert.Null(drift.FirstDifference);
        var applied = PageComposer.Finish(page with { Drift = drift.Drift }, composed);
        Assert.Equal("## A\n\n* one  \n- two\n\n\n## B\n- three\n", applied);

        var other = DriftRecorder.Record(composed, "## A\n\n- one\n- 2\n\n## B\n\n- three\n");
        Assert.Equal(4, other.FirstDifference);
    }

    [Fact]
    public void Drift_recorded_for_an_entry_is_not_applied_once_the_entry_renders_otherwise()
    {
        var page = new PageSettings { Kind = PageKind.BehavioralQuestions, File = "x.md", Layout = new PageLayout { Kind = LayoutKind.Headings } };
        var composed = PageComposer.Compose(page, [("a", "## A\n\n- one\n")]);
        var drift = DriftRecorder.Record(composed, "## A\n\n* one\n");
        var edited = PageComposer.Compose(page, [("a", "## A\n\n- one, edited\n")]);
        Assert.Equal("## A\n\n- one, edited\n", PageComposer.Finish(page with { Drift = drift.Drift }, edited));
    }

    [Fact]
    public void A_page_that_cannot_come_back_exactly_is_reported_at_its_line()
    {
        using var dir = new TempDir();
        string path = dir.File("bq.md");
        // "**Label**:" on a page that otherwise writes "**Label:**" cannot be kept: the bank has one label style per page.
        File.WriteAllText(path, "## Vision\n\n- **Core:** Reliability first\n- **Mission**: Build reliable systems\n\n## Conflict\n\n- **Summary:** (New) Migrated 5k servers at Acme\n- **Situation:** A migration\n- **Result:** Saved 30%\n");
        var result = PageImport.Import([path]);
        var d = Assert.Single(result.Diagnostics, d => d.Code == TellMe.Diagnostics.InputCodes.NotRoundTrip);
        Assert.Equal(4, d.Line);
        Assert.Contains("**Mission**:", d.Message);
    }
}
