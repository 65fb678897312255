using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Import;

/// <summary>
/// Turns what the importers read into one bank. Every telling of a story ID becomes one story file: the
/// first telling (project pages, then principle pages, then answers) gives its sections; every other
/// telling shows the story wherever it says the same thing and keeps its own words only where it differs,
/// so the bank holds each fact once and the pages still come back exactly as written.
/// </summary>
public sealed class BankAssembler
{
    private readonly Dictionary<StoryId, Story> _stories = [];
    private readonly List<string> _companies = [];
    private readonly Dictionary<string, int> _maxNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _prefixOfCompany = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<ImportedTelling, StoryId?> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, StoryId> _anchored = new(StringComparer.Ordinal);

    /// <summary>The anchor of the n-th story under a principle.</summary>
    public static string PrincipleAnchor(string principle, int index) => $"principle:{principle}:{index}";

    /// <summary>The anchor of an answer's story.</summary>
    public static string AnswerAnchor(string key) => $"answer:{key}";

    /// <summary>
    /// Builds the bank from pages, merged over <paramref name="existing"/> (for importing into a bank): the
    /// pages are the source for everything they tell; the bank's other stories, answers and frameworks stay.
    /// </summary>
    public StoryBank Assemble(IReadOnlyList<ImportedPage> pages, StoryBank existing)
    {
        LearnAnchors(existing);
        var tellings = Ordered(pages).ToList();
        LearnCompaniesAndIds(tellings, existing);
        foreach (var t in tellings) _ids[t] = AssignId(t);
        foreach (var t in tellings) AddOrMerge(t);
        foreach (var story in existing.Stories) _stories.TryAdd(story.Id, story);

        var settings = existing.Settings;
        var pageSettings = existing.Settings.Pages.ToList();
        var frameworks = existing.Frameworks.ToDictionary(f => f.Id);
        var answers = existing.Answers.ToDictionary(a => a.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages)
        {
            var ps = page.Settings;
            switch (page)
            {
                case ImportedPrinciplesPage lp:
                    frameworks[ps.Framework ?? "amazon"] = BuildFramework(lp, frameworks.GetValueOrDefault(ps.Framework ?? "amazon"));
                    break;
                case ImportedQuestionsPage bq:
                    int order = 0;
                    foreach (var a in bq.Answers) answers[a.Key] = BuildAnswer(a, ++order);
                    break;
                case ImportedProjectsPage pp:
                    ps = ps with { Stories = [.. pp.Tellings.Select(t => _ids[t]).OfType<StoryId>()] };
                    break;
            }
            pageSettings.RemoveAll(p => p.File == ps.File);
            pageSettings.Add(ps);
        }
        return new StoryBank(settings with { Pages = [.. pageSettings] }, _stories.Values, answers.Values, frameworks.Values);
    }

    // Projects first, then principles, then answers: the fullest, most deliberate telling gives the sections.
    private static IEnumerable<ImportedTelling> Ordered(IReadOnlyList<ImportedPage> pages) =>
        pages.OfType<ImportedProjectsPage>().SelectMany(p => p.Tellings)
            .Concat(pages.OfType<ImportedPrinciplesPage>().SelectMany(p => p.Principles.SelectMany(x => x.Tellings)))
            .Concat(pages.OfType<ImportedQuestionsPage>().SelectMany(p => p.Answers.Select(a => a.Telling).OfType<ImportedTelling>()));

    private void LearnCompaniesAndIds(List<ImportedTelling> tellings, StoryBank existing)
    {
        foreach (var s in existing.Stories) Learn(s.Id, s.Company);
        foreach (var t in tellings)
            if (StoryId.TryParse(t.Ref, out var id)) Learn(id, t.Company);
        foreach (var t in tellings)
            if (!string.IsNullOrWhiteSpace(t.Company) && !_companies.Contains(t.Company, StringComparer.OrdinalIgnoreCase)) _companies.Add(t.Company);

        void Learn(StoryId id, string? company)
        {
            _maxNumber[id.Prefix] = Math.Max(_maxNumber.GetValueOrDefault(id.Prefix), id.Number);
            if (!string.IsNullOrWhiteSpace(company)) _prefixOfCompany.TryAdd(company, id.Prefix);
        }
    }

    private void LearnAnchors(StoryBank existing)
    {
        foreach (var f in existing.Frameworks)
            foreach (var p in f.Principles)
                for (int i = 0; i < p.Stories.Length; i++)
                    if (p.Stories[i] is { Story: { } id, Ref: { } r } && StoryReference.IsPlaceholder(r))
                        _anchored[PrincipleAnchor(p.Name, i)] = id;
        foreach (var a in existing.Answers)
            if (a.Story is { } id) _anchored[AnswerAnchor(a.Key)] = id;
    }

    private StoryId? AssignId(ImportedTelling t)
    {
        if (StoryId.TryParse(t.Ref, out var id)) return id;
        // A placeholder such as (New) is a story without an ID yet: it keeps the ID it got when this page was
        // first imported, or gets the next ID of its company.
        if (!StoryReference.IsPlaceholder(t.Ref)) return null;
        if (_anchored.TryGetValue(t.Anchor, out var known)) return known;
        string? company = t.Company ?? SplitCompany(t).Company;
        string prefix = company is not null && _prefixOfCompany.TryGetValue(company, out var p) ? p : Initials(company);
        int number = _maxNumber.GetValueOrDefault(prefix) + 1;
        _maxNumber[prefix] = number;
        if (company is not null) _prefixOfCompany.TryAdd(company, prefix);
        return StoryId.Create(prefix, number);
    }

