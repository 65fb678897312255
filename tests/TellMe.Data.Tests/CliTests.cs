using System.Text.Json;
using TellMe.Cli;
using TellMe.Cli.Output;

namespace TellMe.Data.Tests;

/// <summary>drill, feedback and stats run in-process: their output, their JSON, and exit code 2 on bad input.</summary>
public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = TellMeApp.Run(args, new Terminal(output, error, interactive: false, width: 200));
        return (code, output.ToString(), error.ToString());
    }

    private static string Bank(TempDir dir)
    {
        Fixtures.WriteBank(dir.Path);
        return dir.Path;
    }

    [Fact]
    public void Drill_script_prints_cards_feedback_and_acknowledgements_and_stats_count_them()
    {
        using var dir = new TempDir();
        string bank = Bank(dir);
        File.WriteAllText(dir.File("s.txt"), "answer: At my last job I migrated 5k servers and we cut costs by 30%.\ngood\nagain\nskip\n2 | I did it\nq\ngood\n");
        var (code, output, error) = Run("drill", "--bank", bank, "--script", dir.File("s.txt"), "--seed", "3");
        Assert.True(code == 0, error);
        Assert.Equal(3, output.Split('\n').Count(l => l.StartsWith("saved review ", StringComparison.Ordinal)));
        Assert.Contains("Card 1 · answer:", output);
        Assert.Contains("Card 2 · principle:", output);
        Assert.Contains("Card 3 · story:", output);
        Assert.Contains("Feedback", output);
        Assert.Contains("1 again (1m)", output);
        Assert.Contains("skipped (not rated)", output);
        Assert.Contains("q: session ended.", output);
        Assert.Contains("Session over: 3 reviews saved (again 1, hard 1, good 1), 1 skipped.", output);

        // Same seed, same prompts: the draws are reproducible.
        var again = Run("drill", "--bank", bank, "--script", dir.File("s.txt"), "--seed", "3", "--all");
        Assert.Equal(0, again.Code);

        var stats = Run("stats", "--bank", bank, "--json");
        Assert.Equal(0, stats.Code);
        using var json = JsonDocument.Parse(stats.Out);
        Assert.Equal(6, json.RootElement.GetProperty("totalReviews").GetInt32());
        Assert.Equal(7, json.RootElement.GetProperty("dueNextDays").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("mastery").GetArrayLength() > 5);

        var text = Run("stats", "--bank", bank);
        Assert.Equal(0, text.Code);
        Assert.Contains("Reviews per day", text.Out);
        Assert.Contains("Competency × mastery", text.Out);
        Assert.Contains("Weakest cards", text.Out);
    }

    [Fact]
    public void Pass_fail_script_maps_got_and_missed()
    {
        using var dir = new TempDir();
        string bank = Bank(dir);
        File.WriteAllText(dir.File("s.txt"), "got\nmissed\n");
        var (code, output, _) = Run("drill", "--bank", bank, "--script", dir.File("s.txt"), "--pass-fail");
        Assert.Equal(0, code);
        Assert.Contains(": got it, due", output);
        Assert.Contains(": missed it, due", output);
        Assert.Contains("1 missed it (", output);
    }

    [Fact]
    public void Feedback_on_a_written_answer_text_and_json()
    {
        using var dir = new TempDir();
        string bank = Bank(dir);
        File.WriteAllText(dir.File("a.txt"), "At Cybereason there was a proposal to migrate servers to Oracle Cloud. I opposed it with numbers, um, but the decision was made on cost. I committed and migrated 5k servers. As a result costs went down.");
        var (code, output, error) = Run("feedback", "--for", "Conflict", dir.File("a.txt"), "--bank", bank);
        Assert.True(code == 0, error);
        Assert.Contains("length:", output);
        Assert.Contains("key points:", output);
        Assert.Contains("number: the result has no number", output);

        var json = Run("feedback", "--for", "answer:conflict", dir.File("a.txt"), "--bank", bank, "--json", "--time", "1:00");
        Assert.Equal(0, json.Code);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("answer:conflict", doc.RootElement.GetProperty("card").GetString());
        Assert.Equal(60, doc.RootElement.GetProperty("targetSeconds").GetInt32());
        Assert.Equal(6, doc.RootElement.GetProperty("findings").GetArrayLength());
        Assert.False(File.Exists(Path.Combine(bank, ".tellme", "practice.db"))); // feedback schedules nothing
    }

    [Theory]
    [InlineData("missing-bank")]
    [InlineData("empty-script")]
    [InlineData("bad-script-line")]
    [InlineData("binary-answer")]
    [InlineData("binary-answer-file-drill")]
    [InlineData("unknown-card")]
    [InlineData("bad-time")]
    [InlineData("no-terminal")]
    [InlineData("newer-database")]
    [InlineData("corrupt-database")]
    public void Bad_input_is_a_clear_message_and_exit_code_2(string situation)
    {
        using var dir = new TempDir();
        string bank = Bank(dir);
        File.WriteAllText(dir.File("ok.txt"), "good\n");
        string[] args;
        string expected;
        switch (situation)
        {
            case "missing-bank":
                args = ["drill", "--bank", dir.File("nope"), "--script", dir.File("ok.txt")];
                expected = "does not exist";
                break;
            case "empty-script":
                File.WriteAllText(dir.File("empty.txt"), "# nothing\n\n");
                args = ["drill", "--bank", bank, "--script", dir.File("empty.txt")];
                expected = "no steps";
                break;
            case "bad-script-line":
                File.WriteAllText(dir.File("bad.txt"), "good\nsuperb\n");
                args = ["drill", "--bank", bank, "--script", dir.File("bad.txt")];
                expected = "bad.txt:2: 'superb' is not a step";
                break;
            case "binary-answer":
                File.WriteAllBytes(dir.File("a.bin"), [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 3]);
                args = ["feedback", "--for", "Conflict", dir.File("a.bin"), "--bank", bank];
                expected = "binary file";
                break;
            case "binary-answer-file-drill":
                File.WriteAllBytes(dir.File("a.bin"), [0xFF, 0xFE, 0, 0]);
                args = ["drill", "--bank", bank, "--answer-file", dir.File("a.bin")];
                expected = "binary file";
                break;
            case "unknown-card":
                args = ["feedback", "--for", "Zebra", dir.File("ok.txt"), "--bank", bank];
                expected = "no card 'Zebra'";
                break;
            case "bad-time":
                args = ["drill", "--bank", bank, "--script", dir.File("ok.txt"), "--time", "two minutes"];
                expected = "is not a time";
                break;
            case "no-terminal":
                args = ["drill", "--bank", bank];
                expected = "needs a terminal";
                break;
            case "newer-database":
            {
                using (var store = SqlitePracticeStore.OpenBank(bank)) { }
                using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={SqlitePracticeStore.PathFor(bank)};Pooling=False"))
                {
                    raw.Open();
                    using var cmd = raw.CreateCommand();
                    cmd.CommandText = "PRAGMA user_version = 99";
                    cmd.ExecuteNonQuery();
                }
                args = ["drill", "--bank", bank, "--script", dir.File("ok.txt")];
                expected = "newer TellMe";
                break;
            }
            default:
                Directory.CreateDirectory(Path.Combine(bank, ".tellme"));
                File.WriteAllText(SqlitePracticeStore.PathFor(bank), "garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage");
                args = ["stats", "--bank", bank];
                expected = "is not a TellMe database or is damaged";
                break;
        }
        var (code, _, error) = Run(args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(expected, error);
        Assert.StartsWith("tellme: ", error);
        Assert.DoesNotContain("   at ", error); // no stack trace
    }

    [Fact]
    public void Help_of_each_command_has_an_example()
    {
        foreach (var command in new[] { "drill", "feedback", "stats" })
        {
            var (code, output, _) = Run(command, "--help");
            Assert.Equal(0, code);
            Assert.Contains("Example", output);
            Assert.Contains($"tellme {command} ", output);
        }
    }
}
