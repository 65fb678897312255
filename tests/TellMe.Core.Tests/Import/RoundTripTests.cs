using TellMe.Bank;
using TellMe.Render.Jekyll;

namespace TellMe.Tests.Import;

public class RoundTripTests
{
    private static string Page(StoryBank bank, string file) => JekyllSite.Render(bank).Single(p => p.File == file).Content;

    [Theory]
    [InlineData("leadership_principles.md")]
    [InlineData("behavioral_questions.md")]
    public void Import_then_build_gives_the_original_page_byte_for_byte(string page)
    {
        using var bank = new ImportedBank();
        Assert.Empty(bank.Load().LoadDiagnostics);
        Assert.Equal(File.ReadAllText(TestFiles.Data("fixtures", page)), Page(bank.Load(), page));
    }

    [Fact]
    public void A_project_page_round_trips_with_its_intro_tables_and_outro()
    {
        using var bank = new ImportedBank(TestFiles.Projects);
        Assert.Equal(File.ReadAllText(TestFiles.Projects), Page(bank.Load(), "cybereason.md"));
        var story = bank.Load().Find("CR1")!;
        Assert.Equal("Cybereason", story.Company);
        Assert.Equal(["Situation", "Task", "Action", "Result"], story.Sections.Select(s => s.Label));
    }

    [Fact]
    public void A_table_right_after_the_front_matter_and_one_blank_line_builds_back_byte_for_byte()
    {
        using var dir = new TempDir();
        const string text = "---\ntitle: Behavioral Questions\n---\n\n| Key | Value |\n| --- | --- |\n" +
            "| **Conflict** | - **Summary:** CR1. Rebuilt the billing export<br>- **Situation:** Exports broke<br>- **Result:** Zero broken exports |\n" +
            "| **Strength** | - **Strength:** I learn new tools quickly |\n";
        string path = dir.File("bq.md");
        File.WriteAllText(path, text);
        using var bank = new LayoutBank(path);
        // The intro is one blank line, which tellme.yaml must keep.
        Assert.Contains("intro-raw: \"\\n\"", bank.Read("tellme.yaml"));
        Assert.Equal(text, Page(bank.Load(), "bq.md"));
    }

    [Fact]
    public void Import_writes_the_same_files_every_time_lf_utf8_without_bom()
    {
        using var first = new ImportedBank();
        using var second = new ImportedBank();
        var files = Directory.GetFiles(first.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Root, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(second.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second.Root, f)).Order());
        foreach (var file in files)
        {
            byte[] bytes = File.ReadAllBytes(first.Path(file));
            Assert.Equal(bytes, File.ReadAllBytes(second.Path(file)));
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB, $"{file} starts with a BOM");
        }
        // Loading and writing back changes nothing: the format is stable.
        foreach (var (path, content) in BankWriter.Render(first.Load()))
            Assert.Equal(first.Read(path), content);
    }

    [Fact]
    public void Importing_the_same_pages_into_the_bank_again_changes_no_file_and_keeps_placeholder_ids()
    {
        using var bank = new ImportedBank();
        var again = TellMe.Import.PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions], bank.Load());
        var (writes, refused) = BankWriter.Write(bank.Root, BankWriter.Render(again.Bank), force: false);
        Assert.Empty(refused);
        Assert.All(writes, w => Assert.Equal(WriteAction.Unchanged, w.Action));
    }

    [Fact]
    public void Editing_a_story_file_changes_every_page_that_shows_it()
    {
        using var bank = new ImportedBank();
        // IT2 is told on both pages: its Result is shown from the story file on each.
        string story = bank.Read("stories/IT2.md");
        Assert.Contains("Developed the expected system in time", story);
        bank.Write("stories/IT2.md", story.Replace("Developed the expected system in time", "Shipped the chat in 6 weeks, on the agreed date"));
        var edited = bank.Load();
        Assert.Contains("  - **Result:** Shipped the chat in 6 weeks, on the agreed date", Page(edited, "leadership_principles.md"));
        Assert.Contains("<li><strong>Result:</strong> Shipped the chat in 6 weeks, on the agreed date</li>", Page(edited, "behavioral_questions.md"));
        Assert.DoesNotContain("Developed the expected system in time", Page(edited, "leadership_principles.md"));
        Assert.DoesNotContain("Developed the expected system in time", Page(edited, "behavioral_questions.md"));
    }

    [Fact]
    public void Editing_a_story_title_changes_the_answer_summary_that_names_it()
    {
        using var bank = new ImportedBank();
        bank.Write("stories/CR2.md", bank.Read("stories/CR2.md").Replace("title: Analyzed thread dumps", "title: Led an incident and analyzed thread dumps"));
        Assert.Contains("CR2. Led an incident and analyzed thread dumps", Page(bank.Load(), "behavioral_questions.md"));
    }

    [Fact]
    public void Editing_an_answer_changes_the_questions_page()
    {
        using var bank = new ImportedBank();
        bank.Write("answers/visa.md", bank.Read("answers/visa.md").Replace("PEO/EOR is acceptable", "PEO/EOR works for me"));
        string page = Page(bank.Load(), "behavioral_questions.md");
        Assert.Contains("<li><strong>PEO/EOR:</strong> PEO/EOR works for me</li>", page);
        Assert.DoesNotContain("PEO/EOR is acceptable", page);
    }

    [Fact]
    public void Editing_a_framework_description_changes_the_principles_page()
    {
        using var bank = new ImportedBank();
        bank.Write("frameworks/amazon.yaml", bank.Read("frameworks/amazon.yaml").Replace("Leaders accomplish more with less", "Do more with less"));
        string page = Page(bank.Load(), "leadership_principles.md");
        Assert.Contains("## 10. Frugality\n\n- **Value:** Do more with less\n", page);
        Assert.DoesNotContain("Leaders accomplish more with less", page);
    }

    [Fact]
    public void The_bank_holds_each_shared_fact_once()
    {
        using var bank = new ImportedBank();
        // IT2's Action is told identically on both pages: it lives in the story file only.
        Assert.Contains("Adopted polling", bank.Read("stories/IT2.md"));
        Assert.DoesNotContain("Adopted polling", bank.Read("answers/tight-schedule.md"));
        Assert.DoesNotContain("Adopted polling", bank.Read("frameworks/amazon.yaml"));
        // A story told only inside an answer became a story too.
        Assert.Contains("title: Analyzed thread dumps and heap dumps to troubleshoot a server with 2k concurrent threads", bank.Read("stories/CR2.md"));
        Assert.Contains("story: CR2", bank.Read("answers/teamwork.md"));
    }
}

