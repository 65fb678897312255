using System.Text.Json;

namespace TellMe.Cli.Tests;

/// <summary><c>tellme match --teach</c>: each test teaches into its own freshly imported bank.</summary>
public sealed class TeachCommandTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _bank;

    public TeachCommandTests()
    {
        _bank = _dir.File("bank");
        Assert.Equal(0, CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", _bank]).ExitCode);
    }

    public void Dispose() => _dir.Dispose();

    private CliResult Run(params string[] args) => CliRunner.Run([.. args, "--bank", _bank]);

    private static string TopAnswer(CliResult result)
    {
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.GetProperty("answers")[0].GetProperty("key").GetString()!;
    }

    [Fact]
    public void Teach_records_the_question_says_so_and_the_next_match_puts_the_taught_answer_first()
    {
        const string question = "Why did you take the job you have now?";
        Assert.NotEqual("Why Cybereason", TopAnswer(Run("match", question, "--json")));

        var taught = Run("match", question, "--teach", "why cybereason");
        Assert.Equal(0, taught.ExitCode);
        Assert.StartsWith("Taught: \u201cWhy did you take the job you have now?\u201d \u2192 Why Cybereason", taught.Out);
        Assert.Contains("│ Why Cybereason", taught.Out);
        Assert.Contains("    answer: Why Cybereason\n", File.ReadAllText(Path.Combine(_bank, "questions.yaml")));

        var json = Run("match", question, "--json");
        Assert.Equal("Why Cybereason", TopAnswer(json));
        Assert.Equal(0, Run("check").ExitCode);
    }

    [Fact]
    public void Why_Amazon_reads_as_why_this_company_and_teaching_it_otherwise_holds_next_time()
    {
        var plain = Run("match", "Why Amazon?");
        Assert.Equal(0, plain.ExitCode);
        Assert.DoesNotContain("No match.", plain.Out);
        Assert.Contains("Probes: Why this company", plain.Out);

        Assert.Equal(0, Run("match", "Why Amazon?", "--teach", "Why applied").ExitCode);
        Assert.Equal("Why applied", TopAnswer(Run("match", "Why Amazon?", "--json")));
    }

    [Fact]
    public void Teach_with_json_prints_only_the_json()
    {
        var result = Run("match", "Why did you join your current company?", "--teach", "Why Cybereason", "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Why Cybereason", TopAnswer(result));
    }

    [Theory]
    [InlineData(new[] { "match", "Why us?", "--teach", "Nope" }, "'Nope' is neither an answer key nor a principle")]
    [InlineData(new[] { "match", "--batch", "x.txt", "--teach", "Why US" }, "--teach needs a question")]
    public void Teach_refuses_what_it_cannot_record_with_exit_code_2_and_writes_nothing(string[] args, string message)
    {
        var result = Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.False(File.Exists(Path.Combine(_bank, "questions.yaml")));
    }

    [Fact]
    public void Check_warns_about_a_taught_answer_that_was_renamed()
    {
        Assert.Equal(0, Run("match", "Why this team?", "--teach", "Why applied").ExitCode);
        string file = Path.Combine(_bank, "questions.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Why applied", "Why I applied", StringComparison.Ordinal));
        var check = Run("check");
        Assert.Contains("questions.yaml:5:13: warning TM017: 'Why this team?' is taught as answer 'Why I applied'", check.Out);
        Assert.Contains("did you mean 'Why applied'?", check.Out);
    }
}
