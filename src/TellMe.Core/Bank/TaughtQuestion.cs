namespace TellMe.Bank;

/// <summary>
/// A question the user has been asked (or expects), with the answer or principle they would give for it,
/// kept in <c>questions.yaml</c>. The matcher treats these as the strongest evidence there is: the user's
/// own word on what a wording means, which no general question bank can know ("the job you have now" is
/// Cybereason only for this user).
/// </summary>
public sealed record TaughtQuestion
{
    /// <summary>The question as asked.</summary>
    public required string Text { get; init; }

    /// <summary>The key of the answer that fits it, when it names an answer.</summary>
    public string? Answer { get; init; }

    /// <summary>The name (or ID) of the principle it probes, when it names one.</summary>
    public string? Principle { get; init; }

    /// <summary>The line of the entry in <c>questions.yaml</c>.</summary>
    public int Line { get; init; }

    /// <summary>The line of the <c>answer</c> or <c>principle</c> value, for diagnostics about the label.</summary>
    public int LabelLine { get; init; }
}
