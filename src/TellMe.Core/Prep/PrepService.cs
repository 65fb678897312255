using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Match;
using TellMe.Plan;
using TellMe.Practice;
using TellMe.Practice.Cards;
using TellMe.Practice.Scheduling;

namespace TellMe.Prep;

/// <summary>
/// <c>tellme prep</c> as a service for the CLI and the web app: reads a job posting, says what it emphasises
/// (competencies and values with the posting's own sentences, technologies), which of the user's stories cover
/// each and how well they are drilled, what is missing, and optionally plans a loop weighted by the posting.
/// Pure apart from the clock: the practice history is passed in.
/// </summary>
public sealed class PrepService
{
    /// <summary>A story that is the best one for this many stressed competencies carries too much: it can be told once per loop.</summary>
    public const int OverloadedFrom = 3;

    private readonly MatchGateway _gateway;
    private readonly TimeProvider _time;
    private readonly FsrsScheduler _scheduler;

    /// <summary>A service over the bank the matcher was built for.</summary>
    public PrepService(Matcher matcher, TimeProvider time, FsrsScheduler? scheduler = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(time);
        _gateway = new MatchGateway(matcher);
        _time = time;
        _scheduler = scheduler ?? new FsrsScheduler();
    }

    /// <summary>The bank.</summary>
    public StoryBank Bank => _gateway.Bank;

    /// <summary>Analyses a posting; the problem says why when the posting cannot be read (empty, far too long).</summary>
    /// <param name="postingText">The posting as read from its file.</param>
    /// <param name="source">The file name, for messages.</param>
    /// <param name="stored">The practice history's cards (empty when there is none yet).</param>
    /// <param name="options">Company, plan.</param>
    public (PrepReport? Report, string? Problem) Analyze(string postingText, string source, IReadOnlyList<StoredCard> stored, PrepOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(postingText);
        ArgumentNullException.ThrowIfNull(stored);
        options ??= new PrepOptions();
        var (posting, problem) = PostingReader.Read(postingText, source, PostingSignals.Embedded);
        if (posting is null) return (null, problem);

        var notes = ImmutableArray.CreateBuilder<string>();
        var company = options.Company is { } name ? CompanyFrameworks.Find(name, Bank) : null;
        if (options.Company is { } asked && company is null)
            notes.Add($"TellMe has no values framework for '{asked}', so the general taxonomy and your bank's frameworks are used. " +
                $"Frameworks known: {string.Join(", ", CompanyFrameworks.KnownCompanies(Bank))}; add your own as {TellMe.Bank.Files.FrameworkFile.PathOf(TellMe.Bank.Files.Slugs.Of(asked))} in the bank.");
        var frameworks = Bank.Frameworks.ToList();
        if (company is not null && !frameworks.Any(f => f.Id == company.Id)) frameworks.Add(company);

        var emphasis = PostingAnalyzer.Analyze(posting, _gateway, frameworks, PostingSignals.Embedded, TechnologyVocabulary.Embedded);
        if (posting.Sentences.All(s => s.Weight <= 0)) notes.Add($"the posting {source} has no sentence about the role or its requirements");
        else if (emphasis.Competencies.IsEmpty) notes.Add("the posting names no competency TellMe recognises; check that it is the job posting");

        var coverage = new StoryCoverage(_gateway, StoredCards.ById(stored), _scheduler, _time.GetUtcNow());
        PrepCompetency Prepared(EmphasisedCompetency c)
        {
            var (stories, gap) = coverage.Cover(c);
            return new PrepCompetency(c.Competency, c.Emphasis, c.Stressed, c.Evidence, stories, gap, c.Probes);
        }
        var competencies = emphasis.Competencies.Select(Prepared).ToImmutableArray();

        var values = ImmutableArray<PrepCompetency>.Empty;
        if (company is not null)
            values = [.. company.Principles.Select(p =>
            {
                var id = new CompetencyId(company.Id, p.Id);
                var named = emphasis.Competencies.FirstOrDefault(c => c.Competency.Id == id)
                    ?? new EmphasisedCompetency(new Competency(id, p.Name), 0, [], PrincipleProbes.Of(company, p, _gateway.Questions), p.Question);
                return Prepared(named);
            })];

        var technologies = Technologies(emphasis, coverage);
        var report = new PrepReport
        {
            Source = source,
            Title = posting.Title,
            Company = options.Company,
            Framework = company is null ? null : new CompanyFramework(company.Id, company.Name, company.Company, company.Sources, Bank.Frameworks.Contains(company)),
            Competencies = competencies,
            CompanyValues = values,
            Technologies = technologies,
            Gaps = Gaps(competencies, values),
            Plan = options.Plan ? RoundLayout.Plan(_gateway.Matcher, options.Rounds ?? InterviewerTypes.Embedded.DefaultLoop, options.PerRound, company, emphasis.ByCompetency()) : null,
            Notes = notes.ToImmutable(),
        };
        return (report, null);
    }

    // For each technology the posting names, the stories whose text names it too.
    private ImmutableArray<PrepTechnology> Technologies(PostingEmphasis emphasis, StoryCoverage coverage)
    {
        var byStory = Bank.Stories.Select(s => (Story: s, Named: TechnologyVocabulary.Embedded.Find(StoryText(s)).Select(h => h.Technology.Name).ToHashSet(StringComparer.Ordinal))).ToList();
        return [.. emphasis.Technologies.Select(t => new PrepTechnology(t.Name, t.Category, t.Evidence,
            [.. byStory.Where(s => s.Named.Contains(t.Name)).Select(s => new CoveringStory(s.Story.Id.Value, s.Story.Title, 0, "mentions", coverage.Drill(s.Story.Id.Value)))]))];
    }

    private static string StoryText(Story story) =>
        string.Join(". ", story.Sections.Select(p => CardDeck.Plain(p.Content)).Prepend(story.Title));

    // Stressed competencies (and values) without a story; stories that are the best for too many of them.
    private static ImmutableArray<PrepGap> Gaps(ImmutableArray<PrepCompetency> competencies, ImmutableArray<PrepCompetency> values)
    {
        var gaps = ImmutableArray.CreateBuilder<PrepGap>();
        var otherValues = values.Where(v => !competencies.Any(c => c.Competency.Id == v.Competency.Id && c.Stressed)).ToList();
        var stressed = competencies.Where(c => c.Stressed).Concat(otherValues).ToList();
        foreach (var c in competencies.Where(c => c.Stressed && c.Gap is not null))
            gaps.Add(new PrepGap("uncovered", $"{c.Competency.Name}: the posting stresses it and none of your stories fits it; prepare one", [c.Competency.Id], null));
        foreach (var v in otherValues.Where(v => v.Gap is not null))
            gaps.Add(new PrepGap("uncovered-value", $"{v.Competency.Name}: a value the company interviews for, and none of your stories fits it; prepare one", [v.Competency.Id], null));
        foreach (var group in stressed.Where(c => c.Stories.Length > 0)
                     .GroupBy(c => c.Stories[0].Id).Where(g => g.Count() >= OverloadedFrom))
        {
            var names = group.Select(c => c.Competency.Name).ToList();
            gaps.Add(new PrepGap("overloaded",
                $"{group.Key} is the best story for {names.Count} of the competencies this job stresses ({string.Join(" · ", names)}); " +
                "a story is told once per loop, so prepare another story for some of them", [.. group.Select(c => c.Competency.Id)], group.Key));
        }
        return gaps.ToImmutable();
    }
}
