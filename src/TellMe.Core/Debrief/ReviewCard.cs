using TellMe.Bank;
using TellMe.Match;
using TellMe.Practice.Cards;

namespace TellMe.Debrief;

/// <summary>
/// Which card a rated answer of a real round is a review of: the prepared answer the user named; else, for a
/// story, the prepared answer among the question's best three that tells that story (the user gave their
/// prepared answer); else the card of the bank principle the question probes when the principle cites the
/// story; else the story's own card.
/// </summary>
internal static class ReviewCard
{
    /// <summary>The card, or null when no story or answer was named (or its card is not in the deck).</summary>
    public static CardId? For(StoryBank bank, StoryId? story, Answer? answer, MatchResult match, CompetencyMatch? top, HashSet<CardId> deck)
    {
        if (answer is not null && deck.Contains(CardId.ForAnswer(answer.Key))) return CardId.ForAnswer(answer.Key);
        if (story is not { } id || bank.Find(id) is not { } told) return null;
        foreach (var a in match.Answers.Take(3))
            if (a.Story is { } s && bank.Find(s)?.Id == told.Id && deck.Contains(CardId.ForAnswer(a.Key))) return CardId.ForAnswer(a.Key);
        if (top is not null && bank.FindFramework(top.Framework)?.Principles.FirstOrDefault(p => p.Id == top.Id) is { } principle
            && principle.Stories.Any(t => t.Story is { } cited && bank.Find(cited)?.Id == told.Id)
            && deck.Contains(CardId.ForPrinciple(top.Framework, top.Id)))
            return CardId.ForPrinciple(top.Framework, top.Id);
        return deck.Contains(CardId.ForStory(told.Id)) ? CardId.ForStory(told.Id) : null;
    }
}
