namespace TellMe.Match;

/// <summary>A prepared answer that fits a question.</summary>
/// <param name="Key">The answer's key exactly as the user spells it ("Tight Schedule").</param>
/// <param name="Story">The ID of the story the answer tells, if any.</param>
/// <param name="Score">Higher is a better fit; comparable within one question.</param>
/// <param name="Why">A few words on why it fits: shared words and the competency in common.</param>
public sealed record AnswerMatch(string Key, string? Story, double Score, string Why);
