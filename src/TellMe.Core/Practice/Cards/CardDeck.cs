using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Check.Rules;
using TellMe.Competencies;
using TellMe.Text;
using TellMe.Match.Questions;

namespace TellMe.Practice.Cards;

/// <summary>
/// Derives the practice cards from a bank: one card per answer key, per principle that cites at least one
/// story, and per story. Deterministic and pure: the same bank always gives the same cards in the same order
/// (answers in page order, then principles in framework order, then stories in ID order).
/// </summary>
public static class CardDeck
{
    private const int OutlineLength = 140;

    private static readonly Lazy<AnswerKeyReader> EmbeddedReader = new(() => AnswerKeyReader.Build(QuestionBank.Embedded.Competencies));

    /// <summary>All the cards of a bank.</summary>
    /// <param name="bank">The bank.</param>
    /// <param name="vocabulary">The taxonomy an answer key is read against (<see cref="AnswerKeyReader"/>); the
    /// embedded <c>data/competencies.yaml</c> when null. An answer card trains the competency its key names among
    /// those that are not principles of the bank ("Tight Schedule" is the general "Tight deadline"; a key that is a
    /// name, "Why State U", by what its points say), and the principles that cite its story.</param>
    public static ImmutableArray<Card> FromBank(StoryBank bank, AnswerKeyReader? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(bank);
        vocabulary ??= EmbeddedReader.Value;
        var cards = ImmutableArray.CreateBuilder<Card>();
        var seen = new HashSet<CardId>();
        var principlesOfStory = PrinciplesOfStories(bank);
        var topicsOfStory = new Dictionary<StoryId, List<Competency>>();
        var principleIds = bank.Frameworks.SelectMany(f => f.Principles.Select(p => new CompetencyId(f.Id, p.Id))).ToHashSet();
        var companies = AnswerKeyReader.CompanyWords(bank.Stories.Select(s => s.Company));

        foreach (var answer in bank.Answers)
        {
            var id = CardId.ForAnswer(answer.Key);
            if (!seen.Add(id)) continue; // two keys with one slug: the first one (in page order) has the card
            var story = answer.Story is { } sid ? bank.Find(sid) : null;
            var competencies = new List<Competency>();
            // The answer's own words decide when its key is a name the vocabulary does not know ("Why State U").
            string text = string.Join(" . ", Tellings.ResolvePoints(answer, bank).Select(p => $"{p.Label} . {Plain(p.Content)}"));
            if (vocabulary.Guess(answer.Key, text, c => !principleIds.Contains(c.Id), companies) is { } topic)
            {
                competencies.Add(topic);
                if (story is not null) Add(topicsOfStory, story.Id, topic);
            }
            if (story is not null && principlesOfStory.TryGetValue(story.Id, out var principles)) competencies.AddRange(principles);
            cards.Add(new Card
            {
                Id = id,
                Title = answer.Key,
                Competencies = Distinct(competencies),
                Tellings = [AnswerTelling(answer, story, bank)],
            });
        }

        foreach (var framework in bank.Frameworks)
            foreach (var principle in framework.Principles)
            {
                var tellings = principle.Stories.Select(t => Telling(Tellings.Resolve(t, bank))).Where(t => t.KeyPoints.Length > 0 || t.Title.Length > 0).ToImmutableArray();
                if (tellings.IsEmpty) continue;
                var id = CardId.ForPrinciple(framework.Id, principle.Id);
                if (!seen.Add(id)) continue;
                cards.Add(new Card
                {
                    Id = id,
                    Title = principle.Name,
                    Competencies = [new Competency(new CompetencyId(framework.Id, principle.Id), principle.Name)],
                    Tellings = tellings,
                });
            }

        foreach (var story in bank.Stories)
        {
            var competencies = new List<Competency>();
            if (principlesOfStory.TryGetValue(story.Id, out var principles)) competencies.AddRange(principles);
            if (topicsOfStory.TryGetValue(story.Id, out var topics)) competencies.AddRange(topics);
            cards.Add(new Card
            {
                Id = CardId.ForStory(story.Id),
                Title = story.Id.Value,
                Competencies = Distinct(competencies),
                Tellings = [StoryTelling(story)],
            });
        }
        return cards.ToImmutable();
    }

