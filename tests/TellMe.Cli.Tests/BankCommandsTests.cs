using System.Text.Json;

namespace TellMe.Cli.Tests;

public class BankCommandsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Bank => _dir.File("bank");

    private CliResult Import(params string[] extra) => CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", Bank, .. extra]);

    [Fact]
    public void Import_prints_a_summary_of_stories_answers_principles_and_findings()
    {
        var result = Import();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Imported 21 stories, 33 answers, 16 principles into {Bank}", result.Out);
        Assert.Contains("Files: 57 created, 0 updated, 0 unchanged", result.Out);
        Assert.Contains("│ leadership_principles.md", result.Out.Replace(CliRunner.Fixture(""), ""));
        Assert.Matches(@"Check: 0 errors, \d+ warnings, \d+ notes\.", result.Out);
    }

    [Fact]
    public void Import_json_reports_counts()
    {
        using var doc = JsonDocument.Parse(Import("--json").Out);
        Assert.Equal(21, doc.RootElement.GetProperty("stories").GetInt32());
        Assert.Equal(33, doc.RootElement.GetProperty("answers").GetInt32());
        Assert.Equal(16, doc.RootElement.GetProperty("principles").GetInt32());
    }

    [Fact]
    public void Import_again_refuses_to_overwrite_edited_files_without_force()
    {
        Import();
        string story = Path.Combine(Bank, "stories", "IT2.md");
        string page = File.ReadAllText(story);
        File.WriteAllText(story, page.Replace("Developed the expected system in time", "Shipped in 6 weeks, mine"));
        var again = Import();
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("stories/IT2.md:1:1: error TM107", again.Out);
        Assert.Contains("mine", File.ReadAllText(story));
        // --force alone never drops what only the bank has: it says what it would drop and writes nothing.
        var forced = Import("--force");
        Assert.Equal(2, forced.ExitCode);
        Assert.Contains("error TM110: the import would drop text that only the bank has, in story IT2: 'Shipped in 6 weeks, mine'", forced.Out);
        Assert.Contains("mine", File.ReadAllText(story));
        // --prune is the user saying the page is right.
        Assert.Equal(0, Import("--force", "--prune").ExitCode);
        Assert.DoesNotContain("mine", File.ReadAllText(story));
        Assert.Equal(page, File.ReadAllText(story));
    }

    [Fact]
    public void Import_again_with_force_keeps_a_section_added_to_the_bank_and_prune_drops_it()
    {
        Import();
        string story = Path.Combine(Bank, "stories", "IT2.md");
        File.AppendAllText(story, "\n## Notes\n\nmine\n");
        // The page tells IT2 without Notes: the story keeps the bank's own section, and the principle's entry now
        // names the parts the page shows, so the framework file is what --force updates.
        var again = Import();
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("frameworks/amazon.yaml:1:1: error TM107", again.Out);
        Assert.DoesNotContain("stories/IT2.md:1:1", again.Out);
        Assert.Equal(0, Import("--force").ExitCode);
        Assert.Contains("mine", File.ReadAllText(story));
        string site = _dir.File("site");
        Assert.Equal(0, CliRunner.Run("build", "--bank", Bank, "--out", site).ExitCode);
        foreach (var page in CliRunner.Fixtures)
            Assert.Equal(File.ReadAllText(page), File.ReadAllText(Path.Combine(site, Path.GetFileName(page))));
        Assert.Equal(0, Import("--force", "--prune").ExitCode);
        Assert.DoesNotContain("mine", File.ReadAllText(story));
    }

    [Fact]
    public void Check_prints_compiler_style_lines_with_hints_and_a_count()
    {
        Import();
        var result = CliRunner.Run("check", "--bank", Bank);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        string arrow = Assert.Single(lines, l => l.Contains("TM009", StringComparison.Ordinal));
        Assert.Equal($"{Bank}/answers/why-sre-swe.md:2:14: warning TM009: 'â†’' in answer 'Why SRE â†’ SWE' is '→' decoded with the wrong encoding", arrow);
        Assert.Equal("  hint: replace it with '→' (tellme fix does this)", lines[Array.IndexOf(lines, arrow) + 1]);
        Assert.Matches(@"^0 errors, \d+ warnings, \d+ notes$", lines.Last(l => l.Length > 0));
    }

    [Fact]
    public void Check_prints_paths_relative_to_the_current_folder_when_the_bank_is_below_it()
    {
        string below = Path.Combine(Environment.CurrentDirectory, $"bank-below-{Guid.NewGuid():N}");
        try
        {
            Assert.Equal(0, CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", below]).ExitCode);
            var result = CliRunner.Run("check", "--bank", below);
            string arrow = Assert.Single(result.Out.Split('\n'), l => l.Contains("TM009", StringComparison.Ordinal));
            Assert.StartsWith($"{Path.GetFileName(below)}/answers/why-sre-swe.md:2:14: warning TM009", arrow);
        }
        finally
        {
            Directory.Delete(below, recursive: true);
        }
    }

    [Fact]
    public void Check_json_and_sarif_are_valid_and_complete()
    {
        Import();
        using var json = JsonDocument.Parse(CliRunner.Run("check", "--bank", Bank, "--format", "json").Out);
        var diagnostics = json.RootElement.GetProperty("diagnostics");
        Assert.Contains(diagnostics.EnumerateArray(), d => d.GetProperty("code").GetString() == "TM015" && d.GetProperty("file").GetString() == "stories/IT2.md");

        using var sarif = JsonDocument.Parse(CliRunner.Run("check", "--bank", Bank, "--format", "sarif").Out);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(18, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        Assert.Equal(diagnostics.GetArrayLength(), run.GetProperty("results").GetArrayLength());
        var first = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.True(first.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
    }

    [Fact]
    public void Check_exits_1_when_the_bank_has_an_error()
    {
        Import();
        File.WriteAllText(Path.Combine(Bank, "stories", "IT1.md"), "---\nid: IT1\ntitle: [broken\n---\n");
        var result = CliRunner.Run("check", "--bank", Bank);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"stories/IT1.md:[34]:\d+: error TM102: broken YAML", result.Out);
    }

    [Fact]
    public void Fix_lists_what_it_changed_and_build_writes_the_pages()
    {
        Import();
        var fix = CliRunner.Run("fix", "--bank", Bank);
        Assert.Equal(0, fix.ExitCode);
        Assert.Contains("'â†’' → '→'", fix.Out);
        Assert.Contains("'2' → CR2", fix.Out);
        Assert.Contains("3 changes made.", fix.Out);

        string site = _dir.File("site");
        var build = CliRunner.Run("build", "--bank", Bank, "--out", site);
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("<td><strong>Why SRE → SWE</strong></td>", File.ReadAllText(Path.Combine(site, "behavioral_questions.md")));
        Assert.Contains("- **Project:** CR2. Analyzed thread dumps", File.ReadAllText(Path.Combine(site, "leadership_principles.md")));
    }

    [Fact]
    public void Fix_dry_run_writes_nothing()
    {
        Import();
        string before = File.ReadAllText(Path.Combine(Bank, "answers", "why-sre-swe.md"));
        Assert.Contains("(dry run)", CliRunner.Run("fix", "--bank", Bank, "--dry-run").Out);
        Assert.Equal(before, File.ReadAllText(Path.Combine(Bank, "answers", "why-sre-swe.md")));
    }

    [Fact]
    public void Build_reproduces_the_imported_pages()
    {
        Import();
        string site = _dir.File("site");
        Assert.Equal(0, CliRunner.Run("build", "--bank", Bank, "--out", site).ExitCode);
        foreach (var page in CliRunner.Fixtures)
            Assert.Equal(File.ReadAllText(page), File.ReadAllText(Path.Combine(site, Path.GetFileName(page))));
    }

    [Fact]
    public void Build_refuses_a_bank_with_a_dangling_reference_and_writes_nothing()
    {
        Import();
        string answer = Path.Combine(Bank, "answers", "teamwork.md");
        File.WriteAllText(answer, File.ReadAllText(answer).Replace("story: CR2", "story: CR99"));
        string site = _dir.File("site");
        var build = CliRunner.Run("build", "--bank", Bank, "--out", site);
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("answers/teamwork.md:4:8: error TM001: answer 'Teamwork' tells story CR99, which does not exist", build.Out);
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void Init_creates_a_bank_that_checks_clean_and_builds()
    {
        var init = CliRunner.Run("init", Bank, "--owner", "Ada");
        Assert.Equal(0, init.ExitCode);
        Assert.True(File.Exists(Path.Combine(Bank, "frameworks", "amazon.yaml")));
        var check = CliRunner.Run("check", "--bank", Bank, "--json");
        using var doc = JsonDocument.Parse(check.Out);
        Assert.Equal(0, doc.RootElement.GetProperty("errors").GetInt32());
        string site = _dir.File("site");
        Assert.Equal(0, CliRunner.Run("build", "--bank", Bank, "--out", site).ExitCode);
        Assert.Contains("EX1. Replaced a flaky nightly batch", File.ReadAllText(Path.Combine(site, "leadership_principles.md")));
        Assert.Equal(2, CliRunner.Run("init", Bank).ExitCode);
    }

    [Theory]
    [InlineData("init")]
    [InlineData("import")]
    [InlineData("check")]
    [InlineData("fix")]
    [InlineData("build")]
    [InlineData("match")]
    [InlineData("eval")]
    [InlineData("plan")]
    [InlineData("drill")]
    [InlineData("feedback")]
    [InlineData("stats")]
    public void Every_command_has_help_with_an_example(string command)
    {
        var result = CliRunner.Run(command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Example", result.Out);
        Assert.Contains("tellme " + command, result.Out);
    }

    [Fact]
    public void Bad_usage_exits_2_with_a_message()
    {
        var result = CliRunner.Run("check", "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Error);
    }

    [Fact]
    public void A_folder_that_is_not_a_bank_exits_2()
    {
        var result = CliRunner.Run("check", "--bank", _dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a TellMe bank", result.Error);
    }
}
