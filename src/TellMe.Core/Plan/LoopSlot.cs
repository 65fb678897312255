using TellMe.Competencies;

namespace TellMe.Plan;

/// <summary>One slot of an interview loop: what an interviewer will probe.</summary>
/// <param name="Interviewer">1-based interviewer number, or 0 when the slots are not grouped by interviewer.</param>
/// <param name="Topic">What is probed, as shown to the user (a principle name, or the question itself).</param>
/// <param name="Competency">The competency when the slot is one, else null.</param>
/// <param name="Question">A question the slot is planned for, or an example to practise with.</param>
public sealed record LoopSlot(int Interviewer, string Topic, CompetencyId? Competency, string? Question);
