using TellMe.Practice.Cards;
using TellMe.Competencies;

namespace TellMe.Tests.PracticeDrill;

public class CardDeckTests
{
    [Fact]
    public void Fixture_bank_gives_one_card_per_answer_principle_with_story_and_story()
    {
        var bank = Banks.Fixtures;
        var deck = CardDeck.FromBank(bank);
        Assert.Equal(bank.Answers.Length, deck.Count(c => c.Kind == CardKind.Answer));
        Assert.Equal(bank.Stories.Length, deck.Count(c => c.Kind == CardKind.Story));
        Assert.Equal(bank.Frameworks.Sum(f => f.Principles.Count(p => p.Stories.Length > 0)), deck.Count(c => c.Kind == CardKind.Principle));
        Assert.Equal(deck.Length, deck.Select(c => c.Id).Distinct().Count());
        Assert.Contains(deck, c => c.Id.ToString() == "answer:conflict");
        Assert.Contains(deck, c => c.Id.ToString() == "principle:amazon/dive-deep");
        Assert.Contains(deck, c => c.Id.ToString() == "story:CR2");
    }

    [Fact]
    public void Card_ids_are_stable_when_the_text_changes()
    {
        var before = CardDeck.FromBank(Banks.Small()).Select(c => c.Id).ToList();
        var bank = Banks.Small();
        var edited = bank.With(stories: bank.Stories.Select(s => s with { Title = s.Title + " (edited)", Sections = [] }));
        Assert.Equal(before, CardDeck.FromBank(edited).Select(c => c.Id));
    }

    [Fact]
    public void Principle_without_story_has_no_card_and_answer_card_has_its_story_and_points()
    {
        var deck = CardDeck.FromBank(Banks.Small());
        Assert.DoesNotContain(deck, c => c.Id.Key == "amazon/frugality");
        var conflict = deck.Single(c => c.Id.ToString() == "answer:conflict");
        var telling = Assert.Single(conflict.Tellings);
        Assert.Equal("AC2", telling.StoryRef);
        Assert.Equal("Resolved a conflict over the release process", telling.Title);
        Assert.Equal(["Situation", "Action", "Result"], telling.KeyPoints.Select(k => k.Label));
        Assert.Equal("Two teams disagreed about release trains", telling.Star.Situation);
        Assert.Null(telling.Star.Task);
        Assert.Equal("general/conflict", conflict.Primary!.Id.ToString());
    }

    [Fact]
    public void Story_card_knows_the_principles_that_cite_it()
    {
        var deck = CardDeck.FromBank(Banks.Small());
        var story = deck.Single(c => c.Id.ToString() == "story:AC1");
        Assert.Equal("amazon/dive-deep", story.Primary!.Id.ToString());
        Assert.Equal("Dive Deep", story.Primary.Name);
        Assert.Equal("p99 latency dropped from 2 s to 250 ms and conversion rose 4%", story.Tellings[0].ResultText);
    }

    [Theory]
    [InlineData("answer:conflict", CardKind.Answer, "conflict")]
    [InlineData("principle:amazon/dive-deep", CardKind.Principle, "amazon/dive-deep")]
    [InlineData("Story:CR2", CardKind.Story, "CR2")]
    public void Card_ids_parse_and_print(string text, CardKind kind, string key)
    {
        var id = CardId.Parse(text);
        Assert.Equal(kind, id.Kind);
        Assert.Equal(key, id.Key);
        Assert.Equal(CardId.Parse(id.ToString()), id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("conflict")]
    [InlineData("answer:")]
    [InlineData("deck:x")]
    [InlineData("answer:two words")]
    public void Bad_card_ids_are_rejected(string text) => Assert.False(CardId.TryParse(text, out _));

    [Theory]
    [InlineData("Conflict", "conflict")]
    [InlineData("Tight Schedule", "tight-deadline")]
    [InlineData("Why US", "motivation-location")]
    [InlineData("Why SRE → SWE", "career-choice")]
    [InlineData("Why searching a new position", "motivation-move")]
    [InlineData("Weakness/Negative Feedback", "weaknesses")]
    [InlineData("Strength/Positive Feedback", "strengths")]
    [InlineData("Low performer", "mentoring")]
    [InlineData("Refactor/Rearchitecture", "legacy-migration")]
    [InlineData("Technically challenging", "technical-challenge")]
    [InlineData("Introduction", "introduction")]
    [InlineData("Visa", "relocation-visa")]
    [InlineData("Disagree with manager", "disagree-manager")]
    public void Answer_keys_map_to_general_competencies(string key, string id) =>
        Assert.Equal(new CompetencyId("general", id), GeneralReader.Guess(key, c => c.Framework == "general")?.Id);

    [Theory]
    [InlineData("Zebra")]
    [InlineData("Why CU Boulder")]
    public void A_key_the_vocabulary_does_not_name_has_no_competency(string key) =>
        Assert.Null(GeneralReader.Guess(key, c => c.Framework == "general"));

    [Fact]
    public void A_key_that_names_nothing_is_read_through_its_answers_own_words()
    {
        const string points = "Program . The master's program in computer science fits my schedule . Courses . The coursework covers distributed systems";
        Assert.Equal(new CompetencyId("general", "education-choice"), GeneralReader.Guess("Why Northfield", points, c => c.Framework == "general")?.Id);
        // The answer's words do not outvote a key that names its topic.
        Assert.Equal(new CompetencyId("general", "conflict"), GeneralReader.Guess("Conflict", points, c => c.Framework == "general")?.Id);
        // Words that name nothing either way still give no competency.
        Assert.Null(GeneralReader.Guess("Why Northfield", "Zebra . Giraffe", c => c.Framework == "general"));
    }

    private static readonly AnswerKeyReader GeneralReader = AnswerKeyReader.Build(TellMe.Match.Questions.QuestionBank.Embedded.Competencies);
}
