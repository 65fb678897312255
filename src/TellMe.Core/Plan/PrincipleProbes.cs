using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Match.Questions;

namespace TellMe.Plan;

/// <summary>
/// What a principle of a framework stands for in the question bank's taxonomy: a company's values ("Move
/// fast") are planned, matched and counted as asked through the competencies the matcher knows.
/// </summary>
public static class PrincipleProbes
{
    /// <summary>
    /// The question-bank competencies a principle stands for, closest first: its <c>probes</c> that the
    /// taxonomy knows, or the principle itself when the taxonomy knows it (Amazon's principles); empty when
    /// neither.
    /// </summary>
    public static ImmutableArray<CompetencyId> Of(Framework framework, Principle principle, QuestionBank taxonomy)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(principle);
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (!principle.Probes.IsDefaultOrEmpty) return [.. principle.Probes.Where(p => taxonomy.Find(p) is not null)];
        var self = new CompetencyId(framework.Id, principle.Id);
        return taxonomy.Find(self) is not null ? [self] : [];
    }
}
