using Microsoft.Extensions.Time.Testing;

namespace TellMe.Cli.Tests;

/// <summary>
/// Every command's main outputs, piped (plain) and as JSON, pinned whole in Snapshots/ (one file each, so one
/// command's change re-approves one file). Inputs are fixed: the user's two pages, a fixed clock in UTC, seeds;
/// the temporary folder and generated IDs are replaced (Snapshot.Scrub). Approve changes with TELLME_APPROVE=1.
/// </summary>
public class OutputSnapshotTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _time = new(Now);

    public OutputSnapshotTests()
    {
        var import = CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", Bank]);
        Assert.True(import.ExitCode == 0, import.Error);
    }

    public void Dispose() => _dir.Dispose();

    private string Bank => _dir.File("bank");

    private void Pin(string name, params string[] args)
    {
        var result = CliRunner.RunAt(_time, args);
        string text = $"$ tellme {string.Join(' ', args.Select(a => a.Contains(' ') ? $"\"{a}\"" : a))}\n{result.Out}";
        if (result.Error.Length > 0) text += $"--- stderr\n{result.Error}";
        text += $"--- exit {result.ExitCode}\n";
        Snapshot.Match(Snapshot.Scrub(text, _dir.Path), name);
    }

    [Fact] public void Import_text() => Pin("import", ["import", .. CliRunner.Fixtures, "--into", _dir.File("fresh")]);
    [Fact] public void Import_json() => Pin("import-json", ["import", .. CliRunner.Fixtures, "--into", _dir.File("fresh"), "--json"]);

    [Fact] public void Check_text() => Pin("check", "check", "--bank", Bank);
    [Fact] public void Check_json() => Pin("check-json", "check", "--bank", Bank, "--json");
    [Fact] public void Check_sarif() => Pin("check-sarif", "check", "--bank", Bank, "--format", "sarif");

    [Fact] public void Fix_text() => Pin("fix", "fix", "--bank", Bank, "--dry-run");
    [Fact] public void Fix_json() => Pin("fix-json", "fix", "--bank", Bank, "--dry-run", "--json");

    [Fact]
    public void Build_text()
    {
        Assert.Equal(0, CliRunner.Run("fix", "--bank", Bank).ExitCode);
        Pin("build", "build", "--bank", Bank, "--out", _dir.File("site"));
    }

    [Fact]
    public void Build_json()
    {
        Assert.Equal(0, CliRunner.Run("fix", "--bank", Bank).ExitCode);
        Pin("build-json", "build", "--bank", Bank, "--out", _dir.File("site"), "--json");
    }

    [Fact] public void Init_text() => Pin("init", "init", _dir.File("new-bank"), "--owner", "Alex Example");
    [Fact] public void Init_json() => Pin("init-json", "init", _dir.File("new-bank"), "--json");

    private const string Question = "Tell me about a time you disagreed with your manager";

    [Fact] public void Match_text() => Pin("match", "match", Question, "--bank", Bank);
    [Fact] public void Match_json() => Pin("match-json", "match", Question, "--bank", Bank, "--json", "--top", "3");

    private string EvalFile()
    {
        string path = _dir.File("eval.tsv");
        File.WriteAllText(path, "lp\tTell me about a time you earned the trust of a sceptical team\tEarn trust\n" +
            "bq\tDescribe a disagreement with a colleague and how it ended\tConflict\n" +
            "bq\tWhat would you ask me about the team?\tMy Question\n" +
            "lp\tthis line has no label\n");
        return path;
    }

    [Fact] public void Eval_text() => Pin("eval", "eval", EvalFile(), "--bank", Bank);
    [Fact] public void Eval_json() => Pin("eval-json", "eval", EvalFile(), "--bank", Bank, "--json");

    [Fact] public void Plan_text() => Pin("plan", "plan", "--interviewers", "3", "--per", "2", "--seed", "7", "--bank", Bank);
    [Fact] public void Plan_json() => Pin("plan-json", "plan", "--interviewers", "3", "--per", "2", "--seed", "7", "--bank", Bank, "--json");
    [Fact] public void Plan_markdown() => Pin("plan-markdown", "plan", "--competencies", "Ownership,Dive Deep,Earn trust", "--bank", Bank, "--markdown");

    private string Script()
    {
        string path = _dir.File("session.txt");
        File.WriteAllText(path, "answer: At my last job I opposed a migration with numbers, then I committed and migrated 5k servers.\n" +
            "good\nagain\nskip\n2 | I built the pipeline and cut training time by 40%\nq\n");
        return path;
    }

    [Fact] public void Drill_script() => Pin("drill-script", "drill", "--bank", Bank, "--script", Script(), "--seed", "7");

    private string Answer()
    {
        string path = _dir.File("answer.txt");
        File.WriteAllText(path, "A proposal was made to migrate our Google Cloud servers to Oracle Cloud to cut costs. " +
            "Um, I opposed it with numbers on maintainability, basically. The final decision was made on cost. " +
            "After the decision I committed fully and we migrated 5k servers. As a result, infrastructure costs fell.\n");
        return path;
    }

    [Fact] public void Feedback_text() => Pin("feedback", "feedback", "--for", "Conflict", Answer(), "--bank", Bank);
    [Fact] public void Feedback_json() => Pin("feedback-json", "feedback", "--for", "Conflict", Answer(), "--bank", Bank, "--json");

    // prep and debrief read their inputs from the temporary folder, so the paths they print are scrubbed.
    private string Posting()
    {
        string path = _dir.File("posting.md");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "postings", "backend-payments.md"), path);
        return path;
    }

    [Fact] public void Prep_text() => Pin("prep", "prep", "--job", Posting(), "--bank", Bank);
    [Fact] public void Prep_json() => Pin("prep-json", "prep", "--job", Posting(), "--bank", Bank, "--json");
    [Fact] public void Prep_company_plan_text() => Pin("prep-company-plan", "prep", "--job", Posting(), "--company", "Stripe", "--plan", "--bank", Bank);

    private string Questions()
    {
        string path = _dir.File("questions.txt");
        File.WriteAllText(path, "Tell me about a conflict with a coworker | CR4 | 2 | lost my thread\nWhy Stripe? | Why US | 3\n" +
            "Tell me about a time you failed\n");
        return path;
    }

    [Fact] public void Debrief_text() => Pin("debrief", "debrief", "--company", "Stripe", "--round", "phone screen", "--questions", Questions(), "--bank", Bank);
    [Fact] public void Debrief_json() => Pin("debrief-json", "debrief", "--company", "Stripe", "--round", "phone screen", "--questions", Questions(), "--bank", Bank, "--json");

    private string Transcript()
    {
        string path = _dir.File("call.vtt");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "transcripts", "teams-hiring-manager.vtt"), path);
        return path;
    }

    [Fact] public void Debrief_transcript_text() => Pin("debrief-transcript", "debrief", "--company", "Stripe", "--round", "onsite 1 - hiring manager", "--transcript", Transcript(), "--bank", Bank);

    private void Debriefed()
    {
        var round = CliRunner.RunAt(_time, "debrief", "--company", "Stripe", "--round", "phone screen", "--questions", Questions(), "--bank", Bank);
        Assert.True(round.ExitCode == 0, round.Error);
        _time.Advance(TimeSpan.FromDays(1));
    }

    [Fact]
    public void Debrief_history_text()
    {
        Debriefed();
        Pin("debrief-history", "debrief", "--company", "stripe", "--bank", Bank);
    }

    [Fact]
    public void Debrief_history_json()
    {
        Debriefed();
        Pin("debrief-history-json", "debrief", "--company", "stripe", "--bank", Bank, "--json");
    }

    private void Drilled()
    {
        var drill = CliRunner.RunAt(_time, "drill", "--bank", Bank, "--script", Script(), "--seed", "7");
        Assert.True(drill.ExitCode == 0, drill.Error);
        _time.Advance(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void Stats_text()
    {
        Drilled();
        Pin("stats", "stats", "--bank", Bank);
    }

    [Fact]
    public void Stats_json()
    {
        Drilled();
        Pin("stats-json", "stats", "--bank", Bank, "--json");
    }
}
