using TellMe.Bank;
using TellMe.Check;
using TellMe.Diagnostics;
using TellMe.Import;

namespace TellMe.Tests.Import;

/// <summary>
/// Project pages that list their stories as headings (<c>### QR1. Title</c>) or bullets (<c>- **BW1. Title**</c>)
/// with STAR points under them: read as project pages, never as questions pages, and built back byte for byte.
/// </summary>
public class ProjectListTests
{
    private const string Headings = "projects-headings-drift.md";
    private const string Bullets = "projects-bullets-drift.md";
    private const string Plain = "projects-bullets-plain.md";

    [Theory]
    [InlineData(Headings, LayoutKind.Headings, "QR1 QR2", "Quillstone Robotics")]
    [InlineData(Bullets, LayoutKind.Bullets, "BW1 BW2 BW3", "Brightwater Labs")]
    [InlineData(Plain, LayoutKind.Bullets, "LH1 LH2", "Larkspur Health")]
    public void A_page_that_lists_its_stories_is_a_project_page_with_those_stories_and_no_answers(string page, LayoutKind layout, string ids, string company)
    {
        var result = PageImport.Import([LayoutCorpus.Page(page)]);
        Assert.Empty(result.Diagnostics);
        var read = Assert.IsType<ImportedProjectsPage>(Assert.Single(result.Pages));
        Assert.Equal(PageKind.Projects, read.Settings.Kind);
        Assert.Equal(layout, read.Settings.EffectiveLayout.Kind);
        Assert.Equal(company, read.Settings.Company);
        Assert.Equal(ids.Split(' '), result.Bank.Stories.Select(s => s.Id.Value).Order());
        Assert.Equal(ids.Split(' '), result.Bank.Settings.Pages.Single().Stories.Select(s => s.Value));
        Assert.Empty(result.Bank.Answers);
        Assert.Empty(result.Bank.Frameworks);
    }

    [Fact]
    public void Each_heading_story_gets_its_title_parts_nested_points_and_the_company_of_the_page()
    {
        var bank = PageImport.Import([LayoutCorpus.Page(Headings)]).Bank;
        var qr1 = bank.Find("QR1")!;
        Assert.Equal("Rewrote the motor controller's watchdog so a stalled arm stops in 50 ms", qr1.Title);
        Assert.Equal("Quillstone Robotics", qr1.Company);
        Assert.Equal(["Situation", "Task", "Action", "Result"], qr1.Sections.Select(s => s.Label));
        Assert.Equal("Make a stall stop the arm before it can reach a person", qr1.Section("Task")!.Content.Inline);
        // Three levels deep, the '*' bullet and the trailing spaces are the page's drift, not the story's words.
        var detector = qr1.Section("Action")!.Content.Items[1];
        Assert.Equal("Added a stall detector from the encoder deltas", detector.Text);
        Assert.Equal("40 runs per arm model", detector.Children.Single().Children.Single().Text);
        Assert.Equal("Stalls now stop the arm within 50 ms; no near miss since", qr1.Section("Result")!.Content.Inline);
        Assert.Equal(["Situation", "Action", "Result"], bank.Find("QR2")!.Sections.Select(s => s.Label));
    }

    [Fact]
    public void Each_bullet_story_takes_its_company_from_its_at_line_and_the_plain_page_from_its_heading()
    {
        var bank = PageImport.Import([LayoutCorpus.Page(Bullets), LayoutCorpus.Page(Plain)]).Bank;
        var bw1 = bank.Find("BW1")!;
        Assert.Equal("Moved sensor uploads from nightly batches to a stream", bw1.Title);
        Assert.Equal("Brightwater Labs", bw1.Company);
        Assert.Equal(["Situation", "Action", "Result"], bw1.Sections.Select(s => s.Label));
        Assert.Equal("Chunks are acknowledged by sequence number", bw1.Section("Action")!.Content.Items.Single().Children.Single().Text);
        Assert.Equal("Seaward Instruments", bank.Find("BW3")!.Company);
        var lh2 = bank.Find("LH2")!;
        Assert.Equal("Larkspur Health", lh2.Company);
        Assert.Equal(["Problem", "Action", "Outcome"], lh2.Sections.Select(s => s.Label));
        Assert.Equal("Accessibility complaints stopped", lh2.Section("Outcome")!.Content.Inline);
    }

