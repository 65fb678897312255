using System.Collections.Immutable;

namespace TellMe.Practice.Cards;

/// <summary>One labelled point the user should say, in plain text ("Crash: A UI server crashed…").</summary>
/// <param name="Label">The point's label (empty when unlabelled).</param>
/// <param name="Text">What it says, Markdown removed, bullets joined.</param>
public sealed record KeyPoint(string Label, string Text)
{
    /// <summary>"Label: text", or the text alone.</summary>
    public override string ToString() => Label.Length == 0 ? Text : $"{Label}: {Text}";
}

/// <summary>
/// A one-line-per-part STAR outline: the first sentence of each part, so the reveal fits a screen. A part
/// the story lacks is null, which the reveal shows as missing.
/// </summary>
public sealed record StarOutline
{
    /// <summary>The situation (or problem, context).</summary>
    public string? Situation { get; init; }
    /// <summary>The task (or mission, goal).</summary>
    public string? Task { get; init; }
    /// <summary>The action.</summary>
    public string? Action { get; init; }
    /// <summary>The result (or outcome, impact).</summary>
    public string? Result { get; init; }

    /// <summary>
    /// True when this reads as a STAR story: it has an action or a result, or at least two parts. A motivation
    /// answer whose only labelled point happens to be called "Mission" is not one.
    /// </summary>
    public bool IsStory => Action is not null || Result is not null || Parts().Count(p => p.Text is not null) >= 2;

    /// <summary>The four parts in order with their names.</summary>
    public IEnumerable<(string Part, string? Text)> Parts()
    {
        yield return ("Situation", Situation);
        yield return ("Task", Task);
        yield return ("Action", Action);
        yield return ("Result", Result);
    }
}

/// <summary>
/// One way the card can be answered: a story as the bank tells it (for an answer card, the answer's own
/// points; for a principle card, each story the principle cites; for a story card, the story itself).
/// </summary>
public sealed record CardTelling
{
    /// <summary>The story ID (<c>CR2</c>), or the reference as the page writes it (<c>(New)</c>), or empty.</summary>
    public required string StoryRef { get; init; }

    /// <summary>The title the user gave it.</summary>
    public required string Title { get; init; }

    /// <summary>Where it happened.</summary>
    public string? Company { get; init; }

    /// <summary>The points to say, in order.</summary>
    public ImmutableArray<KeyPoint> KeyPoints { get; init; } = [];

    /// <summary>The STAR outline.</summary>
    public StarOutline Star { get; init; } = new();

    /// <summary>The plain text of the result part, if any (to check the told result's number).</summary>
    public string? ResultText { get; init; }
}
