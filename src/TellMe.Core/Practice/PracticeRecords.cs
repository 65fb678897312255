using System.Collections.Immutable;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;

namespace TellMe.Practice;

/// <summary>
/// A card as the practice history knows it: its schedule and whether it is still in the bank. A card whose item
/// left the bank is retired, not deleted: its schedule and reviews stay, and it comes back if the item returns.
/// </summary>
public sealed record StoredCard
{
    /// <summary>The card's stable ID.</summary>
    public required CardId Id { get; init; }

    /// <summary>The title when last seen in the bank.</summary>
    public required string Title { get; init; }

    /// <summary>The FSRS scheduling state.</summary>
    public required FsrsCard Schedule { get; init; }

    /// <summary>When the card first appeared.</summary>
    public required DateTimeOffset FirstSeen { get; init; }

    /// <summary>When its item left the bank; null while it is in the bank.</summary>
    public DateTimeOffset? RetiredAt { get; init; }

    /// <summary>The prompt shown at its last review, so the next one can be worded differently.</summary>
    public string? LastPrompt { get; init; }

    /// <summary>True when the card's item is no longer in the bank.</summary>
    public bool IsRetired => RetiredAt is not null;
}

/// <summary>What a sync of the bank's cards with the history changed.</summary>
/// <param name="Added">Cards seen for the first time.</param>
/// <param name="Retired">Cards whose item left the bank (history kept).</param>
/// <param name="Returned">Retired cards whose item is back (history intact).</param>
public sealed record CardSyncResult(ImmutableArray<CardId> Added, ImmutableArray<CardId> Retired, ImmutableArray<CardId> Returned);

/// <summary>
/// One review: when, which card, the rating, the card's state before (as ts-fsrs logs it, so parameters can be
/// fitted from the history later) and after, and what was asked.
/// </summary>
public sealed record ReviewRecord
{
    /// <summary>A unique, time-ordered ID (UUID version 7).</summary>
    public required string Id { get; init; }

    /// <summary>The card reviewed.</summary>
    public required CardId CardId { get; init; }

    /// <summary>When the rating was given.</summary>
    public required DateTimeOffset ReviewedAt { get; init; }

    /// <summary>The rating.</summary>
    public required Rating Rating { get; init; }

    /// <summary>The card's state before the review.</summary>
    public required ReviewLog Log { get; init; }

    /// <summary>The card's schedule after the review.</summary>
    public required FsrsCard After { get; init; }

    /// <summary>FSRS's predicted probability of recall at the review; null for a card never reviewed before.</summary>
    public double? PredictedRecall { get; init; }

    /// <summary>The prompt as shown.</summary>
    public string? Prompt { get; init; }

    /// <summary>Words of a typed answer, if one was given.</summary>
    public int? AnswerWords { get; init; }

    /// <summary>How long the answer took, from prompt to reveal.</summary>
    public TimeSpan? AnswerTime { get; init; }

    /// <summary>True when the rating counts as recalled (anything but Again).</summary>
    public bool Recalled => Rating != Rating.Again;
}

/// <summary>Why the practice history could not be used.</summary>
public enum PracticeStoreError
{
    /// <summary>Written by a newer TellMe, with a schema this version does not know.</summary>
    NewerVersion,
    /// <summary>Another program holds the database locked for longer than the busy timeout.</summary>
    Locked,
    /// <summary>The file is not a database or is damaged.</summary>
    Corrupt,
    /// <summary>Another drill changed the card in the meantime; the review was not saved.</summary>
    Conflict,
    /// <summary>The file could not be read or written (permissions, disk full).</summary>
    Io,
}

/// <summary>
/// The practice history cannot be used; the message says why and what to do, and nothing was overwritten.
/// </summary>
public sealed class PracticeStoreException(PracticeStoreError error, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>What went wrong.</summary>
    public PracticeStoreError Error { get; } = error;
}
