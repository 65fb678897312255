namespace TellMe.Plan;

/// <summary>
/// A prepared answer chosen for a slot that is answered with one rather than with a story: "Why this company",
/// "Tell me about yourself", "Where do you see yourself": the user wrote what to say, and it tells no story.
/// </summary>
/// <param name="Key">The answer's key as the user spells it.</param>
/// <param name="Fit">How well it fits the slot's question (the matcher's score; comparable within one slot).</param>
public sealed record AnswerChoice(string Key, double Fit);
