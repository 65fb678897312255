namespace TellMe.Match;

/// <summary>A competency a question probes.</summary>
/// <param name="Framework">The taxonomy: <c>amazon</c>, <c>general</c>, or a bank's own framework.</param>
/// <param name="Id">The competency's slug, e.g. <c>dive-deep</c>.</param>
/// <param name="Name">The name as the user's bank spells it ("Dive deep"), or the question bank's name when the bank has none.</param>
/// <param name="Score">Higher is more likely; comparable within one question.</param>
public sealed record CompetencyMatch(string Framework, string Id, string Name, double Score);
