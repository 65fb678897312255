namespace TellMe.Plan;

/// <summary>A story chosen for a slot.</summary>
/// <param name="Id">The story's ID.</param>
/// <param name="Title">The story's title.</param>
/// <param name="Fit">How well it fits the slot (higher is better; comparable within one plan).</param>
public sealed record StoryChoice(string Id, string Title, double Fit);
