using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Diagnostics;
using TellMe.Pages;

namespace TellMe.Import;

/// <summary>
/// Turns what the importers read into one bank. Every telling of a story ID becomes one story file: the
/// first telling (project pages, then principle pages, then answers) gives its sections; every other
/// telling shows the story wherever it says the same thing and keeps its own words only where it differs,
/// so the bank holds each fact once and the pages still come back exactly as written.
/// </summary>
/// <remarks>
/// Imported into an existing bank, a story the bank already holds is recognised (by its ID, or for a
/// <c>(New)</c> entry by the same title at the same company) and updated, never copied. The bank's own telling
/// stays the story's unless the page being imported is the one the story came from. An ID handed to a
/// <c>(New)</c> entry is the lowest one of its company's prefix that no story has and no page cites, so that
/// importing pages one at a time ends in the same bank as importing them together.
/// </remarks>
public sealed class BankAssembler(ImportOptions? options = null)
{
    private readonly ImportOptions _options = options ?? new ImportOptions();
    private readonly Dictionary<StoryId, Story> _stories = [];
    private readonly List<string> _companies = [];
    private readonly HashSet<StoryId> _taken = [];
    private readonly Dictionary<string, string> _prefixOfCompany = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<ImportedTelling, StoryId?> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, StoryId> _anchored = new(StringComparer.Ordinal);
    private readonly HashSet<StoryId> _claimed = [];

    private StoryBank _existing = StoryBank.Empty;

    // A story by its ID, or by an old ID the bank keeps as its alias.
    private Story? StoryOf(StoryId id) =>
        _stories.GetValueOrDefault(id) ?? (_existing.Find(id) is { } held ? _stories.GetValueOrDefault(held.Id) : null);

    /// <summary>The anchor of the n-th story under a principle.</summary>
    public static string PrincipleAnchor(string principle, int index) => $"principle:{principle}:{index}";

    /// <summary>The anchor of an answer's story.</summary>
    public static string AnswerAnchor(string key) => $"answer:{key}";