    /// <summary>A story as told in its own file.</summary>
    public static CardTelling StoryTelling(Story story) => Telling(
        new ResolvedTelling(story.Id.Value, story.Title, story.Company, story.Sections, story));

    private static CardTelling AnswerTelling(Answer answer, Story? story, StoryBank bank)
    {
        var points = Tellings.ResolvePoints(answer, bank);
        string reference = answer.Story?.Value ?? answer.StoryRef ?? "";
        var telling = Telling(new ResolvedTelling(reference, story?.Title ?? answer.Key, story?.Company, points, story));
        // An answer that tells its story without STAR labels of its own still has the story's outline.
        if (story is not null && telling.Star.Parts().All(p => p.Text is null))
            telling = telling with { Star = Outline(story.Sections), ResultText = ResultOf(story.Sections) };
        return telling;
    }

    private static CardTelling Telling(ResolvedTelling resolved) => new()
    {
        StoryRef = resolved.Ref,
        Title = resolved.Title,
        Company = resolved.Company,
        KeyPoints = [.. resolved.Parts.Where(p => !p.Content.IsEmpty).Select(p => new KeyPoint(p.Label, Plain(p.Content)))],
        Star = Outline(resolved.Parts),
        ResultText = ResultOf(resolved.Parts),
    };

    private static StarOutline Outline(IEnumerable<Part> parts)
    {
        var list = parts.Where(p => !p.Content.IsEmpty).ToList();
        string? First(string[] names) => list.FirstOrDefault(p => StarSections.Is(p.Label, names)) is { } part ? Shorten(Plain(part.Content)) : null;
        return new StarOutline
        {
            Situation = First(StarSections.Situation),
            Task = First(StarSections.Task),
            Action = First(StarSections.Action),
            Result = First(StarSections.Result),
        };
    }

    private static string? ResultOf(IEnumerable<Part> parts) =>
        parts.FirstOrDefault(p => StarSections.Is(p.Label, StarSections.Result) && !p.Content.IsEmpty) is { } part ? Plain(part.Content) : null;

    /// <summary>Plain text of a part: Markdown and HTML removed (the words kept), inline text and bullets joined with "; ".</summary>
    public static string Plain(Content content) =>
        string.Join("; ", content.Texts().Select(t => StripMarkup(HtmlText.Strip(t.Text)).Trim()).Where(t => t.Length > 0));

    // Emphasis and code marks say nothing when spoken; links and words stay as written.
    private static string StripMarkup(string markdown) =>
        markdown.AsSpan().IndexOfAny("*`\\") < 0 ? markdown : string.Concat(markdown.Where(c => c is not ('*' or '`' or '\\')));

    private static string Shorten(string text)
    {
        int semicolon = text.IndexOf("; ", StringComparison.Ordinal);
        if (semicolon > 0) text = text[..semicolon];
        if (text.Length <= OutlineLength) return text;
        int cut = text.LastIndexOf(' ', OutlineLength - 1);
        return text[..(cut > OutlineLength / 2 ? cut : OutlineLength - 1)] + "…";
    }

    private static Dictionary<StoryId, List<Competency>> PrinciplesOfStories(StoryBank bank)
    {
        var map = new Dictionary<StoryId, List<Competency>>();
        foreach (var framework in bank.Frameworks)
            foreach (var principle in framework.Principles)
                foreach (var telling in principle.Stories)
                    if (telling.Story is { } id && bank.Find(id) is { } story)
                        Add(map, story.Id, new Competency(new CompetencyId(framework.Id, principle.Id), principle.Name));
        return map;
    }

    private static void Add(Dictionary<StoryId, List<Competency>> map, StoryId id, Competency competency)
    {
        if (!map.TryGetValue(id, out var list)) map[id] = list = [];
        list.Add(competency);
    }

    private static ImmutableArray<Competency> Distinct(IEnumerable<Competency> competencies) =>
        [.. competencies.DistinctBy(c => c.Id)];
}
