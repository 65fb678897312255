using System.Collections.Immutable;
using TellMe.Competencies;

namespace TellMe.Practice.Cards;

/// <summary>
/// A practice card derived from the bank. Immutable; rebuilt from the bank at every start, so its content
/// always reflects the files. Only its <see cref="Id"/> links it to its review history.
/// </summary>
public sealed record Card
{
    /// <summary>The stable ID, e.g. <c>answer:conflict</c>.</summary>
    public required CardId Id { get; init; }

    /// <summary>What the card is about, as the user spells it: "Conflict", "Earn trust", "CR2".</summary>
    public required string Title { get; init; }

    /// <summary>The card's kind.</summary>
    public CardKind Kind => Id.Kind;

    /// <summary>
    /// The competencies the card trains, most important first; prompts are drawn from the question bank
    /// for these. Empty when none is known (built-in phrasings are used then).
    /// </summary>
    public ImmutableArray<Competency> Competencies { get; init; } = [];

    /// <summary>The acceptable answers: one for answer and story cards, one per cited story for a principle.</summary>
    public ImmutableArray<CardTelling> Tellings { get; init; } = [];

    /// <summary>The competency shown in the mastery table: the first one, if any.</summary>
    public Competency? Primary => Competencies.IsDefaultOrEmpty ? null : Competencies[0];
}
