using System.Text.Json;

namespace TellMe.Cli.Tests;

/// <summary><c>tellme import</c>: partial imports, pages of other kinds, one page at a time.</summary>
public class ImportCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Bank => _dir.File("bank");

    private static string Layout(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "layouts", name);

    [Fact]
    public void A_page_that_cannot_be_read_is_reported_the_others_are_imported_and_the_exit_code_is_1()
    {
        string broken = Layout("broken-table.md");
        var result = CliRunner.Run(["import", CliRunner.Fixtures[0], broken, CliRunner.Fixtures[1], "--into", Bank]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{broken}:15:1: error TM105: the table opened at line 7 is cut off", result.Out);
        Assert.Contains("Markdown pipe tables", result.Out);
        Assert.Contains($"Imported 21 stories, 33 answers, 16 principles into {Bank}", result.Out);
        Assert.Contains("1 page(s) could not be read and were not imported", result.Error);
        Assert.True(File.Exists(Path.Combine(Bank, "answers", "conflict.md")));
    }

    [Fact]
    public void When_no_page_can_be_imported_the_exit_code_is_2_and_nothing_is_written()
    {
        var result = CliRunner.Run(["import", Layout("broken-table.md"), Layout("profile.md"), "--into", Bank]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("info TM108: not an interview page: skipped", result.Out);
        Assert.Contains("nothing was imported", result.Error);
        Assert.False(Directory.Exists(Bank));
    }

    [Fact]
    public void A_page_of_another_kind_beside_the_interview_pages_is_a_note_and_the_import_succeeds()
    {
        var result = CliRunner.Run(["import", .. CliRunner.Fixtures, Layout("work-history.md"), "--into", Bank, "--json"]);
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(33, doc.RootElement.GetProperty("answers").GetInt32());
        Assert.Contains(doc.RootElement.GetProperty("importDiagnostics").EnumerateArray(), d => d.GetString()!.Contains("TM108"));
        Assert.Equal(2, doc.RootElement.GetProperty("pages").GetArrayLength());
    }

    [Fact]
    public void Importing_the_pages_one_at_a_time_gives_the_bank_importing_them_together_gives()
    {
        string together = _dir.File("together");
        Assert.Equal(0, CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", together]).ExitCode);
        Assert.Equal(0, CliRunner.Run(["import", CliRunner.Fixtures[0], "--into", Bank]).ExitCode);
        // Adding a page to a bank updates tellme.yaml (and renumbers the (New) story whose ID the new page cites): --force.
        var second = CliRunner.Run(["import", CliRunner.Fixtures[1], "--into", Bank]);
        Assert.Equal(2, second.ExitCode);
        Assert.Equal(0, CliRunner.Run(["import", CliRunner.Fixtures[1], "--into", Bank, "--force"]).ExitCode);
        var files = Directory.GetFiles(together, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(together, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(Bank, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Bank, f)).Order());
        foreach (var file in files)
            Assert.Equal(File.ReadAllText(Path.Combine(together, file)), File.ReadAllText(Path.Combine(Bank, file)));
    }

    [Fact]
    public void A_pipe_table_without_end_pipes_imports_with_exit_0_and_builds_back_as_it_was()
    {
        // 'Question | Answer' over ':-- | :--', as GitHub-flavoured Markdown allows: once refused with exit 2.
        string page = Layout("bq-pipe-bare.md");
        var result = CliRunner.Run(["import", page, "--into", Bank]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pipe table", result.Out);
        Assert.True(File.Exists(Path.Combine(Bank, "answers", "why-us.md")));
        string site = _dir.File("site");
        Assert.Equal(0, CliRunner.Run("build", "--bank", Bank, "--out", site).ExitCode);
        Assert.Equal(File.ReadAllBytes(page), File.ReadAllBytes(Path.Combine(site, "bq-pipe-bare.md")));
    }

    [Fact]
    public void Pages_in_other_layouts_build_back_as_they_were()
    {
        string[] pages = [Layout("lp-pipe-table.md"), Layout("bq-headings.md"), Layout("lp-headings-drift.md")];
        Assert.Equal(0, CliRunner.Run(["import", .. pages, "--into", Bank]).ExitCode);
        string site = _dir.File("site");
        Assert.Equal(0, CliRunner.Run("build", "--bank", Bank, "--out", site).ExitCode);
        foreach (var page in pages)
            Assert.Equal(File.ReadAllBytes(page), File.ReadAllBytes(Path.Combine(site, Path.GetFileName(page))));
    }
}
