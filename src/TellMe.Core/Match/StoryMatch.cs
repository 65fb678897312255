namespace TellMe.Match;

/// <summary>A story that fits a question.</summary>
/// <param name="Id">The story's ID, e.g. <c>CR2</c>.</param>
/// <param name="Title">The story's title.</param>
/// <param name="Score">Higher is a better fit; comparable within one question.</param>
/// <param name="Why">A few words on why it fits: shared words, the competency in common, the answer or principle that tells it.</param>
public sealed record StoryMatch(string Id, string Title, double Score, string Why);
