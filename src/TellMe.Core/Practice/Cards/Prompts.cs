using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Language;

namespace TellMe.Practice.Cards;

/// <summary>
/// Draws the wording of a card's prompt each time it comes up: a question from the question bank for one of the
/// card's competencies when there is one, else one of several built-in phrasings for its kind. Questions the
/// user taught for an answer or principle (<c>questions.yaml</c>, the ones they were really asked) come up half
/// the time. The random source is passed in, so tests (and <c>--seed</c>) get the same draws every time.
/// </summary>
/// <param name="questions">The labelled question bank.</param>
/// <param name="taught">The bank's taught questions, matched to answer cards by key and principle cards by name.</param>
public sealed class Prompts(IQuestionSource questions, IEnumerable<TaughtQuestion>? taught = null)
{
    private readonly ILookup<string, string> _taught = (taught ?? []).ToLookup(
        t => t.Answer is { } key ? "answer:" + NameFold.Of(key) : "principle:" + NameFold.Of(t.Principle ?? ""), t => t.Text);

    private static readonly ImmutableArray<string> AnswerPhrasings =
    [
        "{0}: give me your answer.",
        "Let's talk about {0}.",
        "Interviewer's next topic: {0}. Go.",
        "Your prepared answer for \"{0}\", please.",
    ];

    private static readonly ImmutableArray<string> PrinciplePhrasings =
    [
        "Tell me about a time you showed {0}.",
        "Which story shows {0}? Tell it.",
        "Give me an example of {0} from your own work.",
        "How have you demonstrated {0}?",
    ];

    private static readonly ImmutableArray<string> StoryPhrasings =
    [
        "Tell {0} ({1}) in two minutes.",
        "Walk me through {1} ({0}).",
        "{0} in two minutes: {1}.",
        "Tell me the story of {1} ({0}), first person, with numbers.",
    ];

    /// <summary>The question source in use.</summary>
    public IQuestionSource Questions { get; } = questions;

    /// <summary>
    /// A prompt for <paramref name="card"/>; avoids repeating <paramref name="previous"/> (the wording shown last
    /// time) when there is any other choice.
    /// </summary>
    public CardPrompt Draw(Card card, Random random, string? previous = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(random);
        var bank = new List<string>();
        foreach (var competency in card.Competencies)
            foreach (var q in Questions.QuestionsFor(competency.Id))
                if (!string.IsNullOrWhiteSpace(q)) bank.Add(q.Trim());
        bank = [.. bank.Distinct(StringComparer.Ordinal)];
        string? hint = HintFor(card);
        var mine = card.Kind switch
        {
            CardKind.Answer => _taught["answer:" + NameFold.Of(card.Title)].ToList(),
            CardKind.Principle => _taught["principle:" + NameFold.Of(card.Title)].ToList(),
            _ => [],
        };
        if (mine.Count > 0 && (bank.Count == 0 || random.NextDouble() < 0.5))
            return new CardPrompt(Pick(mine, random, previous), PromptSource.Taught, hint);
        if (bank.Count > 0) return new CardPrompt(Pick(bank, random, previous), PromptSource.QuestionBank, hint);

        var telling = card.Tellings.IsDefaultOrEmpty ? null : card.Tellings[0];
        var phrasings = card.Kind switch
        {
            CardKind.Answer => AnswerPhrasings,
            CardKind.Principle => PrinciplePhrasings,
            _ => StoryPhrasings,
        };
        var texts = phrasings.Select(p => string.Format(System.Globalization.CultureInfo.InvariantCulture, p, card.Title, telling?.Title ?? card.Title)).ToList();
        return new CardPrompt(Pick(texts, random, previous), PromptSource.BuiltIn, card.Kind == CardKind.Story ? null : hint);
    }

    // A question from the bank does not say which card it is; the hint does, so the user rates the right recall.
    private static string HintFor(Card card) => card.Kind switch
    {
        CardKind.Answer => $"answer key: {card.Title}",
        CardKind.Principle => $"principle: {card.Title}",
        _ => $"answer with {card.Title}: {(card.Tellings.IsDefaultOrEmpty ? "" : card.Tellings[0].Title)}".TrimEnd(' ', ':'),
    };

    private static string Pick(List<string> options, Random random, string? previous)
    {
        if (options.Count == 1) return options[0];
        var choices = previous is null ? options : options.Where(o => o != previous).ToList();
        if (choices.Count == 0) choices = options;
        return choices[random.Next(choices.Count)];
    }
}
