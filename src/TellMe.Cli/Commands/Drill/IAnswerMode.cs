using TellMe.Practice.Drill;

namespace TellMe.Cli.Commands.Drill;

/// <summary>
/// One way of giving an answer while the countdown runs: aloud (the default), typed (<c>--type</c>). Another
/// mode (a spoken answer recorded and transcribed) is one more implementation chosen in
/// <see cref="DrillCommand"/>; the loop in <see cref="InteractiveDrill"/> does not change.
/// </summary>
public interface IAnswerMode
{
    /// <summary>
    /// Takes the answer to the card on screen (its question is already shown), drawing the countdown below it.
    /// Returns null when the user quit instead of answering.
    /// </summary>
    AnswerTaken? Take(DrillTurn turn);
}

/// <summary>An answer given.</summary>
/// <param name="Text">The answer's words when the mode captures them (typed, transcribed); null for an answer said aloud.</param>
/// <param name="Elapsed">How long it took, from the question to the reveal.</param>
public sealed record AnswerTaken(string? Text, TimeSpan Elapsed);