    /// <summary>
    /// Builds the bank from pages, merged over <paramref name="existing"/> (for importing into a bank): the
    /// pages are the source for everything they tell; the bank's other stories, answers and frameworks stay.
    /// </summary>
    public StoryBank Assemble(IReadOnlyList<ImportedPage> pages, StoryBank existing, List<Diagnostic>? diagnostics = null)
    {
        diagnostics ??= [];
        var tellings = Ordered(pages).ToList();
        existing = MoveCollidingPlaceholders(existing, tellings, diagnostics);
        _existing = existing;
        LearnAnchors(existing);
        LearnCompaniesAndIds(tellings, existing);
        foreach (var t in tellings) _ids[t] = AssignId(t, existing);
        DefineStories(tellings, existing, diagnostics);

        var pageSettings = existing.Settings.Pages.ToList();
        var frameworks = existing.Frameworks.ToDictionary(f => f.Id);
        var answers = existing.Answers.ToDictionary(a => a.Key, StringComparer.OrdinalIgnoreCase);
        var answerPage = AnswerPages(existing);
        var claimedFrameworks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var ps = page.Settings;
            var previous = pageSettings.FirstOrDefault(p => p.File == ps.File);
            switch (page)
            {
                case ImportedPrinciplesPage lp:
                {
                    string id = FrameworkId(previous, pageSettings, ps.File, claimedFrameworks);
                    claimedFrameworks.Add(id);
                    var framework = BuildFramework(lp, id, frameworks.GetValueOrDefault(id));
                    frameworks[id] = framework;
                    ps = ps with
                    {
                        Framework = id,
                        Shown = lp.Principles.Zip(framework.Principles).Where(x => x.First.Shown is not null)
                            .ToImmutableDictionary(x => x.Second.Id, x => x.First.Shown!),
                        Tables = [.. lp.Principles.Zip(framework.Principles).SelectMany(x => x.First.Tables.Select(i => i == 0 ? x.Second.Id : $"{x.Second.Id}#{i}"))],
                        Before = lp.Principles.Zip(framework.Principles).Where(x => x.First.Before is not null)
                            .ToImmutableDictionary(x => x.Second.Id, x => x.First.Before!),
                    };
                    break;
                }
                case ImportedQuestionsPage bq:
                    ps = ps with
                    {
                        Answers = PlaceAnswers(bq, previous, answers, answerPage, diagnostics),
                        Before = bq.Answers.Where(a => a.Before is not null).GroupBy(a => a.Key).ToImmutableDictionary(g => g.Key, g => g.First().Before!),
                    };
                    break;
                case ImportedProjectsPage pp:
                    ps = ps with { Stories = [.. pp.Tellings.Select(t => _ids[t]).OfType<StoryId>()] };
                    break;
            }
            int at = pageSettings.FindIndex(p => p.File == ps.File);
            if (at >= 0) pageSettings[at] = ps;
            else pageSettings.Add(ps);
        }
        return new StoryBank(existing.Settings with { Pages = [.. pageSettings] }, _stories.Values, answers.Values, frameworks.Values,
            taught: existing.Taught);
    }

    // Projects first, then principles, then answers: the fullest, most deliberate telling gives the sections.
    private static IEnumerable<ImportedTelling> Ordered(IReadOnlyList<ImportedPage> pages) =>
        pages.OfType<ImportedProjectsPage>().SelectMany(p => p.Tellings)
            .Concat(pages.OfType<ImportedPrinciplesPage>().SelectMany(p => p.Principles.SelectMany(x => x.Tellings)))
            .Concat(pages.OfType<ImportedQuestionsPage>().SelectMany(p => p.Answers.Select(a => a.Telling).OfType<ImportedTelling>()));

    private void LearnCompaniesAndIds(List<ImportedTelling> tellings, StoryBank existing)
    {
        foreach (var s in existing.Stories)
        {
            Learn(s.Id, s.Company);
            foreach (var alias in s.Aliases)
                if (StoryId.TryParse(alias, out var a)) _taken.Add(a);
        }
        // Every ID the bank cites is taken, even one whose story is missing: a new story must never answer to it.
        foreach (var f in existing.Frameworks)
            foreach (var p in f.Principles)
                foreach (var t in p.Stories)
                    if (t.Story is { } id) _taken.Add(id);
        foreach (var a in existing.Answers)
            if (a.Story is { } id) _taken.Add(id);
        foreach (var page in existing.Settings.Pages)
            foreach (var id in page.Stories) _taken.Add(id);
        foreach (var t in tellings)
            if (StoryId.TryParse(t.Ref, out var id)) Learn(id, t.DefinesStory ? t.Company : null);
        foreach (var t in tellings)
            if (!string.IsNullOrWhiteSpace(t.Company) && !_companies.Contains(t.Company, StringComparer.OrdinalIgnoreCase)) _companies.Add(t.Company);
        foreach (var s in existing.Stories)
            if (!string.IsNullOrWhiteSpace(s.Company) && !_companies.Contains(s.Company, StringComparer.OrdinalIgnoreCase)) _companies.Add(s.Company);
        // A questions page names companies only at the end of its summaries ("AC2. Tuned the queries at Acme"): a
        // name that ends the summaries of stories with IDs, and starts like their prefix, is a company too, so that
        // a (New) story "… at Acme" gets an AC ID even when no other page says where AC stories happened.
        foreach (var t in tellings)
        {
            if (!t.CompanyInTitle || !StoryId.TryParse(t.Ref, out var id)) continue;
            int at = t.Title.LastIndexOf(" at ", StringComparison.Ordinal);
            if (at < 0) continue;
            string name = t.Title[(at + 4)..].Trim();
            if (name.Length == 0 || name.Split(' ').Length > 4 || char.ToUpperInvariant(name[0]) != id.Prefix[0]) continue;
            if (_companies.Any(c => c.Equals(name, StringComparison.OrdinalIgnoreCase) || c.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase))) continue;
            _companies.Add(name);
            _prefixOfCompany.TryAdd(name, id.Prefix);
        }

        void Learn(StoryId id, string? company)
        {
            _taken.Add(id);
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

    private StoryId? AssignId(ImportedTelling t, StoryBank existing)
    {
        if (StoryId.TryParse(t.Ref, out var id)) return id;
        // A placeholder such as (New) is a story without an ID yet: it keeps the ID it got when this page was
        // first imported, or the ID of the story the bank already holds with the same telling, or gets the
        // lowest free ID of its company.
        if (!StoryReference.IsPlaceholder(t.Ref) || !t.DefinesStory) return null;
        if (_anchored.TryGetValue(t.Anchor, out var known)) return known;
        string? company = t.Company ?? SplitCompany(t).Company;
        if (SameTelling(existing, t, company) is { } same)
        {
            _claimed.Add(same.Id);
            return same.Id;
        }
        // "(New) Helped an engineer at Acme Air find work that fit": a company named inside the title still gives the prefix.
        company ??= NamedCompany(t.Title);
        string prefix = company is not null && _prefixOfCompany.TryGetValue(company, out var p) ? p : Initials(company);
        if (company is not null) _prefixOfCompany.TryAdd(company, prefix);
        var next = LowestFree(prefix);
        _taken.Add(next);
        return next;
    }

    private StoryId LowestFree(string prefix)
    {
        for (int n = 1; ; n++)
        {
            var candidate = StoryId.Create(prefix, n);
            if (!_taken.Contains(candidate)) return candidate;
        }
    }

    // The bank's story that a (New) entry tells again: same title (or, untitled, same sections) at the same company.
    private Story? SameTelling(StoryBank existing, ImportedTelling t, string? company)
    {
        var (title, _, _) = SplitCompany(t);
        foreach (var s in existing.Stories)
        {
            if (_claimed.Contains(s.Id)) continue;
            if (company is not null && s.Company is not null && !string.Equals(s.Company, company, StringComparison.OrdinalIgnoreCase)) continue;
            if (title.Length > 0 ? string.Equals(Norm(s.Title), Norm(title), StringComparison.OrdinalIgnoreCase)
                                 : (s.Title.Length == 0 || s.Title == UntitledTitle(t)) && SameSections(s.Sections, t.Parts))
                return s;
        }
        return null;

        static string Norm(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool SameSections(ImmutableArray<Part> a, ImmutableArray<Part> b) =>
        a.Length > 0 && a.Length == b.Length && a.Zip(b).All(x => x.First.Label == x.Second.Label && x.First.Content.Equals(x.Second.Content));

    // A company the pages name (an "At:" line, a project page) that a title mentions as whole words, the longest first.
    private string? NamedCompany(string title) =>
        _companies.Where(c => c.Length > 0).OrderByDescending(c => c.Length)
            .FirstOrDefault(c => Regex.IsMatch(title, @"(?<![\p{L}\p{N}])" + Regex.Escape(c) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase));

    private static string Untitled(ImportedTelling t, StoryId id, List<Diagnostic> diagnostics)
    {
        string title = UntitledTitle(t);
        diagnostics.Add(new Diagnostic(InputCodes.ImportNote, Severity.Info, t.File, t.Line, 1,
            $"{t.Ref} story {id} has no title on the page; stories/{id}.md calls it \"{title}\" (the page still shows {t.Ref})",
            $"give it a title of your own in stories/{id}.md"));
        return title;
    }

    // A (New) story the page gives no title ("**Summary:** (New)") still needs one to be found by: the first sentence
    // of its first part, else the question or principle it answers. Only the story file holds it; the page keeps "(New)".
    private static string UntitledTitle(ImportedTelling t)
    {
        string first = t.Parts.Select(p => p.Content.Inline ?? p.Content.Items.FirstOrDefault()?.Text).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)) ?? "";
        first = first.Split('\n')[0].Trim();
        int stop = first.IndexOfAny(['.', '!', '?']);
        if (stop > 0) first = first[..stop];
        if (first.Length > 80)
        {
            int cut = first.LastIndexOf(' ', 80);
            first = first[..(cut > 0 ? cut : 80)].TrimEnd(',', ';', ':');
        }
        if (first.Length > 0) return first;
        if (t.Anchor.StartsWith("answer:", StringComparison.Ordinal)) return t.Anchor["answer:".Length..].Trim();
        if (t.Anchor.StartsWith("principle:", StringComparison.Ordinal) && t.Anchor.LastIndexOf(':') is var last && last > "principle:".Length)
            return t.Anchor["principle:".Length..last].Trim();
        return "";
    }

    private static string Initials(string? company)
    {
        if (string.IsNullOrWhiteSpace(company)) return "ST";
        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        string initials = words.Count >= 2
            ? string.Concat(words.Take(3).Select(w => char.ToUpperInvariant(w[0])))
            : new string([.. company.Where(char.IsAsciiLetter).Take(2).Select(char.ToUpperInvariant)]);
        return initials.Length > 0 && initials.All(char.IsAsciiLetterUpper) ? initials : "ST";
    }

    /// <summary>"Developed X at acme" → ("Developed X", "acme Corporation", "acme").</summary>
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

    // Which telling gives each story its sections. A story new to the bank: its first telling. A story the bank
    // holds: the bank's, unless a page it came from is imported again; then that page's telling updates it.
    private void DefineStories(List<ImportedTelling> tellings, StoryBank existing, List<Diagnostic> diagnostics)
    {
        var home = HomePages(existing);
        foreach (var t in tellings)
        {
            if (_ids[t] is not { } id || !t.DefinesStory) continue;
            var (title, company, _) = SplitCompany(t);
            if (existing.Find(id) is { } held)
            {
                if (held.Id != id) continue; // the page cites an old ID the story keeps as an alias
                if (_stories.ContainsKey(id)) continue;
                bool fromThisPage = home.TryGetValue(id, out var files) && files.Contains(Path.GetFileName(t.File));
                _stories[id] = fromThisPage ? Update(held, title, company, t.Parts) : held;
                continue;
            }
            if (!_stories.TryGetValue(id, out var story))
            {
                _stories[id] = new Story
                {
                    Id = id, Title = title.Length == 0 && StoryReference.IsPlaceholder(t.Ref) ? Untitled(t, id, diagnostics) : title, Company = company,
                    Sections = [.. t.Parts.Where(p => p.Label.Length > 0)],
                    File = StoryFile.PathOf(id),
                };
                continue;
            }
            if (string.IsNullOrEmpty(story.Title) && title.Length > 0) story = story with { Title = title };
            if (string.IsNullOrEmpty(story.Company) && company is not null) story = story with { Company = company };
            _stories[id] = story;
        }
        foreach (var s in existing.Stories) _stories.TryAdd(s.Id, s);
    }

    // The page's telling of a story the bank holds: the page's sections, the bank's own (tags, private, a title
    // the page leaves out, sections the page does not tell unless pruning).
    private Story Update(Story held, string title, string? company, ImmutableArray<Part> parts)
    {
        var sections = parts.Where(p => p.Label.Length > 0).ToList();
        if (!_options.Prune)
            for (int i = 0; i < held.Sections.Length; i++)
            {
                var own = held.Sections[i];
                if (sections.Any(s => string.Equals(s.Label, own.Label, StringComparison.OrdinalIgnoreCase))) continue;
                int after = i == 0 ? -1 : sections.FindIndex(s => string.Equals(s.Label, held.Sections[i - 1].Label, StringComparison.OrdinalIgnoreCase));
                sections.Insert(after + 1, own);
            }
        return held with
        {
            Title = title.Length > 0 ? title : held.Title,
            Company = company ?? held.Company,
            Sections = [.. sections],
        };
    }

    // The pages (by file) each story is told on exactly as its file tells it: the pages it may have come from.
    // An entry with its own title or own words, or an answer that only mentions the story, is not one.
    private static Dictionary<StoryId, HashSet<string>> HomePages(StoryBank existing)
    {
        var home = new Dictionary<StoryId, HashSet<string>>();
        void Add(StoryId id, string file) => (home.TryGetValue(id, out var s) ? s : home[id] = new HashSet<string>(StringComparer.Ordinal)).Add(file);
        foreach (var page in existing.Settings.Pages)
        {
            foreach (var id in page.Stories) Add(id, page.File);
            if (page.Kind == PageKind.LeadershipPrinciples && existing.FindFramework(page.Framework ?? "amazon") is { } f)
                foreach (var t in f.Principles.SelectMany(p => p.Stories))
                    if (t.Story is { } id && t.Own.IsDefaultOrEmpty && t.Title is null) Add(id, page.File);
        }
        foreach (var (key, file) in AnswerPages(existing))
            if (existing.FindAnswer(key) is { Story: { } id } a && TellsWholeStory(a)) Add(id, file);
        return home;
    }

    // An answer whose summary is the story's title and whose story parts all show the story's sections.
    private static bool TellsWholeStory(Answer answer)
    {
        int start = answer.Points.IndexOf(answer.Points.FirstOrDefault(p => p.Label is "Summary" or "Project")!);
        if (start < 0 || answer.Points[start].Content.Inline is not { } summary) return false;
        const string Title = "{{ story.title }}";
        int at = summary.IndexOf(Title, StringComparison.Ordinal);
        if (at < 0) return false;
        string rest = summary[(at + Title.Length)..];
        if (!(rest.Length == 0 || rest.StartsWith(" at ", StringComparison.Ordinal))) return false;
        var parts = answer.Points[(start + 1)..];
        return parts.Length > 0 && parts.All(p => p.Content.Inline?.Trim() == Tellings.WholeSection && p.Content.Items.IsDefaultOrEmpty);
    }

    // Which questions page each answer of the bank is on.
    private static Dictionary<string, string> AnswerPages(StoryBank existing)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var questionPages = existing.Settings.Pages.Where(p => p.Kind == PageKind.BehavioralQuestions).ToList();
        foreach (var page in questionPages.Where(p => !p.Answers.IsDefault))
            foreach (var entry in page.Answers) map.TryAdd(entry.Id, page.File);
        if (questionPages.FirstOrDefault(p => p.Answers.IsDefault) is { } all)
            foreach (var a in existing.Answers) map.TryAdd(a.Key, all.File);
        return map;
    }

    // A (New) story the bank numbered that a page now cites by that very ID for another story moves to a free ID,
    // so the page's story takes its own ID and the bank's keeps its words.
    private StoryBank MoveCollidingPlaceholders(StoryBank existing, List<ImportedTelling> tellings, List<Diagnostic> diagnostics)
    {
        var explicitIds = tellings.Where(t => t.DefinesStory && StoryId.TryParse(t.Ref, out _))
            .GroupBy(t => StoryId.Parse(t.Ref)).ToDictionary(g => g.Key, g => g.First());
        var placeholders = existing.Frameworks.SelectMany(f => f.Principles.SelectMany(p => p.Stories))
            .Where(t => t.Story is not null && t.Ref is { } r && StoryReference.IsPlaceholder(r)).Select(t => t.Story!.Value)
            .Concat(existing.Answers.Where(PlaceholderAnswer).Select(a => a.Story!.Value)).ToHashSet();
        var reserved = new HashSet<StoryId>(existing.Stories.Select(s => s.Id).Concat(explicitIds.Keys)
            .Concat(tellings.Select(t => StoryId.TryParse(t.Ref, out var id) ? id : (StoryId?)null).OfType<StoryId>()));
        foreach (var id in placeholders.Where(explicitIds.ContainsKey).Order())
        {
            if (existing.Find(id) is not { } held) continue;
            var cited = explicitIds[id];
            if (!string.IsNullOrEmpty(held.Title) && string.Equals(held.Title, SplitCompany(cited).Title, StringComparison.OrdinalIgnoreCase)) continue;
            StoryId moved = id;
            for (int n = 1; ; n++)
            {
                moved = StoryId.Create(id.Prefix, n);
                if (!reserved.Contains(moved)) break;
            }
            reserved.Add(moved);
            existing = Renumber(existing, id, moved);
            diagnostics.Add(new Diagnostic(InputCodes.ImportNote, Severity.Info, cited.File, cited.Line, 1,
                $"the (New) story the bank numbered {id} is now {moved}: {Path.GetFileName(cited.File)} gives {id} to another story",
                "nothing to do; the pages show (New) for it as before"));
        }
        return existing;
    }

    private static bool PlaceholderAnswer(Answer a) =>
        a.Story is not null && a.Points.Any(p => p.Label is "Summary" or "Project" && p.Content.Inline is { } t && t.StartsWith('(') && StoryReference.TrySplit(t, out var r, out _) && StoryReference.IsPlaceholder(r));

    private static StoryBank Renumber(StoryBank bank, StoryId from, StoryId to) => bank.With(
        stories: bank.Stories.Select(s => s.Id == from ? s with { Id = to, File = StoryFile.PathOf(to) } : s),
        answers: bank.Answers.Select(a => a.Story == from && PlaceholderAnswer(a) ? a with { Story = to } : a),
        frameworks: bank.Frameworks.Select(f => f with
        {
            Principles = [.. f.Principles.Select(p => p with
            {
                Stories = [.. p.Stories.Select(t => t.Story == from && t.Ref is { } r && StoryReference.IsPlaceholder(r) ? t with { Story = to } : t)],
            })],
        }));

    // The framework a principles page shows: the one it showed before, else "amazon" unless another page has it.
    private static string FrameworkId(PageSettings? previous, List<PageSettings> pages, string file, HashSet<string> claimed)
    {
        if (previous?.Framework is { } known) return known;
        var taken = pages.Where(p => p.File != file && p.Kind == PageKind.LeadershipPrinciples).Select(p => p.Framework ?? "amazon").ToHashSet();
        taken.UnionWith(claimed);
        string id = "amazon";
        for (int n = 2; taken.Contains(id); n++) id = $"amazon-{n}";
        return id;
    }

    private Framework BuildFramework(ImportedPrinciplesPage page, string id, Framework? previous)
    {
        var builtIn = AmazonFramework.Create();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var principles = page.Principles.Select(p =>
        {
            string pid = builtIn.Principles.FirstOrDefault(b => Same(b.Name, p.Name))?.Id ?? Slugs.Of(p.Name);
            string unique = pid;
            for (int n = 2; !seen.Add(unique); n++) unique = $"{pid}-{n}";
            return new Principle
            {
                Id = unique,
                Number = p.Number,
                Name = p.Name,
                Description = p.Description,
                Stories = [.. p.Tellings.Select(ToTelling)],
                Notes = p.Notes,
            };
        });
        return new Framework
        {
            Id = id,
            Name = previous?.Name ?? builtIn.Name,
            Principles = [.. principles],
            File = FrameworkFile.PathOf(id),
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
        var story = id is { } sid ? StoryOf(sid) : null;
        var names = t.Parts.Select(p => p.Label).ToImmutableArray();
        bool sameParts = story is not null && names.SequenceEqual(story.Sections.Select(s => s.Label));
        var own = t.Parts.Where(p => story?.Section(p.Label) is not { } s || !s.Content.Equals(p.Content)).ToImmutableArray();
        return new StoryTelling
        {
            Story = id,
            Ref = id is { } i && i.Value == t.Ref ? null : t.Ref,
            Title = story is not null && story.Title == t.Title ? null : t.Title,
            // A bare reference shows no company even when its story has one.
            Company = story is not null && story.Company == t.Company ? null : t.Company ?? (story?.Company is not null ? "" : null),
            Parts = sameParts || story is null ? null : names,
            Own = own,
            Note = t.Note,
            Label = t.Label,
            BareLabels = t.BareLabels,
        };
    }

    // Puts a questions page's answers in the bank and returns the page's list. An answer key another page already
    // has for another answer gets a number ("Conflict (2)"); the page still shows the key as it wrote it.
    private ImmutableArray<PageEntryRef> PlaceAnswers(ImportedQuestionsPage page, PageSettings? previous, Dictionary<string, Answer> answers,
        Dictionary<string, string> answerPage, List<Diagnostic> diagnostics)
    {
        var entries = new List<PageEntryRef>();
        int order = 0;
        foreach (var imported in page.Answers)
        {
            var built = BuildAnswer(imported, ++order);
            string key = imported.Key;
            if (answerPage.TryGetValue(key, out var other) && other != page.Settings.File && answers.TryGetValue(key, out var theirs))
            {
                if (SameAnswer(theirs, built))
                {
                    entries.Add(new PageEntryRef(theirs.Key, imported.Shown));
                    continue;
                }
                for (int n = 2; answers.ContainsKey(key) && answerPage.GetValueOrDefault(key) != page.Settings.File; n++) key = $"{imported.Key} ({n})";
                diagnostics.Add(new Diagnostic(InputCodes.ImportNote, Severity.Info, page.File, imported.Line, 1,
                    $"'{imported.Key}' is also a key of {other} with another answer; this page's answer is kept as '{key}'",
                    "the page still shows it as written; rename one of them if they are different questions"));
            }
            if (answers.TryGetValue(key, out var held) && held.File.Length > 0) built = built with { File = held.File };
            answers[key] = built with { Key = key };
            answerPage[key] = page.Settings.File;
            entries.Add(new PageEntryRef(key, imported.Shown ?? (key == imported.Key ? null : imported.Key)));
        }
        // Without --prune, an answer the page listed before and no longer shows stays on it.
        if (!_options.Prune && previous is not null)
        {
            var before = previous.Answers.IsDefault
                ? [.. answers.Values.Where(a => answerPage.GetValueOrDefault(a.Key) == previous.File).OrderBy(a => a.Order).Select(a => new PageEntryRef(a.Key))]
                : previous.Answers;
            for (int i = 0; i < before.Length; i++)
            {
                if (entries.Any(e => string.Equals(e.Id, before[i].Id, StringComparison.OrdinalIgnoreCase)) || !answers.ContainsKey(before[i].Id)) continue;
                int after = i == 0 ? -1 : entries.FindIndex(e => string.Equals(e.Id, before[i - 1].Id, StringComparison.OrdinalIgnoreCase));
                entries.Insert(after + 1, before[i]);
            }
        }
        return [.. entries];
    }

    private static bool SameAnswer(Answer a, Answer b) =>
        a.Story == b.Story && a.Points.Length == b.Points.Length && a.Points.Zip(b.Points).All(x => x.First.Label == x.Second.Label && x.First.Bare == x.Second.Bare && x.First.Content.Equals(x.Second.Content));

    private Answer BuildAnswer(ImportedAnswer a, int order)
    {
        var answer = new Answer { Key = a.Key, Order = order, Points = a.Points };
        if (a.Telling is not { } t) return answer;
        var id = _ids[t];
        var story = id is { } sid ? StoryOf(sid) : null;
        // A reference to a story no page tells keeps its ID, so that check reports it (TM001).
        if (story is null) return id is { } dangling ? answer with { Story = dangling } : answer with { StoryRef = t.Ref.Length > 0 ? t.Ref : null };
        var points = a.Points.ToBuilder();
        points[a.StoryStart] = points[a.StoryStart] with { Content = new Content(SummaryTemplate(t, story), points[a.StoryStart].Content.Items) };
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
        string reference = t.RefInLabel ? "" : story.Id.Value == t.Ref ? "{{ story.id }}" : t.Ref;
        string head;
        if (title.Length == 0) head = "";
        else if (title == story.Title) head = "{{ story.title }}";
        else if (story.Title.Length > 0 && title.StartsWith(story.Title + " ", StringComparison.Ordinal))
            head = "{{ story.title }}" + title[story.Title.Length..];
        else head = title;
        string text = Tellings.Head(reference, head, t.Note);
        if (shown is not null)
            text += " at " + (shown == story.Company && company == story.Company ? "{{ story.company }}" : shown);
        return text;
    }
}