    private static string Initials(string? company)
    {
        if (string.IsNullOrWhiteSpace(company)) return "ST";
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        string initials = words.Count >= 2
            ? string.Concat(words.Take(3).Select(w => char.ToUpperInvariant(w[0])))
            : new string([.. company.Where(char.IsAsciiLetter).Take(2).Select(char.ToUpperInvariant)]);
        return initials.Length == 0 ? "ST" : initials;
    }

    /// <summary>"Developed X at enechain" → ("Developed X", "enechain Corporation", "enechain").</summary>
    private (string Title, string? Company, string? Shown) SplitCompany(ImportedTelling t)
    {
        if (!t.CompanyInTitle) return (t.Title, t.Company, t.Company);
        int at = t.Title.LastIndexOf(" at ", StringComparison.Ordinal);
        if (at < 0) return (t.Title, null, null);
        string shown = t.Title[(at + 4)..].Trim();
        string? known = _companies.FirstOrDefault(c => c.Equals(shown, StringComparison.OrdinalIgnoreCase))
            ?? _companies.FirstOrDefault(c => c.StartsWith(shown + " ", StringComparison.OrdinalIgnoreCase));
        return known is null ? (t.Title, null, null) : (t.Title[..at].TrimEnd(), known, shown);
    }

    private void AddOrMerge(ImportedTelling t)
    {
        if (_ids[t] is not { } id) return;
        var (title, company, _) = SplitCompany(t);
        if (!_stories.TryGetValue(id, out var story))
        {
            _stories[id] = new Story
            {
                Id = id, Title = title, Company = company,
                Sections = [.. t.Parts.Where(p => p.Label.Length > 0)],
                File = StoryFile.PathOf(id),
            };
            return;
        }
        if (string.IsNullOrEmpty(story.Title) && title.Length > 0) story = story with { Title = title };
        if (string.IsNullOrEmpty(story.Company) && company is not null) story = story with { Company = company };
        _stories[id] = story;
    }

    private Framework BuildFramework(ImportedPrinciplesPage page, Framework? previous)
    {
        var builtIn = AmazonFramework.Create();
        var principles = page.Principles.Select(p => new Principle
        {
            Id = builtIn.Principles.FirstOrDefault(b => Same(b.Name, p.Name))?.Id ?? Slugs.Of(p.Name),
            Number = p.Number,
            Name = p.Name,
            Description = p.Description,
            Stories = [.. p.Tellings.Select(ToTelling)],
        });
        return new Framework
        {
            Id = page.Settings.Framework ?? "amazon",
            Name = previous?.Name ?? builtIn.Name,
            Principles = [.. principles],
            File = FrameworkFile.PathOf(page.Settings.Framework ?? "amazon"),
        };
    }

    private static bool Same(string builtIn, string user)
    {
        string a = Slugs.Of(builtIn), b = Slugs.Of(user);
        return a == b || b.StartsWith(a, StringComparison.Ordinal) || a.StartsWith(b, StringComparison.Ordinal);
    }

    private StoryTelling ToTelling(ImportedTelling t)
    {
        var id = _ids[t];
        var story = id is { } sid ? _stories[sid] : null;
        var names = t.Parts.Select(p => p.Label).ToImmutableArray();
        bool sameParts = story is not null && names.SequenceEqual(story.Sections.Select(s => s.Label));
        var own = t.Parts.Where(p => story?.Section(p.Label) is not { } s || !s.Content.Equals(p.Content)).ToImmutableArray();
        return new StoryTelling
        {
            Story = id,
            Ref = id is { } i && i.Value == t.Ref ? null : t.Ref,
            Title = story is not null && story.Title == t.Title ? null : t.Title,
            Company = story is not null && story.Company == t.Company ? null : t.Company,
            Parts = sameParts || story is null ? null : names,
            Own = own,
            BareLabels = t.BareLabels,
        };
    }

    private Answer BuildAnswer(ImportedAnswer a, int order)
    {
        var answer = new Answer { Key = a.Key, Order = order, Points = a.Points };
        if (a.Telling is not { } t) return answer;
        var id = _ids[t];
        var story = id is { } sid ? _stories[sid] : null;
        if (story is null) return answer with { StoryRef = t.Ref };
        var points = a.Points.ToBuilder();
        points[a.StoryStart] = points[a.StoryStart] with { Content = Content.Text(SummaryTemplate(t, story)) };
        for (int i = a.StoryStart + 1; i < points.Count; i++)
        {
            var p = points[i];
            if (story.Section(p.Label) is { } s && s.Content.Equals(p.Content))
                points[i] = p with { Content = Content.Text(Tellings.WholeSection) };
        }
        return answer with { Story = story.Id, Points = points.ToImmutable() };
    }

    // The summary line names the story through placeholders wherever it says what the story file says.
    private string SummaryTemplate(ImportedTelling t, Story story)
    {
        var (title, company, shown) = SplitCompany(t);
        string reference = story.Id.Value == t.Ref ? "{{ story.id }}" : t.Ref;
        string head;
        if (title == story.Title) head = "{{ story.title }}";
        else if (story.Title.Length > 0 && title.StartsWith(story.Title + " ", StringComparison.Ordinal))
            head = "{{ story.title }}" + title[story.Title.Length..];
        else head = title;
        string text = Tellings.RefAndTitle(reference, head);
        if (shown is not null)
            text += " at " + (shown == story.Company && company == story.Company ? "{{ story.company }}" : shown);
        return text;
    }
}
