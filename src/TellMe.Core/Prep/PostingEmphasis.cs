using System.Collections.Immutable;
using TellMe.Competencies;

namespace TellMe.Prep;

/// <summary>A sentence of the posting that asks for something, and why TellMe reads it so.</summary>
/// <param name="Line">The line of the posting it starts on.</param>
/// <param name="Sentence">The sentence as the posting says it.</param>
/// <param name="Why">"says “mentor”", or "reads like a question about Dive deep" when the matcher recognised it.</param>
public sealed record PostingEvidence(int Line, string Sentence, string Why);

/// <summary>A competency or value the posting asks for.</summary>
/// <param name="Competency">The competency (<c>general/mentoring</c>), a bank principle (<c>amazon/dive-deep</c>, named as the bank spells it) or a company value (<c>meta/move-fast</c>).</param>
/// <param name="Emphasis">Sentences asking for it, each weighed by its section (1 role and requirements, 0.5 nice-to-have and about-us) and by how it was recognised (a phrase 1, the matcher alone 0.5).</param>
/// <param name="Evidence">The posting's own sentences, in order.</param>
/// <param name="Probes">The question-bank competencies that stand for it when planning (a value's <c>probes</c>; a competency itself).</param>
/// <param name="Question">An example of how an interviewer asks about it, when the data has one.</param>
public sealed record EmphasisedCompetency(Competency Competency, double Emphasis, ImmutableArray<PostingEvidence> Evidence, ImmutableArray<CompetencyId> Probes, string? Question)
{
    /// <summary>The emphasis from which a competency counts as stressed: at least one full sentence of the role or its requirements.</summary>
    public const double StressedFrom = 1.0;

    /// <summary>True when the posting stresses it (<see cref="Emphasis"/> of at least <see cref="StressedFrom"/>).</summary>
    public bool Stressed => Emphasis >= StressedFrom;
}

/// <summary>A technology the posting names.</summary>
/// <param name="Name">Its name ("PostgreSQL").</param>
/// <param name="Category">Its category (language, data, cloud…).</param>
/// <param name="Evidence">The sentences naming it, each with the form used ("Postgres").</param>
public sealed record NamedTechnology(string Name, string Category, ImmutableArray<PostingEvidence> Evidence);

/// <summary>What a posting emphasises.</summary>
/// <param name="Posting">The posting read.</param>
/// <param name="Competencies">Competencies and values it asks for, most emphasised first.</param>
/// <param name="Technologies">Technologies it names, most mentioned first.</param>
public sealed record PostingEmphasis(Posting Posting, ImmutableArray<EmphasisedCompetency> Competencies, ImmutableArray<NamedTechnology> Technologies)
{
    /// <summary>
    /// The emphasis on every competency the posting counts, for weighting a loop: each competency and everything
    /// that stands for it (a principle's merged general competency, a value's probes) at its emphasis, the
    /// largest when several give one.
    /// </summary>
    public IReadOnlyDictionary<CompetencyId, double> ByCompetency()
    {
        var emphasis = new Dictionary<CompetencyId, double>();
        foreach (var c in Competencies)
            foreach (var id in c.Probes.Prepend(c.Competency.Id))
                emphasis[id] = Math.Max(emphasis.GetValueOrDefault(id), c.Emphasis);
        return emphasis;
    }
}
