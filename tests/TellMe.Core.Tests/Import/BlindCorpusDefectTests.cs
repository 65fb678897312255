using TellMe.Check;
using TellMe.Render.Jekyll;

namespace TellMe.Tests.Import;

/// <summary>
/// Defects a colleague's blind pages found (pages written without seeing TellMe, 1 Dec): a story told as a table
/// inside a principle's cell, a bare label that names its story, a point that only cites another story, a (New)
/// story whose company is named inside its title, and an entry that cites a story by ID alone. Each page here is
/// written for the test, in the shape of those pages; each test fails on the engine before the fix.
/// </summary>
public class BlindCorpusDefectTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Page(string name, string text)
    {
        string path = _dir.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private static byte[] Built(LayoutBank bank, string file) => LayoutCorpus.Built(bank.Load(), file);

    private const string TableInCell = """
        ---
        title: Leadership Principles
        ---

        <table>
          <thead>
            <tr>
              <th>Key</th>
              <th>Value</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td><strong>1. Customer Obsession</strong></td>
              <td><ul><li><strong>Value:</strong> Leaders start with the customer</li><li><strong>Project:</strong> QA1. Rebuilt the export API<ul><li><strong>At:</strong> Quill Analytics</li><li><strong>Result:</strong> Tickets fell by 90%</li></ul></li></ul></td>
            </tr>
            <tr>
              <td><strong>7. Insist on the Highest Standards</strong></td>
              <td><ul><li><strong>Value:</strong> Leaders raise the bar</li></ul><table><tbody><tr><td><strong>Project</strong></td><td>QA2. Added data quality gates to the monthly reports</td></tr><tr><td><strong>At</strong></td><td>Quill Analytics</td></tr><tr><td><strong>Situation</strong></td><td><ul><li>Reports were checked by hand</li><li>A wrong number meant a formal correction</li></ul></td></tr><tr><td><strong>Task</strong></td><td></td></tr><tr><td><strong>Action</strong></td><td>Blocked publication when a check failed</td></tr><tr><td><strong>Result</strong></td><td>No correction in 18 months</td></tr></tbody></table></td>
            </tr>
          </tbody>
        </table>

        """;

    [Fact]
    public void A_story_told_as_a_table_after_the_list_of_a_principles_cell_is_imported_and_built_back()
    {
        using var bank = new LayoutBank(Page("lp.md", TableInCell));
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code is "TM105" or "TM109");
        string story = bank.Read("stories/QA2.md");
        Assert.Contains("title: Added data quality gates to the monthly reports", story);
        Assert.Contains("company: Quill Analytics", story);
        Assert.Contains("## Situation\n\n- Reports were checked by hand\n- A wrong number meant a formal correction\n", story);
        Assert.Contains("## Action\n\nBlocked publication when a check failed\n", story);
        Assert.Contains("## Result\n\nNo correction in 18 months", story);
        var principle = bank.Load().Frameworks.Single().Principles.Single(p => p.Name == "Insist on the Highest Standards");
        Assert.Equal("QA2", Assert.Single(principle.Stories).Story?.Value);
        Assert.Equal(File.ReadAllBytes(_dir.File("lp.md")), Built(bank, "lp.md"));
    }

    private const string BareStoryLabel = """
        ## Strength

        - **Strength:** I make new data tools boring for the team
        - **Project (QA3)**
          * **Situation:** Customers wanted attribution in minutes
          * **Result:** Latency fell from 24 hours to 5 minutes

        ## Failure

        - **Summary (QA4):** I published a wrong figure in a board report
        - **Learned:** I reconcile every figure against a second source

        """;

    [Fact]
    public void A_bare_label_that_names_its_story_links_the_answer_and_keeps_its_form_on_the_built_page()
    {
        using var bank = new LayoutBank(Page("bq.md", BareStoryLabel));
        string answer = bank.Read("answers/strength.md");
        Assert.Contains("story: QA3", answer);
        Assert.Contains("- **Project (QA3)**\n", answer);
        Assert.DoesNotContain("**Project (QA3):**", answer);
        // Built back as written: no colon the user never typed, and the entry's own '*' bullets.
        Assert.Equal(File.ReadAllBytes(_dir.File("bq.md")), Built(bank, "bq.md"));
    }

    private const string CitingPoint = """
        ## 14. Deliver Results

        - **Value:** Leaders deliver
        - **Project:** QA5. Delivered the reconciliation pipeline before peak season
          - **At:** Quill Analytics
          - **Result:** 94% of invoices matched automatically

        """;

    private const string CitingAnswer = """
        ## Tight Deadline

        - **Summary (QA5):** Delivered the reconciliation pipeline before peak season
        - **Backup story:** QA9
        - **See also:** QA5 (told on the principles page)

        """;

    [Fact]
    public void A_point_that_only_cites_another_story_is_checked_as_a_reference_and_never_becomes_a_section()
    {
        using var bank = new LayoutBank(Page("lp.md", CitingPoint), Page("bq.md", CitingAnswer));
        Assert.DoesNotContain("Backup story", bank.Read("stories/QA5.md"));
        Assert.False(File.Exists(Path.Combine(bank.Root, "stories", "QA9.md")));
        var findings = Checker.Run(bank.Load()).Where(d => d.Code == "TM001").ToList();
        var finding = Assert.Single(findings);
        Assert.Contains("QA9", finding.Message);
        Assert.Contains("Backup story", finding.Message);
        Assert.EndsWith(Path.Combine("answers", "tight-deadline.md"), finding.File);
        Assert.Equal(bank.Read("answers/tight-deadline.md").Split('\n').ToList().FindIndex(l => l.Contains("QA9")) + 1, finding.Line);
        Assert.Equal(File.ReadAllBytes(_dir.File("bq.md")), Built(bank, "bq.md"));
    }

    [Fact]
    public void A_single_answers_page_alone_reports_the_cited_story_no_page_tells()
    {
        using var bank = new LayoutBank(Page("bq.md", CitingAnswer));
        Assert.DoesNotContain("Backup story", bank.Read("stories/QA5.md"));
        Assert.Contains(Checker.Run(bank.Load()), d => d.Code == "TM001" && d.Message.Contains("QA9"));
    }

    private const string NewWithCompanyInside = """
        ## 1. Customer Obsession

        - **Value:** Leaders start with the customer
        - **Project:** SKY1. Rebuilt offline booking for the crew app
          - **At:** Skyward Air
          - **Result:** Crash-free sessions rose to 99.9%

        ## 2. Ownership

        - **Value:** Leaders are owners
        - **Project:** SKY1

        """;

    private const string NewAnswer = """
        ## Low Performer

        - **Summary:** (New) Helped a struggling engineer at Skyward Air find work that fit
        - **Action:** Weekly 1:1s and smaller tickets
        - **Result:** He became the team's release manager

        """;

    [Fact]
    public void A_new_story_whose_title_names_a_known_company_mid_sentence_gets_that_company_prefix()
    {
        using var bank = new LayoutBank(Page("lp.md", NewWithCompanyInside), Page("bq.md", NewAnswer));
        Assert.Contains("story: SKY2", bank.Read("answers/low-performer.md"));
        Assert.False(Directory.EnumerateFiles(Path.Combine(bank.Root, "stories"), "ST*.md").Any());
        Assert.Equal(File.ReadAllBytes(_dir.File("bq.md")), Built(bank, "bq.md"));
    }

    private const string CitedTwice = """
        ## 2. Ownership

        - **Value:** Leaders are owners
        - **Project:** QA6. Took over an orphaned cluster and rebuilt the nightly ETL
          - **At:** Quill Analytics
          - **Result:** No missed night in a year

        ## 16. Success and Scale Bring Broad Responsibility

        - **Value:** Leave things better than you found them
        - **Project:** QA6

        """;

    private const string CitedById = """
        ## Conflict

        - **Project:** QA6
        - **Disagree:** I opposed the rewrite on cost

        """;

    [Fact]
    public void An_entry_that_cites_a_story_by_its_ID_alone_shows_no_title_to_conflict_with()
    {
        using var bank = new LayoutBank(Page("lp.md", CitedTwice), Page("bq.md", CitedById));
        Assert.DoesNotContain(Checker.Run(bank.Load()), d => d.Code == "TM002");
        Assert.Equal(File.ReadAllBytes(_dir.File("lp.md")), Built(bank, "lp.md"));
        Assert.Equal(File.ReadAllBytes(_dir.File("bq.md")), Built(bank, "bq.md"));
    }

    private const string PlainLabels = """
        ## Strength

        - Strength: I make new data tools boring for the team
        - Project (QA3)
          - Situation: Customers wanted attribution in minutes
          - Result: Latency fell from 24 hours to 5 minutes
        """;

    private const string BoldLabels = """
        ## Strength

        - **Strength:** I make new data tools boring for the team
        - **Project (QA3)**
          - **Situation:** Customers wanted attribution in minutes
          - **Result:** Latency fell from 24 hours to 5 minutes
        """;

    [Fact]
    public void On_a_page_of_plain_labels_a_story_label_alone_links_the_answer_and_nested_labels_read_as_the_bold_twin()
    {
        using var plain = new LayoutBank(Page("plain.md", PlainLabels));
        using var bold = new LayoutBank(Page("bold.md", BoldLabels));
        string answer = plain.Read("answers/strength.md");
        Assert.Contains("story: QA3", answer);
        Assert.Equal(bold.Read("answers/strength.md"), answer);
        Assert.Equal(File.ReadAllBytes(_dir.File("plain.md")), Built(plain, "plain.md"));
    }

    [Fact]
    public void A_new_story_the_page_gives_no_title_gets_one_in_its_file_while_the_page_keeps_New()
    {
        string path = Page("bq.md", "## Failure\n\n- **Summary:** (New)\n- **Situation:** A launch slipped by a week. Nobody saw it coming\n- **Result:** We shipped late\n\n## Why Us\n\n- **Summary:** (New)\n\n## Links\n\n- **Summary:** (New)\n- **Situation:** " + new string('x', 120) + "\n");
        using var bank = new LayoutBank(path);
        var stories = bank.Load().Stories;
        Assert.Contains(stories, s => s.Title == "A launch slipped by a week");
        Assert.DoesNotContain(stories, s => s.Title.Length == 0);
        Assert.Contains("- **Summary:** (New)\n", bank.Read("answers/failure.md"));
        // A long first sentence is cut at a word; one with no space at all, at 80 characters.
        Assert.Contains(stories, s => s.Title == new string('x', 80));
        Assert.Equal(File.ReadAllBytes(path), Built(bank, "bq.md"));
    }

    [Fact]
    public void An_ID_followed_only_by_the_entrys_own_points_is_a_reference_that_no_page_answering_it_reports()
    {
        // Round 2 of the blind pages: "**Project:** BW7" then "**Learned:** …" cites BW7; it tells no story.
        string path = Page("bq.md", "## Biggest Mistake\n\n- **Project:** QA7\n- **Learned:** Ask for a second reviewer\n\n## Conflict\n\n- **Project:** QA8\n- **Situation:** Two teams wanted one schema\n- **Result:** One schema\n");
        using var bank = new LayoutBank(path);
        Assert.False(File.Exists(Path.Combine(bank.Root, "stories", "QA7.md")));
        Assert.True(File.Exists(Path.Combine(bank.Root, "stories", "QA8.md")));
        var dangling = Checker.Run(bank.Load()).Where(d => d.Code == "TM001").ToList();
        Assert.Contains(dangling, d => d.Message.Contains("QA7"));
        Assert.DoesNotContain(dangling, d => d.Message.Contains("QA8"));
        Assert.Contains("- **Learned:** Ask for a second reviewer", bank.Read("answers/biggest-mistake.md"));
        Assert.Equal(File.ReadAllBytes(path), Built(bank, "bq.md"));
    }

    [Fact]
    public void A_project_page_of_tables_whose_story_row_is_Project_and_company_row_At_imports_its_stories()
    {
        string path = Page("acme.md", "---\ntitle: Acme\n---\n\n## QA1\n\n| Field | Detail |\n|---|---|\n| **Project** | QA1. Rebuilt the data loader |\n| **At** | Acme Robotics |\n| **Situation** | - GPUs idle<br>- Epochs took 9 hours |\n| **Result** | Epochs took 2.5 hours |\n\n## QA2\n\n| Field | Detail |\n|---|---|\n| **Project** | QA2. Built a spot-instance training platform |\n| **Action** | Checkpointed every 10 minutes |\n| **Result** | Training cost fell 60% |\n");
        using var bank = new LayoutBank(path);
        var qa1 = bank.Load().Find("QA1")!;
        Assert.Equal("Rebuilt the data loader", qa1.Title);
        Assert.Equal("Acme Robotics", qa1.Company);
        Assert.DoesNotContain(qa1.Sections, s => s.Label == "At");
        Assert.Equal("Acme", bank.Load().Find("QA2")!.Company);
    }
}
