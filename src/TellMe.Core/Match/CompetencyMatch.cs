using TellMe.Competencies;

namespace TellMe.Match;

/// <summary>A competency a question probes.</summary>
/// <param name="Id">Framework and slug, e.g. <c>amazon/dive-deep</c>.</param>
/// <param name="Name">The name as the user's bank spells it ("Dive deep"), or the question bank's name when the bank has none.</param>
/// <param name="Score">Higher is more likely; comparable within one question.</param>
public sealed record CompetencyMatch(CompetencyId Id, string Name, double Score);
