using System.Collections.Immutable;

namespace TellMe.Prep;

/// <summary>A technology a posting or a story may name.</summary>
/// <param name="Name">How to show it: "PostgreSQL".</param>
/// <param name="Category">language, framework, data, cloud, infrastructure, observability, practice or platform.</param>
/// <param name="Aliases">Other spellings ("Postgres").</param>
/// <param name="Exact">Forms that are also English words ("Go", "Spark"): matched with exactly this case, never first in a sentence.</param>
public sealed record Technology(string Name, string Category, ImmutableArray<string> Aliases, ImmutableArray<string> Exact);

/// <summary>One mention of a technology.</summary>
/// <param name="Technology">What was named.</param>
/// <param name="Surface">The text as written ("Postgres").</param>
/// <param name="Start">Offset in the text searched.</param>
public sealed record TechnologyHit(Technology Technology, string Surface, int Start);
