using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Check;
using TellMe.Diagnostics;
using TellMe.Import;
using TellMe.Match;

namespace TellMe.Tests.Match;

/// <summary>
/// questions.yaml end to end: reading and its diagnostics, teaching (append, refusals, atomic), the check
/// rule, and the matcher learning from what was taught. Each test teaches into its own copy of the imported
/// fixture bank.
/// </summary>
public sealed class TaughtQuestionsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public TaughtQuestionsTests()
    {
        var imported = PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions]);
        var (_, refused) = BankWriter.Write(_dir.Path, BankWriter.Render(imported.Bank), force: false);
        Assert.Empty(refused);
    }

    public void Dispose() => _dir.Dispose();

    private string QuestionsPath => _dir.File(QuestionsFile.Name);

    private StoryBank Load() => BankLoader.Load(_dir.Path);

    private static List<Diagnostic> Read(string yaml, out IReadOnlyList<TaughtQuestion> taught)
    {
        var diagnostics = new List<Diagnostic>();
        taught = QuestionsFile.Read(yaml, QuestionsFile.Name, diagnostics);
        return diagnostics;
    }

    [Fact]
    public void Reads_questions_with_an_answer_or_a_principle_and_their_lines()
    {
        var diagnostics = Read("""
            # mine
            questions:
              - question: Why did you take the job you have now?
                answer: Why Cybereason
              - question: "When did you ship before you had all the data?"
                principle: Bias for action
            """, out var taught);
        Assert.Empty(diagnostics);
        Assert.Equal(2, taught.Count);
        Assert.Equal(("Why did you take the job you have now?", "Why Cybereason", (string?)null, 3, 4),
            (taught[0].Text, taught[0].Answer, taught[0].Principle, taught[0].Line, taught[0].LabelLine));
        Assert.Equal(("Bias for action", 5), (taught[1].Principle, taught[1].Line));
    }

    private const string GoodEntry = "  - question: Why now?\n    answer: Why searching a new position\n";

    [Theory]
    [InlineData("questions:\n  - answer: Why US\n" + GoodEntry, 2, "'question' is missing")]
    [InlineData("questions:\n  - question: ''\n    answer: Why US\n" + GoodEntry, 2, "the question is empty")]
    [InlineData("questions:\n  - question: Why us?\n" + GoodEntry, 2, "needs exactly one of 'answer'")]
    [InlineData("questions:\n  - question: Why us?\n    answer: Why US\n    principle: Ownership\n" + GoodEntry, 2, "needs exactly one of 'answer'")]
    [InlineData("questions:\n  - Why us?\n" + GoodEntry, 2, "must be a mapping")]
    public void A_malformed_entry_is_a_diagnostic_with_its_line_and_the_other_entries_are_kept(string yaml, int line, string message)
    {
        var diagnostic = Assert.Single(Read(yaml, out var taught));
        Assert.Equal((QuestionsFile.Name, line), (diagnostic.File, diagnostic.Line));
        Assert.Contains(message, diagnostic.Message);
        Assert.Equal("Why now?", Assert.Single(taught).Text);
    }

    [Theory]
    [InlineData("questions: Why us?\n", 1, "'questions' must be a list")]
    [InlineData("questions:\n  - question: Why now?\n   answer: [x\n", 3, "broken YAML")]
    [InlineData("questions:\n  - question: [unclosed\n", 3, "broken YAML")]
    [InlineData("questions:\n  - question: [unclosed\n" + GoodEntry, 1, "broken YAML: ")]
    [InlineData("- just\n- a list\n", 1, "must be a mapping")]
    public void A_file_that_is_not_a_question_list_is_one_diagnostic_never_an_exception(string yaml, int line, string message)
    {
        var diagnostic = Assert.Single(Read(yaml, out var taught));
        Assert.Equal(line, diagnostic.Line);
        Assert.Contains(message, diagnostic.Message);
        Assert.Empty(taught);
    }

    [Fact]
    public void Teaching_creates_the_file_then_appends_keeping_comments_and_spelling_labels_as_the_bank_does()
    {
        var first = QuestionTeacher.Teach(_dir.Path, Load(), "  Why did you take\nthe job you have now?  ", "why cybereason");
        Assert.Equal(TeachOutcome.Added, first.Outcome);
        Assert.Equal(("Why did you take the job you have now?", "Why Cybereason"), (first.Question!.Text, first.Question.Answer));

        File.WriteAllText(QuestionsPath, File.ReadAllText(QuestionsPath).Replace("questions:", "# my own note\nquestions:", StringComparison.Ordinal));
        var second = QuestionTeacher.Teach(_dir.Path, Load(), "Say \"no\" to a boss: when? #honest", "have backbone; disagree and commit (conflicts)");
        Assert.Equal(TeachOutcome.Added, second.Outcome);

        string text = File.ReadAllText(QuestionsPath);
        Assert.Contains("# my own note", text);
        var bank = Load();
        Assert.Empty(bank.LoadDiagnostics);
        Assert.Equal(["Why did you take the job you have now?", "Say \"no\" to a boss: when? #honest"], bank.Taught.Select(t => t.Text));
        Assert.Equal("Have Backbone; Disagree and Commit (Conflicts)", bank.Taught[1].Principle);
    }

    [Fact]
    public void Teaching_the_same_question_again_writes_nothing_and_a_different_label_is_refused()
    {
        QuestionTeacher.Teach(_dir.Path, Load(), "Why did you join your current company?", "Why Cybereason");
        string before = File.ReadAllText(QuestionsPath);

        Assert.Equal(TeachOutcome.AlreadyTaught, QuestionTeacher.Teach(_dir.Path, Load(), "why did you join your  current company?", "Why Cybereason").Outcome);
        var conflicting = QuestionTeacher.Teach(_dir.Path, Load(), "Why did you join your current company?", "Why US");
        Assert.Equal(TeachOutcome.Refused, conflicting.Outcome);
        Assert.Contains("already taught as 'Why Cybereason' (questions.yaml line 4)", conflicting.Message);
        Assert.Equal(before, File.ReadAllText(QuestionsPath));
    }

    [Theory]
    [InlineData("Why us?", "No Such Answer", "neither an answer key nor a principle")]
    [InlineData("   ", "Why US", "the question is empty")]
    public void A_question_or_label_that_cannot_be_taught_is_refused_and_no_file_is_written(string question, string label, string message)
    {
        var result = QuestionTeacher.Teach(_dir.Path, Load(), question, label);
        Assert.Equal(TeachOutcome.Refused, result.Outcome);
        Assert.Contains(message, result.Message);
        Assert.False(File.Exists(QuestionsPath));
    }

    [Fact]
    public void A_megabyte_question_is_refused()
    {
        var result = QuestionTeacher.Teach(_dir.Path, Load(), new string('a', 1_000_000), "Why US");
        Assert.Equal(TeachOutcome.Refused, result.Outcome);
        Assert.Contains("1,000,000 characters", result.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# my questions, kept in git\n")]
    [InlineData("# mine\nquestions: []\n")]
    [InlineData("questions:\n")]
    public void A_file_that_holds_no_question_yet_gets_its_list_started_and_keeps_its_comments(string content)
    {
        File.WriteAllText(QuestionsPath, content);
        var result = QuestionTeacher.Teach(_dir.Path, Load(), "Why this team?", "Why applied");
        Assert.Equal(TeachOutcome.Added, result.Outcome);
        var bank = Load();
        Assert.Empty(bank.LoadDiagnostics);
        Assert.Equal("Why applied", Assert.Single(bank.Taught).Answer);
        foreach (var comment in content.Split('\n').Where(l => l.StartsWith('#')))
            Assert.Contains(comment, File.ReadAllText(QuestionsPath));
    }

    [Theory]
    [InlineData("questions:\n  - question: Why now?\n    answer: Why US\nnotes: mine\n", "does not end with its 'questions:' list")]
    [InlineData("questions:\n  - question: [broken\n", "has a problem at line 3")]
    public void A_hand_written_file_that_cannot_be_appended_to_safely_is_left_untouched(string content, string message)
    {
        File.WriteAllText(QuestionsPath, content);
        var result = QuestionTeacher.Teach(_dir.Path, Load(), "Why this team?", "Why applied");
        Assert.Equal(TeachOutcome.Refused, result.Outcome);
        Assert.Contains(message, result.Message);
        Assert.Equal(content, File.ReadAllText(QuestionsPath));
    }

    [Fact]
    public void Check_reports_a_taught_label_the_bank_lacks_at_its_line_with_the_closest_name()
    {
        File.WriteAllText(QuestionsPath, """
            questions:
              - question: Why did you join your current company?
                answer: Why Cybereason
              - question: Why this place?
                answer: Why Us Folks
              - question: When did you act fast?
                principle: Bias for speed
            """);
        var findings = Checker.Run(Load()).Where(d => d.Code == "TM017").ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal((QuestionsFile.Name, 5, Severity.Warning), (findings[0].File, findings[0].Line, findings[0].Severity));
        Assert.Contains("did you mean 'Why US'?", findings[0].Hint);
        Assert.Equal(7, findings[1].Line);
        Assert.Contains("did you mean 'Bias for action'?", findings[1].Hint);
    }

    [Fact]
    public void A_taught_question_brings_its_answer_first_for_the_question_and_close_wordings_only()
    {
        const string asked = "Why did you take the job you have now?";
        var untaught = Matcher.Create(Load());
        Assert.NotEqual("Why Cybereason", untaught.Match(asked, 3).Answers[0].Key);

        QuestionTeacher.Teach(_dir.Path, Load(), asked, "Why Cybereason");
        var matcher = Matcher.Create(Load());
        var repeat = matcher.Match(asked, 3).Answers[0];
        Assert.Equal("Why Cybereason", repeat.Key);
        Assert.StartsWith("taught: \u201cWhy did you take the job you have now?\u201d", repeat.Why);
        Assert.Equal("Why Cybereason", matcher.Match("So why did you take the job that you have now?", 3).Answers[0].Key);

        // Sharing the common words of a taught question is not being that question.
        Assert.Equal("Tight Schedule", matcher.Match("Tell me about a time you had to take on a job with a tight deadline", 3).Answers[0].Key);
    }

    [Fact]
    public void A_taught_principle_lifts_that_principle()
    {
        const string asked = "Have you ever pushed a fix to production before the review finished?";
        var before = Matcher.Create(Load()).Match(asked, 16).Principles;
        Assert.NotEqual("Bias for action", before[0].Name);

        QuestionTeacher.Teach(_dir.Path, Load(), asked, "bias-for-action");
        var after = Matcher.Create(Load()).Match(asked, 16).Principles;
        Assert.Equal("Bias for action", after[0].Name);
    }

    [Theory]
    [InlineData("Why Amazon?", "Why US")]
    [InlineData("Why you?", "Why applied")]
    [InlineData("Why now?", "Why searching a new position")]
    public void A_short_taught_question_always_brings_its_answer_first_next_time(string asked, string key)
    {
        QuestionTeacher.Teach(_dir.Path, Load(), asked, key);
        var result = Matcher.Create(Load()).Match(asked, 3);
        Assert.Equal(key, result.Answers[0].Key);
        Assert.StartsWith("taught: ", result.Answers[0].Why);
        Assert.Equal(key, Matcher.Create(Load()).Match(asked.ToUpperInvariant(), 3).Answers[0].Key);
    }
}
