using System.Collections.Immutable;
using TellMe.Competencies;

namespace TellMe.Plan;

/// <summary>How much a kind of interviewer probes a competency, relative to its other probes.</summary>
/// <param name="Competency">The competency (<c>general/conflict</c>).</param>
/// <param name="Weight">Its weight.</param>
public sealed record ProbeWeight(CompetencyId Competency, double Weight);

/// <summary>
/// A kind of interviewer (recruiter screen, hiring manager, bar raiser, peer engineer) and what it probes.
/// Data, not code: <c>data/interviewer-types.yaml</c>.
/// </summary>
/// <param name="Id">A slug: <c>hiring-manager</c>.</param>
/// <param name="Name">How to show it: "Hiring manager".</param>
/// <param name="Aliases">Words a round's label may use for it ("phone screen", "HM").</param>
/// <param name="ListensFor">What this interviewer is deciding, in a sentence or two.</param>
/// <param name="CompanyValues">The weight of each value of the company's framework, when one is known.</param>
/// <param name="Probes">The competencies it probes, heaviest first.</param>
public sealed record InterviewerType(string Id, string Name, ImmutableArray<string> Aliases, string ListensFor, double CompanyValues, ImmutableArray<ProbeWeight> Probes);
