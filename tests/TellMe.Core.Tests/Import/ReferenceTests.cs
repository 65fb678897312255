using TellMe.Bank;
using TellMe.Check;
using TellMe.Import;

namespace TellMe.Tests.Import;

/// <summary>References in every form: a bare ID with a note, a label that names its story, (New), a lost prefix.</summary>
public class ReferenceTests
{
    [Fact]
    public void A_reference_with_words_in_parentheses_names_a_story_and_one_no_page_tells_is_an_error()
    {
        using var bank = new LayoutBank(LayoutCorpus.Page("lp-references.md"));
        var loaded = bank.Load();
        var ownership = loaded.Frameworks.Single().Principles.Single(p => p.Name == "Ownership").Stories.Single();
        Assert.Equal(StoryId.Parse("XY6"), ownership.Story);
        Assert.Equal("(details on the company page)", ownership.Note);
        Assert.Null(loaded.Find("XY6"));
        var found = Checker.Run(loaded, bank.Root);
        var dangling = Assert.Single(found, d => d.Code == "TM001");
        Assert.Equal("frameworks/amazon.yaml", dangling.File);
        Assert.Contains("XY6", dangling.Message);
    }

    [Fact]
    public void A_reference_to_a_story_told_on_the_company_page_is_no_error_and_the_page_still_builds_back()
    {
        using var dir = new TempDir();
        string company = dir.File("xy.md");
        File.WriteAllText(company, "---\ntitle: XY Corp\n---\n\n# XY Corp\n\n<table>\n  <tr>\n    <td><strong>Summary</strong></td>\n    <td><strong>XY6</strong>. Built the billing pipeline</td>\n  </tr>\n  <tr>\n    <td><strong>Result</strong></td>\n    <td>Invoices in 5 minutes</td>\n  </tr>\n</table>\n");
        string page = LayoutCorpus.Page("lp-references.md");
        using var bank = new LayoutBank(company, page);
        var loaded = bank.Load();
        Assert.Equal("Built the billing pipeline", loaded.Find("XY6")!.Title);
        Assert.DoesNotContain(Checker.Run(loaded, bank.Root), d => d.Code == "TM001");
        Assert.Equal(File.ReadAllBytes(page), LayoutCorpus.Built(loaded, "lp-references.md"));
        Assert.Equal(File.ReadAllBytes(company), LayoutCorpus.Built(loaded, "xy.md"));
    }

    [Fact]
    public void A_label_that_names_its_story_links_the_entry_to_it()
    {
        using var lp = new LayoutBank(LayoutCorpus.Page("lp-references.md"));
        var telling = lp.Load().Frameworks.Single().Principles[0].Stories.Single();
        Assert.Equal(StoryId.Parse("CR1"), telling.Story);
        Assert.Equal("Project (CR1)", telling.Label);
        var cr1 = lp.Load().Find("CR1")!;
        Assert.Equal("Cybereason", cr1.Company);
        Assert.Equal(["Situation", "Action", "Result"], cr1.Sections.Select(s => s.Label));

        using var bq = new LayoutBank(LayoutCorpus.Page("bq-references.md"));
        var ownership = bq.Load().FindAnswer("Ownership")!;
        Assert.Equal(StoryId.Parse("EN1"), ownership.Story);
        Assert.StartsWith("Developed a generator tool", bq.Load().Find("EN1")!.Title);
        Assert.Equal("Summary (EN1)", ownership.Points[0].Label);
    }

    [Fact]
    public void A_reference_that_lost_its_prefix_or_names_no_story_is_reported_on_a_questions_page_in_a_table()
    {
        using var bank = new LayoutBank(LayoutCorpus.Page("bq-references.md"));
        var found = Checker.Run(bank.Load(), bank.Root);
        Assert.Contains(found, d => d.Code == "TM004" && d.File == "answers/teamwork.md" && d.Message.Contains("'2'"));
        Assert.Contains(found, d => d.Code == "TM001" && d.File == "answers/deep-dive.md" && d.Message.Contains("QQ9"));
    }

    [Fact]
    public void A_new_story_gets_the_lowest_free_id_of_its_company_and_keeps_its_title()
    {
        using var bank = new LayoutBank(LayoutCorpus.Page("lp-references.md"));
        var told = bank.Load().Frameworks.Single().Principles.Single(p => p.Name == "Earn trust").Stories.Single();
        Assert.Equal("(New)", told.Ref);
        Assert.Equal(StoryId.Parse("CR2"), told.Story);
        Assert.Equal("Mentored a new SRE through the on-call rotation", bank.Load().Find("CR2")!.Title);
    }

    [Fact]
    public void A_new_story_never_takes_an_id_a_page_cites_and_an_unknown_company_gets_its_own_prefix()
    {
        using var dir = new TempDir();
        string path = dir.File("lp.md");
        File.WriteAllText(path, """
            ## 1. Customer Obsession

            - **Value:** Start from the customer
            - **Project:** CR2 (told on the company page)

            ## 2. Ownership

            - **Value:** Act for the whole company
            - **Project:** CR1. Built dashboards for every service
              - **At:** Cybereason
              - **Result:** MTTR fell by 80%

            ## 3. Earn trust

            - **Value:** Listen, speak candidly
            - **Project:** (New) Led the incident review
              - **At:** Cybereason
              - **Result:** 3 fixes shipped in a week

            ## 4. Dive deep

            - **Value:** Stay close to the details
            - **Project:** (New) Tuned the slowest query
              - **At:** Acme Corp
              - **Result:** p99 from 2 s to 200 ms

            """);
        var principles = PageImport.Import([path]).Bank.Frameworks.Single().Principles;
        Assert.Equal(StoryId.Parse("CR3"), principles[2].Stories.Single().Story);
        Assert.Equal(StoryId.Parse("AC1"), principles[3].Stories.Single().Story);
    }

    [Fact]
    public void A_story_told_as_a_table_inside_a_principles_page_is_imported_as_that_story()
    {
        using var bank = new LayoutBank(LayoutCorpus.Page("lp-story-table.md"));
        var eu1 = bank.Load().Find("EU1")!;
        Assert.Equal("Eukarya", eu1.Company);
        Assert.Equal(["Situation", "Action", "Result"], eu1.Sections.Select(s => s.Label));
        var page = bank.Load().Settings.Pages.Single();
        Assert.Equal("learn-and-be-curious", Assert.Single(page.Tables));
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Severity >= TellMe.Diagnostics.Severity.Warning);
    }
}