public class PrivateStoryTests
{
    [Fact]
    public void Html_in_a_story_stays_text_on_every_page()
    {
        using var bank = new ImportedBank();
        bank.Write("stories/IT2.md", bank.Read("stories/IT2.md")
            .Replace("title: Developed a group chat service and notification system\n", "title: Developed <script>alert(1)</script> chat & more<br>\n")
            .Replace("- Schedule was tight", "- Schedule was <img src=x onerror=alert(2)> tight"));
        var pages = TellMe.Render.Jekyll.JekyllSite.Render(bank.Load()).ToDictionary(p => p.File, p => p.Content);
        foreach (var page in pages.Values)
        {
            Assert.DoesNotContain("<script>", page);
            Assert.DoesNotContain("<img", page);
        }
        Assert.Contains("- **Project:** IT2. Developed &lt;script>alert(1)&lt;/script> chat & more<br>", pages["leadership_principles.md"]);
        Assert.Contains("    - Schedule was &lt;img src=x onerror=alert(2)> tight", pages["leadership_principles.md"]);
        Assert.Contains("Developed &lt;script&gt;alert(1)&lt;/script&gt; chat & more<br>", pages["behavioral_questions.md"]);
    }

    [Fact]
    public void A_private_story_and_the_answer_that_tells_it_never_reach_a_page()
    {
        using var bank = new ImportedBank();
        bank.Write("stories/CR2.md", bank.Read("stories/CR2.md").Replace("company: Cybereason\n", "company: Cybereason\nprivate: true\n"));
        bank.Write("stories/IT2.md", bank.Read("stories/IT2.md").Replace("company: Industry Technology\n", "company: Industry Technology\nprivate: true\n"));
        var pages = TellMe.Render.Jekyll.JekyllSite.Render(bank.Load()).ToDictionary(p => p.File, p => p.Content);
        Assert.DoesNotContain("thread dumps", pages["behavioral_questions.md"]);
        Assert.DoesNotContain("<strong>Teamwork</strong>", pages["behavioral_questions.md"]);
        Assert.DoesNotContain("group chat", pages["leadership_principles.md"]);
        Assert.DoesNotContain("group chat", pages["behavioral_questions.md"]);
        Assert.Contains("## 14. Deliver results", pages["leadership_principles.md"]);
        Assert.True(bank.Load().Find("CR2")!.Private);
    }
}
