using System.Collections.Immutable;
using TellMe.Practice.Scheduling;

namespace TellMe.Debrief;

/// <summary>A question asked in a real round, with what the user says about it.</summary>
/// <param name="Line">Where it came from (the line of the questions file or transcript; 0 for a form).</param>
/// <param name="Text">The question.</param>
/// <param name="Told">The story ID or answer key the user told, as they wrote it; null when not said.</param>
/// <param name="Rating">How it went, 1 (again) to 4 (easy); null when not rated.</param>
/// <param name="Notes">The user's free notes.</param>
public sealed record AskedQuestion(int Line, string Text, string? Told = null, Rating? Rating = null, string? Notes = null)
{
    /// <summary>Follow-up questions on the same story.</summary>
    public ImmutableArray<string> FollowUps { get; init; } = [];
}

/// <summary>A problem with the input of a debrief, with its line.</summary>
/// <param name="Line">1-based line of the file; 0 when not about a line.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record DebriefProblem(int Line, string Message);
