using System.Collections.Immutable;
using TellMe.Practice.Cards;

namespace TellMe.Practice.Feedback;

/// <summary>What one aspect of the answer is about.</summary>
public enum FeedbackAspect
{
    /// <summary>Words and estimated speaking time against the target.</summary>
    Length,
    /// <summary>Which STAR parts the answer has.</summary>
    Star,
    /// <summary>"I" against "we".</summary>
    FirstPerson,
    /// <summary>Filler words.</summary>
    Fillers,
    /// <summary>Whether the result has a number.</summary>
    Number,
    /// <summary>Which of the card's key points were said.</summary>
    KeyPoints,
    /// <summary>Words per minute of a spoken answer.</summary>
    Pace,
    /// <summary>Long silences in a spoken answer.</summary>
    Pauses,
}

/// <summary>One finding: what was seen, whether it is fine, and what to do about it.</summary>
/// <param name="Aspect">What it is about.</param>
/// <param name="Ok">True when nothing needs to change.</param>
/// <param name="Message">What was measured, e.g. "312 words, about 2:05 at 150 words a minute (target 2:30)".</param>
/// <param name="Suggestion">A concrete thing to do next time; for a fine aspect, what to keep doing.</param>
public sealed record FeedbackFinding(FeedbackAspect Aspect, bool Ok, string Message, string Suggestion);

/// <summary>Which STAR parts an answer contains.</summary>
public sealed record StarPresence(bool Situation, bool Task, bool Action, bool Result)
{
    /// <summary>The missing parts' names, in STAR order.</summary>
    public ImmutableArray<string> Missing =>
    [
        .. new[] { ("Situation", Situation), ("Task", Task), ("Action", Action), ("Result", Result) }
            .Where(p => !p.Item2).Select(p => p.Item1),
    ];
}

/// <summary>A filler word or phrase and how often it was said.</summary>
public sealed record FillerCount(string Filler, int Count);

/// <summary>A key point and whether the answer covered it.</summary>
/// <param name="Point">The card's key point.</param>
/// <param name="Covered">True when enough of its content words were said.</param>
/// <param name="Shared">How many of its content words (stems) the answer used.</param>
/// <param name="Terms">How many content words it has.</param>
public sealed record KeyPointCoverage(KeyPoint Point, bool Covered, int Shared, int Terms);

/// <summary>
/// Feedback on one written or transcribed answer. Everything is measured from the text; nothing is stored.
/// </summary>
public sealed record AnswerFeedback
{
    /// <summary>How many words the answer has.</summary>
    public required int Words { get; init; }

    /// <summary>
    /// The time to say it: estimated at <see cref="WordsPerMinute"/> for a typed answer; for a spoken one
    /// (<see cref="Measured"/>), measured from the first word to the last.
    /// </summary>
    public required TimeSpan Speaking { get; init; }

    /// <summary>True when <see cref="Speaking"/> and <see cref="WordsPerMinute"/> were measured on a recording.</summary>
    public bool Measured { get; init; }

    /// <summary>The target time.</summary>
    public required TimeSpan Target { get; init; }

    /// <summary>The speaking speed assumed, or measured on a recording.</summary>
    public required int WordsPerMinute { get; init; }

    /// <summary>The STAR parts found.</summary>
    public required StarPresence Star { get; init; }

    /// <summary>How many times the answer says "I" (any form).</summary>
    public required int I { get; init; }

    /// <summary>How many times it says "we" (any form).</summary>
    public required int We { get; init; }

    /// <summary>Filler words and phrases with their counts, most frequent first.</summary>
    public required ImmutableArray<FillerCount> Fillers { get; init; }

    /// <summary>True when the result the answer tells contains a number.</summary>
    public required bool ResultHasNumber { get; init; }

    /// <summary>The telling the answer was compared with (the best-matching one, for a principle with several stories).</summary>
    public CardTelling? ComparedWith { get; init; }

    /// <summary>Each key point of <see cref="ComparedWith"/>, covered or missed.</summary>
    public required ImmutableArray<KeyPointCoverage> KeyPoints { get; init; }

    /// <summary>One finding per aspect, in the order of <see cref="FeedbackAspect"/>.</summary>
    public required ImmutableArray<FeedbackFinding> Findings { get; init; }

    /// <summary>The key points that were said.</summary>
    public IEnumerable<KeyPoint> Covered => KeyPoints.Where(k => k.Covered).Select(k => k.Point);

    /// <summary>The key points that were missed.</summary>
    public IEnumerable<KeyPoint> Missed => KeyPoints.Where(k => !k.Covered).Select(k => k.Point);
}

/// <summary>How to judge an answer.</summary>
public sealed record FeedbackOptions
{
    /// <summary>The default target: two and a half minutes.</summary>
    public static readonly TimeSpan DefaultTarget = TimeSpan.FromSeconds(150);

    /// <summary>How long the answer should take to say.</summary>
    public TimeSpan Target { get; init; } = DefaultTarget;

    /// <summary>Speaking speed used to turn words into time (the bank's check.words-per-minute), or the measured pace of a recording.</summary>
    public int WordsPerMinute { get; init; } = 150;

    /// <summary>
    /// For a spoken answer: how long it took, first word to last, measured on the recording. The length is
    /// then judged on this instead of an estimate from the word count.
    /// </summary>
    public TimeSpan? Spoken { get; init; }
}
