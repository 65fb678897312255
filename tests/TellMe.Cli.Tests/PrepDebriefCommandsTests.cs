using System.Text.Json;

namespace TellMe.Cli.Tests;

/// <summary>`tellme prep`, `tellme debrief` and `tellme plan --rounds` run in-process on a fresh bank each.</summary>
public sealed class PrepDebriefCommandsTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _bank;

    public PrepDebriefCommandsTests()
    {
        _bank = _dir.File("bank");
        Assert.Equal(0, CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", _bank]).ExitCode);
    }

    public void Dispose() => _dir.Dispose();

    private static string Data(string folder, string name) => Path.Combine(AppContext.BaseDirectory, "TestData", folder, name);

    private CliResult Run(params string[] args) => CliRunner.Run([.. args, "--bank", _bank]);

    private string Write(string name, string content)
    {
        string path = _dir.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Prep_shows_what_the_posting_stresses_with_its_sentences_stories_technologies_and_gaps()
    {
        var result = Run("prep", "--job", Data("postings", "backend-payments.md"));
        Assert.Equal(1, result.ExitCode); // gaps found
        Assert.Equal("", result.Error);
        Assert.StartsWith("Senior Backend Engineer, Payments Ledger", result.Out);
        Assert.Contains("Insist on the highest standards amazon/insist-on-the-highest-standards · emphasis 3 · stressed", result.Out);
        // One line per sentence: cut to the width, the reason kept.
        Assert.Contains("    line 27: \u201cYou hold yourself and your team to high standards for correctness, testing\u2026\u201d (says \u201chigh standards\u201d)\n", result.Out);
        Assert.Contains("    line 19: \u201cMentor other engineers, review their designs and code, and help us raise the\u2026\u201d (says \u201craise the bar\u201d)\n", result.Out);
        Assert.Contains("    stories: LX1 Developed an event-driven notification system within a\u2026 (primary, not drilled)\n             IT8 ", result.Out);
        Assert.Contains("│ Kafka ", result.Out);
        Assert.Contains("gap: Ambiguity: the posting stresses it and none of your stories fits it; prepare one", result.Out);
        Assert.DoesNotContain("\u001b[", result.Out);
        Assert.False(File.Exists(Path.Combine(_bank, ".tellme", "practice.db"))); // nothing to remember without --company
    }

    [Fact]
    public void Prep_json_is_typed_with_card_ids_as_text()
    {
        var result = Run("prep", "--job", Data("postings", "backend-payments.md"), "--json");
        Assert.Equal(1, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var first = doc.RootElement.GetProperty("competencies")[0];
        Assert.Equal(("amazon", "insist-on-the-highest-standards"), (first.GetProperty("framework").GetString(), first.GetProperty("id").GetString()));
        Assert.Equal(27, first.GetProperty("evidence")[1].GetProperty("line").GetInt32());
        Assert.Equal("story:LX1", first.GetProperty("stories")[0].GetProperty("drill").GetProperty("card").GetString());
        Assert.Equal("notDrilled", first.GetProperty("stories")[0].GetProperty("drill").GetProperty("level").GetString());
        Assert.Contains(doc.RootElement.GetProperty("technologies").EnumerateArray(), t => t.GetProperty("name").GetString() == "Kafka");
        Assert.Contains(doc.RootElement.GetProperty("gaps").EnumerateArray(), g => g.GetProperty("kind").GetString() == "uncovered");
    }

    [Fact]
    public void Prep_for_a_company_shows_its_values_with_sources_plans_the_loop_and_remembers_the_posting()
    {
        var result = Run("prep", "--job", Data("postings", "values-heavy.txt"), "--company", "Meta", "--plan");
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        Assert.Contains("Company: Meta · Meta company values", result.Out);
        Assert.Contains("source: 'Meta, metamates, me': Facebook parent updates company values", result.Out);
        Assert.Contains("── Meta's values", result.Out);
        Assert.Contains("│ Move Fast ", result.Out);
        Assert.Contains("│ 4. Bar raiser", result.Out);
        Assert.Contains("Move Fast (Meta)", result.Out);
        Assert.Contains("Remembered the ", result.Out);
        Assert.True(File.Exists(Path.Combine(_bank, ".tellme", "practice.db")));

        var history = Run("debrief", "--company", "meta");
        Assert.Equal(0, history.ExitCode);
        Assert.Contains("No rounds recorded for Meta yet", history.Out); // named as the posting was saved
        Assert.Contains("not asked yet (the posting stresses it, emphasis 2): Move Fast", history.Out);
    }

    [Fact]
    public void Prep_refuses_an_empty_a_huge_a_binary_or_a_missing_posting_with_a_message()
    {
        var empty = Run("prep", "--job", Data("postings", "empty.txt"));
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("is empty; paste the job posting's text into it", empty.Error);

        string huge = Write("huge.txt", string.Concat(Enumerable.Repeat("You will mentor engineers and own services end to end.\n", 19_000)));
        Assert.True(new FileInfo(huge).Length > 1_000_000);
        var big = Run("prep", "--job", huge);
        Assert.Equal(2, big.ExitCode);
        Assert.Contains("KB of text; a job posting is a few pages", big.Error);
        Assert.Equal("", big.Out);

        string binary = _dir.File("posting.pdf");
        File.WriteAllBytes(binary, [0x25, 0x50, 0x44, 0x46, 0, 1, 2]);
        var bin = Run("prep", "--job", binary);
        Assert.Equal(2, bin.ExitCode);
        Assert.Contains("this is a binary file", bin.Error);

        var missing = Run("prep", "--job", _dir.File("nope.txt"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("file not found", missing.Error);

        Assert.Equal(2, Run("prep").ExitCode);
        Assert.DoesNotContain("   at ", empty.Error + big.Error + bin.Error + missing.Error);
    }

    [Fact]
    public void Debrief_records_a_round_from_a_questions_file_and_warns_when_a_story_is_told_again()
    {
        string q1 = Write("q1.txt", "Tell me about a conflict with a coworker | CR4 | 2 | lost my thread\nWhy Stripe? | Why US | 3\n");
        var first = Run("debrief", "--company", "Stripe", "--round", "phone screen", "--questions", q1, "--date", "2026-02-20");
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("Recorded phone screen with Stripe on 2026-02-20 (recruiter-screen): 2 questions, 2 scheduled as reviews.", first.Out);
        Assert.Contains("answered weakly (2 hard, phone screen): Conflict with a peer", first.Out);

        string q2 = Write("q2.txt", "Describe a disagreement with a peer | CR4 | 4\n");
        var second = Run("debrief", "--company", "stripe", "--round", "onsite 1", "--questions", q2, "--json");
        Assert.Equal(0, second.ExitCode);
        using var doc = JsonDocument.Parse(second.Out);
        Assert.Equal("CR4 was already told to stripe in 'phone screen' on 2026-02-20; the interviewers may compare notes",
            doc.RootElement.GetProperty("warnings")[0].GetString());
        Assert.Equal("answer:conflict", doc.RootElement.GetProperty("reviews")[0].GetProperty("card").GetString());

        var history = Run("debrief", "--company", "STRIPE", "--json");
        using var h = JsonDocument.Parse(history.Out);
        Assert.Equal(2, h.RootElement.GetProperty("rounds").GetArrayLength());
        Assert.Equal("CR4", h.RootElement.GetProperty("next").GetProperty("told")[0].GetString());
        var text = Run("debrief", "--company", "Stripe");
        Assert.Contains("2 rounds so far", text.Out);
        Assert.Contains("already told: CR4 (do not tell them again)", text.Out);
    }

    [Fact]
    public void Debrief_refuses_an_unknown_story_with_its_line_and_records_nothing()
    {
        string q = Write("q.txt", "Tell me about a failure | CR3 | 3\nTell me about a conflict | CR99 | 2\n");
        var result = Run("debrief", "--company", "Stripe", "--round", "screen", "--questions", q);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{q}:2: no story or answer 'CR99' in the bank", result.Error);
        Assert.Contains("Nothing was recorded.", result.Error);
        Assert.Contains("No rounds recorded for Stripe yet", Run("debrief", "--company", "Stripe").Out);
    }

    [Fact]
    public void Debrief_finds_the_interviewers_questions_in_a_transcript()
    {
        var result = Run("debrief", "--company", "Payments Co", "--round", "hiring manager", "--transcript", Data("transcripts", "teams-hiring-manager.vtt"), "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var round = doc.RootElement.GetProperty("round");
        Assert.Equal("transcript", round.GetProperty("source").GetString());
        Assert.Equal("Priya Natarajan", round.GetProperty("interviewer").GetString());
        Assert.Equal("hiring-manager", round.GetProperty("interviewerType").GetString());
        var questions = round.GetProperty("questions");
        Assert.Equal(7, questions.GetArrayLength());
        Assert.Equal("How did you decide which report types to cut?", questions[1].GetProperty("followUps")[0].GetString());
    }

    [Fact]
    public void Debrief_says_clearly_when_a_transcript_has_no_questions()
    {
        var result = Run("debrief", "--company", "Acme", "--round", "demo", "--transcript", Data("transcripts", "no-questions.vtt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("found no interviewer questions in", result.Error);
        Assert.Contains("speakers: Chris Wu", result.Error);
        Assert.Contains("--interviewer NAME", result.Error);
    }

    [Fact]
    public void Debrief_names_the_questions_file_and_its_line_and_records_nothing()
    {
        string folder = Path.Combine(Path.GetTempPath(), "tellme-debrief-input", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string bad = Path.Combine(folder, "bad.txt"), comments = Path.Combine(folder, "comments.txt");
            File.WriteAllText(bad, "Why us? | CR1 | 3\nTell me about a failure | CR2 | 5\n");
            File.WriteAllText(comments, "# the recruiter call\n\n# nothing asked yet\n");

            var wrong = Run("debrief", "--company", "Acme", "--round", "screen", "--questions", bad);
            Assert.Equal(2, wrong.ExitCode);
            Assert.Contains($"{bad}:2: '5' is not a rating", wrong.Error);
            Assert.DoesNotContain("   at ", wrong.Error);

            var empty = Run("debrief", "--company", "Acme", "--round", "screen", "--questions", comments);
            Assert.Equal(2, empty.ExitCode);
            Assert.Contains($"the questions file {comments} has no questions; write one question per line", empty.Error);

            // Nothing was recorded: the company still has no rounds.
            var history = Run("debrief", "--company", "Acme", "--json");
            Assert.Equal(0, history.ExitCode);
            Assert.Equal(0, JsonDocument.Parse(history.Out).RootElement.GetProperty("rounds").GetArrayLength());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--round", "x")]
    [InlineData("--round", "x", "--questions", "a.txt", "--transcript", "b.vtt")]
    [InlineData("--questions", "a.txt")]
    [InlineData("--round", "x", "--questions", "a.txt", "--date", "March 3")]
    [InlineData("--round", "x", "--questions", "a.txt", "--type", "astronaut")]
    public void Debrief_bad_usage_exits_2_with_a_message(params string[] args)
    {
        var result = Run(["debrief", "--company", "Acme", .. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("tellme: ", result.Error);
    }

    [Fact]
    public void Debrief_without_a_company_is_bad_usage() => Assert.Equal(2, Run("debrief").ExitCode);

    [Fact]
    public void Plan_lays_out_a_loop_by_interviewer_type()
    {
        var result = Run("plan", "--rounds", "recruiter,hm,bar raiser", "--per", "2", "--company", "Stripe");
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        Assert.Contains("│ 1. Recruiter screen", result.Out);
        Assert.Contains("│ 2. Hiring manager", result.Out);
        Assert.Contains("│ 3. Bar raiser", result.Out);
        Assert.Contains("Users first (Stripe)", result.Out);
        Assert.Contains("3. Bar raiser listens for: Whether you raise the bar", result.Out);

        var json = Run("plan", "--rounds", "peer-engineer", "--json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("peer-engineer", doc.RootElement.GetProperty("rounds")[0].GetProperty("type").GetString());
        Assert.Equal("general/technical-challenge", doc.RootElement.GetProperty("plan").GetProperty("slots")[0].GetProperty("competency").GetString());

        var unknown = Run("plan", "--rounds", "astronaut");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown interviewer type 'astronaut'; use: recruiter-screen, hiring-manager, bar-raiser, peer-engineer", unknown.Error);
    }

    [Theory]
    [InlineData("prep", "tellme prep --job posting.md --bank my-bank")]
    [InlineData("debrief", "tellme debrief --company Stripe --round \"phone screen\" --questions questions.txt")]
    [InlineData("plan", "tellme plan --rounds recruiter-screen,peer-engineer,hiring-manager,bar-raiser --company Stripe")]
    public void Help_has_an_example(string command, string example)
    {
        var result = CliRunner.Run(command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Out);
        Assert.Contains(example, result.Out);
    }
}
