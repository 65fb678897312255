using System.Text.Json;

namespace TellMe.Cli.Tests;

/// <summary>The fixture pages imported once into a bank that every match, eval and plan test reads.</summary>
public sealed class MatchTestBank : IDisposable
{
    private readonly TempDir _dir = new();

    public MatchTestBank()
    {
        Path = _dir.File("bank");
        var import = CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", Path]);
        Assert.Equal(0, import.ExitCode);
    }

    public string Path { get; }

    public string File(string name, string content)
    {
        string path = _dir.File(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => _dir.Dispose();
}

public sealed class MatchCommandsTests(MatchTestBank bank) : IClassFixture<MatchTestBank>
{
    private CliResult Run(params string[] args) => CliRunner.Run([.. args, "--bank", bank.Path]);

    [Fact]
    public void Match_prints_the_competencies_and_short_tables_of_answers_and_stories()
    {
        var result = Run("match", "Walk me through a time the data said one thing and your gut another");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Principle: Are right, a lot (then ", result.Out);
        Assert.Contains("\nProbes: ", result.Out);
        Assert.Contains("│ Innovative Idea", result.Out);
        Assert.Contains("│ GU1", result.Out);
        Assert.Contains("shared: data", result.Out);
    }

    [Fact]
    public void A_question_that_wants_a_prepared_answer_starts_with_what_it_probes_not_a_principle()
    {
        var result = Run("match", "Any questions for me?");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Probes: Questions for the interviewer", result.Out);
        Assert.DoesNotContain("Principle:", result.Out);
        Assert.Contains("│ My Question", result.Out);
        // JSON still ranks the principles, for scripts.
        Assert.Contains("\"principles\": [", Run("match", "Any questions for me?", "--json").Out);
    }

    [Fact]
    public void Match_json_has_the_documented_shape_ranked_best_first()
    {
        var result = Run("match", "Tell me about a time you had a tight schedule", "--json", "--top", "3");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal("Tell me about a time you had a tight schedule", root.GetProperty("question").GetString());
        var principle = root.GetProperty("principles")[0];
        Assert.Equal(("amazon", "deliver-results", "Deliver results"),
            (principle.GetProperty("framework").GetString(), principle.GetProperty("id").GetString(), principle.GetProperty("name").GetString()));
        Assert.All(root.GetProperty("competencies").EnumerateArray(), c => Assert.Equal("general", c.GetProperty("framework").GetString()));
        var competency = root.GetProperty("competencies")[0];
        Assert.Equal("general", competency.GetProperty("framework").GetString());
        Assert.Equal("tight-deadline", competency.GetProperty("id").GetString());
        Assert.Equal("Tight deadline", competency.GetProperty("name").GetString());
        var answers = root.GetProperty("answers");
        Assert.Equal(3, answers.GetArrayLength());
        Assert.Equal("Tight Schedule", answers[0].GetProperty("key").GetString());
        Assert.Equal("IT2", answers[0].GetProperty("story").GetString());
        var withoutStory = Run("match", "Why us?", "--json");
        using var whyUs = JsonDocument.Parse(withoutStory.Out);
        Assert.Equal(JsonValueKind.Null, whyUs.RootElement.GetProperty("answers")[0].GetProperty("story").ValueKind);
        Assert.True(answers[0].GetProperty("score").GetDouble() >= answers[1].GetProperty("score").GetDouble());
        var story = root.GetProperty("stories")[0];
        Assert.Equal("IT2", story.GetProperty("id").GetString());
        Assert.Equal("Developed a group chat service and notification system", story.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(story.GetProperty("why").GetString()));
    }

    [Theory]
    [InlineData(new[] { "match", "" }, "the question is empty")]
    [InlineData(new[] { "match" }, "give a question in quotes")]
    [InlineData(new[] { "match", "Why us?", "--batch", "x.txt" }, "not both")]
    [InlineData(new[] { "match", "Why us?", "--top", "0" }, "--top")]
    [InlineData(new[] { "match", "--batch", "/no/such/file.txt" }, "does not exist")]
    public void Bad_match_usage_exits_2_with_a_clear_message(string[] args, string message)
    {
        var result = Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.DoesNotContain("   at ", result.Out + result.Error);
    }

    [Fact]
    public void Framework_selects_the_principles_of_one_framework_and_an_unknown_one_exits_2()
    {
        var amazon = Run("match", "Tell me about a time you dove deep into metrics", "--framework", "amazon", "--json");
        Assert.Equal(0, amazon.ExitCode);
        using var doc = JsonDocument.Parse(amazon.Out);
        Assert.Equal("Dive deep", doc.RootElement.GetProperty("principles")[0].GetProperty("name").GetString());

        var unknown = Run("match", "Why us?", "--framework", "google");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--framework google: the bank has no such framework; use one of: amazon", unknown.Error);
    }

    [Fact]
    public void A_japanese_question_says_so_and_exits_0()
    {
        var result = Run("match", "あなたの強みは何ですか？");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No match.", result.Out);
        Assert.Contains("not in English", result.Error);
    }

    [Fact]
    public void Batch_writes_one_json_line_per_input_line_in_order_and_an_error_for_empty_lines()
    {
        string file = bank.File("batch.txt", "Tell me about yourself\n\nWhy us?\n   \nあなたの強み\nTell me about a conflict\n");
        var result = Run("match", "--batch", file);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(6, lines.Length);
        var docs = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6], docs.Select(d => d.GetProperty("line").GetInt32()));
        Assert.Equal("Introduction", docs[0].GetProperty("answers")[0].GetProperty("key").GetString());
        Assert.Contains("empty", docs[1].GetProperty("error").GetString());
        Assert.Equal("Why applied", docs[2].GetProperty("answers")[0].GetProperty("key").GetString());
        Assert.True(docs[3].TryGetProperty("error", out _));
        Assert.Equal(0, docs[4].GetProperty("answers").GetArrayLength());
        Assert.Contains("not in English", docs[4].GetProperty("notes")[0].GetString());
        Assert.Equal("Conflict", docs[5].GetProperty("answers")[0].GetProperty("key").GetString());
    }

    [Fact]
    public void Eval_reports_accuracy_per_type_with_the_misses()
    {
        string file = bank.File("eval.tsv",
            "lp\tWalk me through a time the data said one thing and your gut another\tAre right, a lot\n"
            + "lp\tTell me about a time you saved money\tThink big\n"
            + "bq\tWhere do you see yourself in five years?\tCareer Goal\n");
        var result = Run("eval", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"│ lp +│ +2 │ +50\.0 % \(1/2\) 9\.5–90\.5 │ +50\.0 % \(1/2\) 9\.5–90\.5 │", result.Out);
        Assert.Matches(@"│ bq +│ +1 │ +100\.0 % \(1/1\) 20\.7–100\.0 │ +100\.0 % \(1/1\) 20\.7–100\.0 │", result.Out);
        Assert.Contains("line 2: Tell me about a time you saved money", result.Out);
        Assert.Contains("want Think big  got Frugality", result.Out);
    }

    [Fact]
    public void Eval_reports_a_bad_line_by_number_and_continues_and_exits_2_when_nothing_is_valid()
    {
        string some = bank.File("some.tsv", "lp\tno labels here\nbq\tTell me about yourself.\tIntroduction\n");
        var partly = Run("eval", some);
        Assert.Equal(1, partly.ExitCode);
        Assert.Contains($"{some}:1: expected 3 tab-separated fields", partly.Error);
        Assert.Contains("│ bq", partly.Out);

        string none = bank.File("none.tsv", "nonsense\n");
        var bad = Run("eval", none);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("no line could be scored", bad.Error);
        Assert.Equal(2, Run("eval", "/no/such.tsv").ExitCode);
    }

    [Fact]
    public void Eval_scores_one_framework_and_refuses_one_the_bank_lacks()
    {
        string file = bank.File("eval.framework.tsv", "lp\tWalk me through a time the data said one thing and your gut another\tAre right, a lot\n");
        var amazon = Run("eval", file, "--framework", "amazon");
        Assert.Equal(0, amazon.ExitCode);
        Assert.Matches(@"│ lp +│ +1 │ +100\.0 % \(1/1\)", amazon.Out);
        var unknown = Run("eval", file, "--framework", "google");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--framework google: the bank has no such framework; use one of: amazon", unknown.Error);
    }

    [Fact]
    public void Eval_json_carries_the_figures()
    {
        string file = bank.File("eval.json.tsv", "bq\tDo you need visa sponsorship?\tVisa\n");
        using var doc = JsonDocument.Parse(Run("eval", file, "--json").Out);
        var score = doc.RootElement.GetProperty("scores")[0];
        Assert.Equal("bq", score.GetProperty("type").GetString());
        Assert.Equal(1.0, score.GetProperty("top3").GetDouble());
        Assert.Equal((0.2065, 1.0), (score.GetProperty("top3Interval").GetProperty("low").GetDouble(), score.GetProperty("top3Interval").GetProperty("high").GetDouble()));
    }

    [Fact]
    public void Plan_by_competencies_gives_each_its_cited_story_and_a_table()
    {
        var result = Run("plan", "--competencies", "Ownership,dive deep,EARN TRUST");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("EN1 Developed a generator tool", result.Out);
        Assert.Contains("IT3 Tuned indexes", result.Out);
        Assert.Contains("CR2 Analyzed thread dumps", result.Out);
        Assert.Contains("3 slots planned, no story told twice", result.Out);
    }

    [Fact]
    public void Plan_names_unknown_competencies_and_exits_2()
    {
        var result = Run("plan", "--competencies", "Ownership,Juggling");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown competency: 'Juggling'", result.Error);
        Assert.Contains("Invent and simplify", result.Error);
    }

    [Fact]
    public void A_seeded_loop_is_reproducible_and_never_repeats_a_story()
    {
        string[] args = ["plan", "--interviewers", "4", "--per", "2", "--framework", "amazon", "--seed", "11", "--json"];
        var first = Run(args);
        Assert.Equal(first.Out, Run(args).Out);
        using var doc = JsonDocument.Parse(first.Out);
        Assert.Equal(11, doc.RootElement.GetProperty("seed").GetInt32());
        var slots = doc.RootElement.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(8, slots.Count);
        var told = slots.SelectMany(s => new[] { "primary", "backup" }.Select(role => s.TryGetProperty(role, out var story) ? story.GetProperty("id").GetString() : null))
            .OfType<string>().ToList();
        Assert.Equal(told.Count, told.Distinct().Count());
        Assert.All(slots, s => Assert.InRange(s.GetProperty("interviewer").GetInt32(), 1, 4));
    }

    [Fact]
    public void Plan_markdown_is_one_printable_page()
    {
        var result = Run("plan", "--interviewers", "2", "--per", "2", "--seed", "3", "--markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Interview loop plan\n", result.Out);
        Assert.Contains("| # | Interviewer | Probes | Tell | Backup |", result.Out);
        Assert.Contains("## Practice questions", result.Out);
        Assert.DoesNotContain("│", result.Out);
    }

    [Fact]
    public void Plan_from_questions_reports_unfillable_slots_and_exits_1()
    {
        string questions = bank.File("loop.txt", string.Concat(Enumerable.Repeat("Tell me about a conflict with a coworker\n", 25)));
        var result = Run("plan", "--questions", questions, "--json");
        Assert.Equal(1, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var slots = doc.RootElement.GetProperty("slots");
        Assert.Equal(25, slots.GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("unfilled").GetInt32() >= 4);
        Assert.Contains(slots.EnumerateArray(), s => !s.TryGetProperty("primary", out _) && s.GetProperty("problem").GetString()!.Length > 0);
    }

    [Theory]
    [InlineData(new[] { "plan" }, "exactly one of")]
    [InlineData(new[] { "plan", "--competencies", "Ownership", "--interviewers", "2" }, "exactly one of")]
    [InlineData(new[] { "plan", "--competencies", "Ownership", "--json", "--markdown" }, "not both")]
    [InlineData(new[] { "plan", "--interviewers", "2", "--framework", "google" }, "unknown framework 'google'")]
    [InlineData(new[] { "plan", "--questions", "/no/such/file.txt" }, "does not exist")]
    public void Bad_plan_usage_exits_2(string[] args, string message)
    {
        var result = Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("tellme: ", result.Error);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void Help_of_each_command_shows_an_example()
    {
        foreach (var command in new[] { "match", "eval", "plan" })
        {
            var help = CliRunner.Run(command, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Contains($"tellme {command} ", help.Out);
            Assert.Contains("Example", help.Out);
        }
    }

    [Fact]
    public void Batch_runs_as_a_real_process_with_stdin_closed()
    {
        string file = bank.File("process-batch.txt", "Why us?\n\nTell me about a failure\n");
        var result = CliRunner.RunProcess(Path.GetTempPath(), "match", "--batch", file, "--bank", bank.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.Out.TrimEnd('\n').Split('\n').Length);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
