using TellMe.Bank;
using TellMe.Practice.Cards;
using TellMe.Competencies;

namespace TellMe.Tests.PracticeDrill;

public class PromptsTests
{
    private static readonly Card Conflict = CardDeck.FromBank(Banks.Small()).Single(c => c.Id.ToString() == "answer:conflict");

    private static IQuestionSource Source(params string[] conflictQuestions) =>
        new QuestionSource(id => id == new CompetencyId("general", "conflict") ? conflictQuestions : []);

    [Fact]
    public void Prompt_is_drawn_from_the_question_bank_for_the_cards_competency()
    {
        var prompts = new Prompts(Source("Tell me about a conflict.", "Describe a disagreement with a peer."));
        var prompt = prompts.Draw(Conflict, new Random(1));
        Assert.Equal(PromptSource.QuestionBank, prompt.Source);
        Assert.Contains(prompt.Text, new[] { "Tell me about a conflict.", "Describe a disagreement with a peer." });
        Assert.Equal("answer key: Conflict", prompt.Hint);
    }

    [Fact]
    public void Same_seed_gives_the_same_draws_and_wordings_vary()
    {
        var prompts = new Prompts(Source("Q1", "Q2", "Q3", "Q4", "Q5"));
        List<string> Draws(int seed)
        {
            var random = new Random(seed);
            return [.. Enumerable.Range(0, 20).Select(_ => prompts.Draw(Conflict, random).Text)];
        }
        var a = Draws(42);
        var b = Draws(42);
        Assert.Equal(a, b);
        Assert.True(a.Distinct().Count() >= 3);
    }

    [Fact]
    public void The_previous_wording_is_not_repeated_when_there_is_another()
    {
        var prompts = new Prompts(Source("Q1", "Q2"));
        var random = new Random(3);
        for (int i = 0; i < 50; i++) Assert.Equal("Q2", prompts.Draw(Conflict, random, previous: "Q1").Text);
    }

    [Fact]
    public void Without_questions_a_built_in_phrasing_names_the_card()
    {
        var deck = CardDeck.FromBank(Banks.Small());
        var prompts = new Prompts(QuestionSource.None);
        var random = new Random(5);
        foreach (var card in deck)
        {
            var prompt = prompts.Draw(card, random);
            Assert.Equal(PromptSource.BuiltIn, prompt.Source);
            Assert.Contains(card.Kind == CardKind.Story ? card.Tellings[0].Title : card.Title, prompt.Text);
        }
    }

    [Fact]
    public void Questions_the_user_taught_for_an_answer_come_up_about_half_the_time_and_only_for_that_answer()
    {
        TaughtQuestion[] taught =
        [
            new() { Text = "When did you and a teammate not see eye to eye?", Answer = "conflict" },
            new() { Text = "Why do you want to work here?", Answer = "Why US" },
        ];
        var prompts = new Prompts(Source("Tell me about a conflict."), taught);
        var random = new Random(7);
        var draws = Enumerable.Range(0, 200).Select(_ => prompts.Draw(Conflict, random)).ToList();
        var mine = draws.Where(d => d.Source == PromptSource.Taught).ToList();
        Assert.InRange(mine.Count, 70, 130);
        Assert.All(mine, d => Assert.Equal("When did you and a teammate not see eye to eye?", d.Text));
        Assert.All(mine, d => Assert.Equal("answer key: Conflict", d.Hint));
        Assert.DoesNotContain(draws, d => d.Text == "Why do you want to work here?");

        var onlyTaught = new Prompts(QuestionSource.None, taught);
        Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal(PromptSource.Taught, onlyTaught.Draw(Conflict, random).Source));
    }
}
