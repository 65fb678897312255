using System.Collections.Immutable;

namespace TellMe.Prep;

/// <summary>One sentence of a job posting, where it is and what part of the posting it sits in.</summary>
/// <param name="Line">The 1-based line of the file it starts on.</param>
/// <param name="Text">The sentence as plain text (Markdown marks removed).</param>
/// <param name="Section">The heading it sits under, or null before the first heading.</param>
/// <param name="Weight">How much it says about the interviews: 1 for the role and its requirements, 0.5 for nice-to-haves and the company's self-description, 0 for benefits and legal text.</param>
public sealed record PostingSentence(int Line, string Text, string? Section, double Weight);

/// <summary>A job posting read into sentences.</summary>
/// <param name="Source">The file name, for messages.</param>
/// <param name="Title">The first heading or first line (usually the job title), if any.</param>
/// <param name="Sentences">Every sentence in order, boilerplate included (with weight 0).</param>
public sealed record Posting(string Source, string? Title, ImmutableArray<PostingSentence> Sentences);
