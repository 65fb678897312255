using TellMe.Practice.Drill;

namespace TellMe.Cli.Commands.Drill;

/// <summary>
/// One way of giving an answer while the countdown runs: aloud (the default), typed (<c>--type</c>), recorded
/// and transcribed (<c>--speak</c>). Each is one implementation chosen in <see cref="DrillCommand"/>; the loop
/// in <see cref="InteractiveDrill"/> does not change.
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
/// <param name="Spoken">A recorded answer's audio feedback (<c>--speak</c>), shown instead of the typed feedback.</param>
public sealed record AnswerTaken(string? Text, TimeSpan Elapsed, SpokenTake? Spoken = null);
