using TellMe.Diagnostics;
using TellMe.Import;

namespace TellMe.Tests.Import;

/// <summary>A page is recognised by its content; a page of no known kind is skipped; an unreadable page costs only itself.</summary>
public class PageKindTests
{
    [Theory]
    [InlineData("work-history.md")]
    [InlineData("profile.md")]
    [InlineData("company-acme.md")]
    [InlineData("projects-no-stories.md")]
    public void A_page_that_is_no_interview_page_is_skipped_with_a_note_and_gives_no_answers(string page)
    {
        var result = PageImport.Import([LayoutCorpus.Page(page)]);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal(InputCodes.NotInterviewPage, note.Code);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.StartsWith("not an interview page: skipped", note.Message);
        Assert.Empty(result.Pages);
        Assert.Empty(result.Bank.Answers);
        Assert.Empty(result.Bank.Stories);
        Assert.Empty(result.Bank.Settings.Pages);
    }

    [Fact]
    public void Pages_of_other_kinds_imported_with_the_fixtures_add_no_answer_and_no_story()
    {
        var fixtures = PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions]).Bank;
        var result = PageImport.Import([LayoutCorpus.Page("work-history.md"), TestFiles.LeadershipPrinciples, LayoutCorpus.Page("profile.md"),
            TestFiles.BehavioralQuestions, LayoutCorpus.Page("company-acme.md")]);
        Assert.False(result.HasErrors);
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == InputCodes.NotInterviewPage));
        Assert.Equal(fixtures.Answers.Select(a => a.Key), result.Bank.Answers.Select(a => a.Key));
        Assert.Equal(fixtures.Stories.Select(s => s.Id), result.Bank.Stories.Select(s => s.Id));
        Assert.DoesNotContain(result.Bank.Answers, a => a.Key is "Title" or "Team Size" or "Cybereason" or "Role");
    }

    [Fact]
    public void A_page_that_cannot_be_read_is_reported_and_the_others_are_imported()
    {
        string broken = LayoutCorpus.Page("broken-table.md");
        var result = PageImport.Import([TestFiles.LeadershipPrinciples, broken, TestFiles.BehavioralQuestions]);
        Assert.True(result.HasErrors);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(broken, error.File);
        Assert.Equal(15, error.Line);
        Assert.Contains("cut off", error.Message);
        // The hint names the layouts TellMe reads.
        Assert.Contains("headings with bullets", error.Hint);
        Assert.Contains("HTML Key/Value tables", error.Hint);
        Assert.Contains("Markdown pipe tables", error.Hint);
        Assert.Equal(2, result.Pages.Count);
        Assert.Equal(33, result.Bank.Answers.Length);
        Assert.Equal(16, result.Bank.Frameworks.Single().Principles.Length);
    }

    [Fact]
    public void A_page_with_no_key_value_entries_at_all_is_an_error_that_names_the_layouts()
    {
        using var dir = new TempDir();
        string path = dir.File("notes.md");
        File.WriteAllText(path, "# Notes\n\nSome thoughts about interviews, in one paragraph.\n");
        var d = Assert.Single(PageImport.Import([path]).Diagnostics);
        Assert.Equal(InputCodes.UnknownFormat, d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(1, d.Line);
        Assert.Contains("pipe tables", d.Hint);
    }

    [Fact]
    public void The_kind_comes_from_the_content_whatever_the_file_is_called()
    {
        using var dir = new TempDir();
        string misnamed = dir.File("behavioral_questions.md");
        File.Copy(LayoutCorpus.Page("lp-pipe-table.md"), misnamed);
        var page = Assert.Single(PageImport.Import([misnamed]).Pages);
        Assert.IsType<ImportedPrinciplesPage>(page);
    }
}
