namespace TellMe.Cli.Output;

/// <summary><c>feedback --json</c>: everything measured in the answer and one finding per aspect.</summary>
public sealed record FeedbackJson(
    string Card,
    string Title,
    int Words,
    int SpeakingSeconds,
    int TargetSeconds,
    int WordsPerMinute,
    FeedbackStarJson Star,
    int I,
    int We,
    IReadOnlyList<FeedbackFillerJson> Fillers,
    bool ResultHasNumber,
    FeedbackStoryJson? ComparedWith,
    IReadOnlyList<FeedbackKeyPointJson> KeyPoints,
    IReadOnlyList<FeedbackFindingJson> Findings);

/// <summary>Which STAR parts were told.</summary>
public sealed record FeedbackStarJson(bool Situation, bool Task, bool Action, bool Result);

/// <summary>A filler and how often it was said.</summary>
public sealed record FeedbackFillerJson(string Word, int Count);

/// <summary>The story the answer was compared with.</summary>
public sealed record FeedbackStoryJson(string Story, string Title);

/// <summary>A key point of the card: covered, and how many of its content words were said.</summary>
public sealed record FeedbackKeyPointJson(string Label, string Text, bool Covered, int Shared, int Terms);

/// <summary>One aspect: fine or not, what was measured, what to do.</summary>
public sealed record FeedbackFindingJson(string Aspect, bool Ok, string Message, string Suggestion);
