using TellMe.Practice.Cards;

namespace TellMe.Tests.PracticeDrill;

public class PromptsTests
{
    private static readonly Card Conflict = CardDeck.FromBank(Banks.Small()).Single(c => c.Id.ToString() == "answer:conflict");

    private static IQuestionSource Source(params string[] conflictQuestions) =>
        new QuestionSource((f, id) => f == "general" && id == "conflict" ? conflictQuestions : []);

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
}
