using TellMe.Bank;
using TellMe.Check;
using TellMe.Diagnostics;
using TellMe.Import;

namespace TellMe.Tests.Import;

/// <summary>
/// Every layout imports to the same bank as its headings twin, and every page of the corpus builds back byte for
/// byte: the twins were written by an independent script (TestData/layouts/make_twins.py), not by TellMe.
/// </summary>
public class LayoutTwinTests
{
    [Theory]
    [InlineData("lp-html-table.md")]
    [InlineData("lp-pipe-table.md")]
    [InlineData("lp-headings-drift.md")]
    [InlineData("lp-story-table.md")]
    public void A_principles_page_in_any_layout_imports_to_the_bank_of_the_headings_page(string twin) =>
        AssertSameBank(TestFiles.LeadershipPrinciples, LayoutCorpus.Page(twin));

    [Theory]
    [InlineData("bq-headings.md")]
    [InlineData("bq-pipe-table.md")]
    public void A_questions_page_in_any_layout_imports_to_the_bank_of_the_html_table_page(string twin) =>
        AssertSameBank(TestFiles.BehavioralQuestions, LayoutCorpus.Page(twin));

    private static void AssertSameBank(string original, string twin)
    {
        var expected = PageImport.Import([original]);
        var actual = PageImport.Import([twin]);
        Assert.False(actual.HasErrors, string.Join("\n", actual.Diagnostics));
        var want = LayoutCorpus.Files(expected);
        var got = LayoutCorpus.Files(actual);
        Assert.Equal(want.Keys.Order(), got.Keys.Order());
        foreach (var (path, content) in want) Assert.True(content == got[path], $"{path} differs:\n{got[path]}");
    }

    [Theory]
    [MemberData(nameof(LayoutCorpus.InterviewPages), MemberType = typeof(LayoutCorpus))]
    public void Every_page_of_the_corpus_builds_back_byte_for_byte(string page)
    {
        string path = LayoutCorpus.Page(page);
        using var bank = new LayoutBank(path);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code == InputCodes.NotRoundTrip);
        var loaded = bank.Load();
        Assert.Empty(loaded.LoadDiagnostics);
        Assert.Equal(File.ReadAllBytes(path), LayoutCorpus.Built(loaded, page));
    }

    [Fact]
    public void Each_page_remembers_its_layout_in_tellme_yaml()
    {
        using var bank = new LayoutBank(LayoutCorpus.Page("lp-pipe-table.md"), LayoutCorpus.Page("bq-headings.md"), LayoutCorpus.Page("lp-headings-drift.md"));
        var pages = bank.Load().Settings.Pages.ToDictionary(p => p.File);
        Assert.Equal(LayoutKind.PipeTable, pages["lp-pipe-table.md"].EffectiveLayout.Kind);
        Assert.Equal(PointForm.Plain, pages["lp-pipe-table.md"].EffectiveLayout.Points);
        Assert.Equal(LayoutKind.Headings, pages["bq-headings.md"].EffectiveLayout.Kind);
        var drift = pages["lp-headings-drift.md"];
        Assert.True(drift.EffectiveLayout.CrLf);
        Assert.True(drift.EffectiveLayout.Bom);
        Assert.NotEmpty(drift.Drift);
        string yaml = bank.Read("tellme.yaml");
        Assert.Contains("type: pipe-table", yaml);
        Assert.Contains("crlf: true", yaml);
        Assert.Contains("bom: true", yaml);
        // Two principles pages do not share one framework: each builds from its own.
        Assert.NotEqual(pages["lp-pipe-table.md"].Framework, pages["lp-headings-drift.md"].Framework);
    }

    [Fact]
    public void The_checks_of_the_fixture_pages_hold_when_the_principles_page_is_a_table()
    {
        // Read as a questions page, this table once gave 16 answers named "1. Customer Obsession" and no check fired.
        using var fixture = new LayoutBank(TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions);
        using var table = new LayoutBank(LayoutCorpus.Page("lp-html-table.md"), TestFiles.BehavioralQuestions);
        var loaded = table.Load();
        Assert.Equal(33, loaded.Answers.Length);
        Assert.Equal(16, Assert.Single(loaded.Frameworks).Principles.Length);
        var want = Checker.Run(fixture.Load(), fixture.Root).Select(d => d.ToString()).ToList();
        var got = Checker.Run(loaded, table.Root).Select(d => d.ToString()).ToList();
        Assert.Equal(want, got);
        Assert.Contains(got, d => d.Contains("TM004") && d.Contains("'2'"));
        Assert.Contains(got, d => d.Contains("TM003") && d.Contains("IT5"));
        Assert.Contains(got, d => d.Contains("TM012") && d.Contains("IT4"));
    }

    [Fact]
    public void A_questions_page_of_plain_labels_without_front_matter_reads_the_same_answers()
    {
        var html = PageImport.Import([TestFiles.BehavioralQuestions]).Bank;
        var plain = PageImport.Import([LayoutCorpus.Page("bq-headings-plain.md")]);
        Assert.False(plain.HasErrors);
        Assert.Equal(html.Answers.Select(a => a.Key), plain.Bank.Answers.Select(a => a.Key));
        Assert.Equal(html.Answers.Select(a => a.Story), plain.Bank.Answers.Select(a => a.Story));
        Assert.Equal(html.Stories.Select(s => (s.Id, s.Title, s.Company)), plain.Bank.Stories.Select(s => (s.Id, s.Title, s.Company)));
        foreach (var (a, b) in html.Answers.Zip(plain.Bank.Answers))
        {
            Assert.Equal(a.Points.Select(p => p.Label), b.Points.Select(p => p.Label));
            // The page wrote no bold at all, yet its nested labels are held as every other layout holds them (and
            // written back plain on its own page): the same bank as the HTML page's.
            Assert.Equal(a.Points.Select(p => MarkdownFile(p.Content)), b.Points.Select(p => MarkdownFile(p.Content)));
        }
    }

    private static string MarkdownFile(Content content) => TellMe.Text.MarkdownContent.ToMarkdown(content);
}
