namespace TellMe.Practice.Cards;

/// <summary>Where a prompt's wording came from.</summary>
public enum PromptSource
{
    /// <summary>A question from the question bank for one of the card's competencies.</summary>
    QuestionBank,
    /// <summary>One of TellMe's own phrasings for the card's kind.</summary>
    BuiltIn,
    /// <summary>A question the user taught for this answer or principle (<c>questions.yaml</c>): one they were really asked.</summary>
    Taught,
}

/// <summary>What the drill asks for one showing of a card.</summary>
/// <param name="Text">The question as an interviewer would ask it.</param>
/// <param name="Source">Where the wording came from.</param>
/// <param name="Hint">What to answer with, when the question alone does not say (e.g. "answer with CR2").</param>
public sealed record CardPrompt(string Text, PromptSource Source, string? Hint = null);
