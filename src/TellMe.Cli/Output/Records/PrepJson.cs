using TellMe.Competencies;
using TellMe.Prep;
using TellMe.Practice.Cards;

namespace TellMe.Cli.Output;

/// <summary>The JSON of <c>tellme prep --json</c>: what the posting asks for, your stories for it, and the gaps.</summary>
/// <param name="Source">The posting file as given.</param>
/// <param name="Title">The posting's title (its first heading or line).</param>
/// <param name="Company">The company as given with <c>--company</c>.</param>
/// <param name="Framework">The company's values framework, when one was found.</param>
/// <param name="Competencies">Competencies and values the posting asks for, most emphasised first.</param>
/// <param name="CompanyValues">Every value of the company's framework, named by the posting or not.</param>
/// <param name="Technologies">Technologies the posting names, most mentioned first.</param>
/// <param name="Gaps">What to fix before the interviews; the exit code is 1 when there are any.</param>
/// <param name="Plan">The loop laid out by interviewer type (<c>--plan</c>).</param>
/// <param name="Notes">Remarks on the input.</param>
/// <param name="RememberedFor">The company the posting's stressed competencies were remembered for (<c>--company</c>), for <c>tellme debrief</c>.</param>
public sealed record PrepJson(
    string Source,
    string? Title,
    string? Company,
    PrepJson.FrameworkJson? Framework,
    IReadOnlyList<PrepJson.CompetencyJson> Competencies,
    IReadOnlyList<PrepJson.CompetencyJson> CompanyValues,
    IReadOnlyList<PrepJson.TechnologyJson> Technologies,
    IReadOnlyList<PrepJson.GapJson> Gaps,
    PlanRoundsJson? Plan,
    IReadOnlyList<string> Notes,
    string? RememberedFor)
{
    /// <summary>The JSON of a report.</summary>
    public static PrepJson From(PrepReport report, string? rememberedFor) => new(
        report.Source,
        report.Title,
        report.Company,
        report.Framework is { } f ? new FrameworkJson(f.Id, f.Name, f.Company, [.. f.Sources.Select(s => new SourceJson(s.Title, s.Url))], f.FromBank) : null,
        [.. report.Competencies.Select(CompetencyJson.From)],
        [.. report.CompanyValues.Select(CompetencyJson.From)],
        [.. report.Technologies.Select(t => new TechnologyJson(t.Name, t.Category, [.. t.Evidence.Select(EvidenceJson.From)], [.. t.Stories.Select(StoryJson.From)]))],
        [.. report.Gaps.Select(g => new GapJson(g.Kind, g.Message, [.. g.Competencies.Select(Label)], g.Story))],
        report.Plan is { } plan ? PlanRoundsJson.From(plan) : null,
        report.Notes,
        rememberedFor);

    private static string Label(CompetencyId id) => id.ToString();

    /// <summary>The company framework used and where its values were checked.</summary>
    /// <param name="Id">Its ID.</param>
    /// <param name="Name">Its name.</param>
    /// <param name="Company">The company.</param>
    /// <param name="Sources">The public pages its values were checked against.</param>
    /// <param name="FromBank">True when the bank's own <c>frameworks/</c> file was used rather than the one TellMe ships.</param>
    public sealed record FrameworkJson(string Id, string Name, string? Company, IReadOnlyList<SourceJson> Sources, bool FromBank);

    /// <summary>A public source: its title and address.</summary>
    public sealed record SourceJson(string Title, string? Url);

    /// <summary>
    /// A competency or value the posting asks for: <c>framework</c> and <c>id</c> as in the bank, the taxonomy or the
    /// company framework, the name as the bank spells it; <c>probes</c> are the taxonomy's competencies
    /// (<c>framework/id</c>) that stand for it.
    /// </summary>
    public sealed record CompetencyJson(string Framework, string Id, string Name, double Emphasis, bool Stressed,
        IReadOnlyList<EvidenceJson> Evidence, IReadOnlyList<StoryJson> Stories, string? Gap, IReadOnlyList<string> Probes)
    {
        /// <summary>The JSON of a competency with its stories.</summary>
        public static CompetencyJson From(PrepCompetency c) => new(c.Competency.Framework, c.Competency.Id.Slug, c.Competency.Name, c.Emphasis, c.Stressed,
            [.. c.Evidence.Select(EvidenceJson.From)], [.. c.Stories.Select(StoryJson.From)], c.Gap, [.. c.Probes.Select(Label)]);
    }

    /// <summary>A sentence of the posting: its line, the sentence, and why TellMe reads it so.</summary>
    public sealed record EvidenceJson(int Line, string Sentence, string Why)
    {
        /// <summary>The JSON of a piece of evidence.</summary>
        public static EvidenceJson From(PostingEvidence e) => new(e.Line, e.Sentence, e.Why);
    }

    /// <summary>
    /// A story: <c>role</c> is <c>primary</c> (the best for it), <c>backup</c> or <c>mentions</c> (its text names
    /// the technology); <c>fit</c> is the planner's, absent for <c>mentions</c>.
    /// </summary>
    public sealed record StoryJson(string Id, string Title, string Role, double? Fit, DrillJson Drill)
    {
        /// <summary>The JSON of a covering story.</summary>
        public static StoryJson From(CoveringStory s) =>
            new(s.Id, s.Title, s.Role, s.Role == "mentions" ? null : s.Fit, new DrillJson(s.Drill.Card, s.Drill.Level, s.Drill.Reviews, s.Drill.Lapses, s.Drill.RecallNow, s.Drill.Due));
    }

    /// <summary>How well a story is drilled: its card, <c>notDrilled</c>/<c>learning</c>/<c>young</c>/<c>mature</c>, reviews, lapses, recall now and when it is due (absent when never reviewed).</summary>
    public sealed record DrillJson(CardId Card, DrillLevel Level, int Reviews, int Lapses, double? RecallNow, DateTimeOffset? Due);

    /// <summary>A technology the posting names, the sentences naming it, and your stories whose text names it.</summary>
    public sealed record TechnologyJson(string Name, string Category, IReadOnlyList<EvidenceJson> Evidence, IReadOnlyList<StoryJson> Stories);

    /// <summary>A gap: <c>uncovered</c>, <c>uncovered-value</c> or <c>overloaded</c>, in words, the competencies (<c>framework/id</c>) and the story concerned.</summary>
    public sealed record GapJson(string Kind, string Message, IReadOnlyList<string> Competencies, string? Story);
}
