using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Match;
using TellMe.Practice.Cards;

namespace TellMe.Debrief;

/// <summary>
/// Which card a rated answer of a real round is a review of: the prepared answer the user named; else, for a
/// story, the prepared answer among the question's best three that tells that story (the user gave their
/// prepared answer); else the card of the bank principle the question probes (<see cref="QuestionReading"/>)
/// when the principle cites the story; else the story's own card.
/// </summary>
internal static class ReviewCard
{
    /// <summary>The card, or null when no story or answer was named (or its card is not in the deck).</summary>
    public static CardId? For(StoryBank bank, StoryId? story, Answer? answer, MatchResult match, Competency? principle, HashSet<CardId> deck)
    {
        if (answer is not null && deck.Contains(CardId.ForAnswer(answer.Key))) return CardId.ForAnswer(answer.Key);
        if (story is not { } id || bank.Find(id) is not { } told) return null;
        foreach (var a in match.Answers.Take(3))
            if (a.Story is { } s && bank.Find(s)?.Id == told.Id && deck.Contains(CardId.ForAnswer(a.Key))) return CardId.ForAnswer(a.Key);
        if (principle is { Id: var probed } && bank.FindFramework(probed.Framework)?.Principles.FirstOrDefault(p => p.Id == probed.Slug) is { } cited
            && cited.Stories.Any(t => t.Story is { } s && bank.Find(s)?.Id == told.Id)
            && deck.Contains(CardId.ForPrinciple(probed.Framework, probed.Slug)))
            return CardId.ForPrinciple(probed.Framework, probed.Slug);
        return deck.Contains(CardId.ForStory(told.Id)) ? CardId.ForStory(told.Id) : null;
    }
}
