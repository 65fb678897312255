using TellMe.Plan;

namespace TellMe.Prep;

/// <summary>What <c>tellme prep</c> is asked to do besides reading the posting.</summary>
/// <param name="Company">The company, to pick its values framework (and to remember the posting for debriefs).</param>
/// <param name="Plan">True to lay out and plan a loop weighted by the posting.</param>
/// <param name="Rounds">The loop's rounds by interviewer type; the default loop when null.</param>
/// <param name="PerRound">Competencies each round probes.</param>
public sealed record PrepOptions(string? Company = null, bool Plan = false, IReadOnlyList<InterviewerType>? Rounds = null, int PerRound = 2);
