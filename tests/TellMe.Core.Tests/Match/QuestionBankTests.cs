using TellMe.Bank;
using TellMe.Match.Questions;
using TellMe.Competencies;

namespace TellMe.Tests.Match;

public sealed class QuestionBankTests
{
    private static QuestionBank Bank => QuestionBank.Embedded;

    [Fact]
    public void The_embedded_bank_loads_with_at_least_400_labelled_questions()
    {
        Assert.True(Bank.Questions.Length >= 400, $"{Bank.Questions.Length} questions");
        Assert.All(Bank.Questions, q => Assert.InRange(q.Competencies.Length, 1, 4));
        Assert.Equal(["amazon", "general"], Bank.Frameworks.Select(f => f.Id));
    }

    [Fact]
    public void Every_amazon_principle_of_the_bank_model_has_the_same_id_in_the_question_bank()
    {
        var ids = AmazonFramework.Create().Principles.Select(p => p.Id);
        Assert.Equal(ids, Bank.Competencies.Where(c => c.Framework == "amazon").Select(c => c.Id.Slug));
    }

    [Fact]
    public void Every_competency_has_questions_to_draw_from_primary_ones_first()
    {
        foreach (var competency in Bank.Competencies)
        {
            var questions = Bank.QuestionsFor(competency.Id);
            Assert.True(questions.Count >= 5, $"{competency.Id} has {questions.Count} questions");
            Assert.Equal(competency.Id, questions[0].Competencies[0]);
            Assert.All(questions, q => Assert.Contains(competency.Id, q.Competencies));
            int firstSecondary = questions.ToList().FindIndex(q => q.Competencies[0] != competency.Id);
            if (firstSecondary >= 0) Assert.All(questions.Skip(firstSecondary), q => Assert.NotEqual(competency.Id, q.Competencies[0]));
        }
    }

    [Fact]
    public void An_unknown_competency_has_no_questions()
    {
        Assert.Empty(Bank.QuestionsFor(new CompetencyId("amazon", "no-such-principle")));
        Assert.Empty(Bank.QuestionsFor(new CompetencyId("nope", "dive-deep")));
        Assert.Null(Bank.Find(CompetencyId.Parse("amazon/no-such-principle")));
        Assert.Equal("Dive Deep", Bank.Find(new CompetencyId("amazon", "dive-deep"))!.Name);
    }

    [Theory]
    [InlineData("dev-set.tsv")]
    [InlineData("dev-set-2.tsv")]
    [InlineData("held-out-3.tsv")]
    public void No_development_set_question_is_in_the_bank(string set)
    {
        var bank = Bank.Questions.Select(q => q.Text.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dev = File.ReadAllLines(DevSetPath(set)).Select(l => l.Split('\t')).Where(f => f.Length == 3).Select(f => f[1].Trim());
        Assert.DoesNotContain(dev, bank.Contains);
    }

    private const string Competencies = """
        frameworks:
          - id: amazon
            name: "A"
            competencies:
              - id: dive-deep
                name: "Dive Deep"
                keywords: ["details"]
        """;

    [Fact]
    public void A_question_with_an_unknown_label_is_rejected_with_its_file_and_line()
    {
        var ex = Assert.Throws<InvalidDataException>(() => QuestionBank.Parse(Competencies,
            [("q.yaml", "questions:\n  - text: \"Why?\"\n    competencies: [amazon/think-big]\n")]));
        Assert.Contains("q.yaml", ex.Message);
        Assert.Contains("amazon/think-big", ex.Message);
    }

    [Fact]
    public void A_repeated_question_or_broken_yaml_is_rejected()
    {
        const string twice = "questions:\n  - text: \"Why?\"\n    competencies: [amazon/dive-deep]\n  - text: \"why?\"\n    competencies: [amazon/dive-deep]\n";
        Assert.Throws<InvalidDataException>(() => QuestionBank.Parse(Competencies, [("q.yaml", twice)]));
        Assert.Throws<InvalidDataException>(() => QuestionBank.Parse(Competencies, [("q.yaml", "questions: [\n")]));
        Assert.Throws<InvalidDataException>(() => QuestionBank.Parse("frameworks: 3", []));
    }

    [Fact]
    public void A_training_only_file_teaches_the_classifier_but_is_never_offered_for_practice()
    {
        var bank = QuestionBank.Parse(Competencies,
        [
            ("shown.yaml", "questions:\n  - text: \"Tell me about the details.\"\n    competencies: [amazon/dive-deep]\n"),
            ("training.yaml", "practice: false\nquestions:\n  - text: \"Deepest rabbit hole?\"\n    competencies: [amazon/dive-deep]\n"),
        ]);
        Assert.Equal(2, bank.Questions.Length);
        Assert.Equal(["Tell me about the details."], bank.QuestionsFor(CompetencyId.Parse("amazon/dive-deep")).Select(q => q.Text));
        Assert.False(bank.Questions.Single(q => q.Text == "Deepest rabbit hole?").ForPractice);
        Assert.DoesNotContain(QuestionBank.Embedded.Competencies.SelectMany(c => QuestionBank.Embedded.QuestionsFor(c.Id)), q => !q.ForPractice);
        Assert.Contains(QuestionBank.Embedded.Questions, q => !q.ForPractice);
    }

    [Fact]
    public void A_small_bank_parses()
    {
        var bank = QuestionBank.Parse(Competencies, [("q.yaml", "questions:\n  - text: \"Dig in?\"\n    competencies: [amazon/dive-deep]\n")]);
        Assert.Equal("amazon/dive-deep", Assert.Single(bank.Competencies).Id.ToString());
        Assert.Equal("Dig in?", Assert.Single(bank.QuestionsFor(new CompetencyId("amazon", "dive-deep"))).Text);
    }

    internal static string DevSetPath(string name = "dev-set.tsv")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "bench", "match", name);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException($"bench/match/{name} not found above the test folder");
    }
}