    [Theory]
    [InlineData(Headings, "## About", "## Projects", "## Tools", "Jenkins")]
    [InlineData(Plain, "Mobile engineer on the patient app.", "Stories:", "Last updated in 2024.", "Last updated")]
    public void Sections_that_are_not_stories_stay_the_pages_own_text_and_never_reach_a_story(string page, string intro1, string intro2, string outro, string word)
    {
        using var bank = new LayoutBank(LayoutCorpus.Page(page));
        var loaded = bank.Load();
        var settings = loaded.Settings.Pages.Single();
        Assert.Contains(intro1, settings.Intro);
        Assert.Contains(intro2, settings.Intro);
        Assert.Contains(outro, settings.Outro);
        Assert.All(Directory.GetFiles(Path.Combine(bank.Root, "stories")), f => Assert.DoesNotContain(word, File.ReadAllText(f)));
        Assert.False(Directory.Exists(Path.Combine(bank.Root, "answers")) && Directory.GetFiles(Path.Combine(bank.Root, "answers")).Length > 0);
    }

    [Fact]
    public void The_pages_remember_their_layout_and_drift_and_build_back_byte_for_byte_together()
    {
        string[] pages = [LayoutCorpus.Page(Headings), LayoutCorpus.Page(Bullets), LayoutCorpus.Page(Plain)];
        using var bank = new LayoutBank(pages);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code == InputCodes.NotRoundTrip);
        var loaded = bank.Load();
        Assert.Empty(loaded.LoadDiagnostics);
        foreach (string page in pages)
            Assert.Equal(File.ReadAllBytes(page), LayoutCorpus.Built(loaded, Path.GetFileName(page)));
        var settings = loaded.Settings.Pages.ToDictionary(p => p.File);
        var bullets = settings[Bullets].EffectiveLayout;
        Assert.True(bullets.CrLf);
        Assert.True(bullets.AtLines);
        Assert.True(bullets.BoldKeys);
        Assert.Equal("    ", bullets.Indent);
        Assert.NotEmpty(settings[Bullets].Drift); // the tight BW2 → BW3 step and a trailing space
        Assert.False(settings[Plain].EffectiveLayout.BoldKeys);
        Assert.False(settings[Plain].EffectiveLayout.AtLines);
        Assert.Equal(3, settings[Headings].EffectiveLayout.HeadingLevel);
        Assert.NotEmpty(settings[Headings].Drift); // the '*' bullet, trailing spaces, two blank lines
        string yaml = bank.Read("tellme.yaml");
        Assert.Contains("type: bullets", yaml);
        Assert.Contains("at-lines: true", yaml);
        Assert.Contains("bold-keys: false", yaml);
    }

    [Fact]
    public void Editing_a_story_file_changes_its_page_in_the_pages_own_layout_and_keeps_the_others_drift()
    {
        using var bank = new LayoutBank(LayoutCorpus.Page(Bullets));
        bank.Write("stories/BW3.md", bank.Read("stories/BW3.md").Replace("Crews stopped writing readings on paper", "Crews stopped using paper logs"));
        string built = System.Text.Encoding.UTF8.GetString(LayoutCorpus.Built(bank.Load(), Bullets));
        Assert.Contains("- **BW3. Shipped an offline mode for the deck tablet app**\r\n    - **At:** Seaward Instruments\r\n", built);
        Assert.Contains("    - **Result:** Crews stopped using paper logs\r\n", built);
        // BW2 was not edited: its trailing spaces are still written.
        Assert.Contains("        - Tagged every upload with its instrument  \r\n", built);
        Assert.DoesNotContain("paper\r\n", built.Replace("paper logs\r\n", ""));
    }

    [Fact]
    public void A_story_cited_from_a_principles_page_resolves_to_the_project_pages_story()
    {
        string lp = LayoutCorpus.Page("lp-cites-projects.md");
        using (var alone = new LayoutBank(lp))
        {
            // Without the project pages the three references dangle: the check below can fail.
            var dangling = Checker.Run(alone.Load(), alone.Root).Where(d => d.Code == "TM001").Select(d => d.Message).ToList();
            Assert.Equal(3, dangling.Count);
        }
        using var bank = new LayoutBank(lp, LayoutCorpus.Page(Headings), LayoutCorpus.Page(Bullets), LayoutCorpus.Page(Plain));
        var loaded = bank.Load();
        Assert.DoesNotContain(Checker.Run(loaded, bank.Root), d => d.Code == "TM001");
        var stories = loaded.Frameworks.Single().Principles.Select(p => p.Stories.Single().Story?.Value);
        Assert.Equal(["BW1", "QR1", "LH2"], stories);
        Assert.Empty(loaded.Answers);
        Assert.Equal(File.ReadAllBytes(lp), LayoutCorpus.Built(loaded, "lp-cites-projects.md"));
    }

    [Fact]
    public void A_questions_page_whose_topics_cite_stories_is_still_a_questions_page()
    {
        var result = PageImport.Import([LayoutCorpus.Page("bq-headings.md"), LayoutCorpus.Page(Headings)]);
        Assert.Contains(result.Pages, p => p is ImportedQuestionsPage);
        Assert.Contains(result.Pages, p => p is ImportedProjectsPage);
        Assert.NotEmpty(result.Bank.Answers);
        Assert.DoesNotContain(result.Bank.Answers, a => a.Key.StartsWith("QR", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_list_of_ids_without_star_points_is_no_project_page()
    {
        using var dir = new TempDir();
        string page = dir.File("releases.md");
        File.WriteAllText(page, "# Releases\n\n## RL1. Spring release\n\n- Shipped in April\n- 12 fixes\n\n## RL2. Summer release\n\n- Shipped in July\n");
        var result = PageImport.Import([page]);
        Assert.Empty(result.Pages);
        Assert.Empty(result.Bank.Stories);
        Assert.Contains(result.Diagnostics, d => d.Code == InputCodes.NotInterviewPage);
    }

    [Fact]
    public void Text_under_a_story_without_a_label_is_reported_at_its_line()
    {
        using var dir = new TempDir();
        string page = dir.File("acme.md");
        File.WriteAllText(page, "# Acme\n\n## AC1. Tuned the queries\n\nA side note with no label.\n\n- **Situation:** Slow pages\n- **Result:** Pages load in 1 s\n");
        var result = PageImport.Import([page]);
        Assert.IsType<ImportedProjectsPage>(Assert.Single(result.Pages));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == InputCodes.MalformedPage);
        Assert.Equal(5, warning.Line);
        Assert.Contains("AC1", warning.Message);
        Assert.Equal(["Situation", "Result"], result.Bank.Find("AC1")!.Sections.Select(s => s.Label));
    }

    [Fact]
    public void Numbered_questions_whose_points_start_a_story_are_a_questions_page_not_stories()
    {
        using var dir = new TempDir();
        string page = dir.File("questions.md");
        File.WriteAllText(page, "# Questions\n\n## Q1. A conflict with a colleague\n\n- **Summary:** QR2. Cut firmware build time\n- **Situation:** CI took 40 minutes\n- **Result:** 6 minutes\n\n" +
            "## Q2. A failure\n\n- **Summary:** (New) Missed a release date\n- **Action:** Split the release\n- **Result:** Shipped a week later\n");
        var result = PageImport.Import([page, LayoutCorpus.Page(Headings)]);
        Assert.Contains(result.Pages, p => p is ImportedQuestionsPage);
        Assert.Equal(["Q1. A conflict with a colleague", "Q2. A failure"], result.Bank.Answers.Select(a => a.Key));
        Assert.Null(result.Bank.Find("Q1"));
        Assert.Equal(StoryId.Parse("QR2"), result.Bank.Answers[0].Story);
    }
}
