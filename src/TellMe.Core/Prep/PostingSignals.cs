using System.Collections.Immutable;
using TellMe.Competencies;
using TellMe.Language;
using TellMe.Match.Questions;
using TellMe.Resources;

namespace TellMe.Prep;

/// <summary>What a heading of a posting announces, and how much the sentences under it say about the interviews.</summary>
/// <param name="Kind">role, requirements, preferred, company or boilerplate.</param>
/// <param name="Weight">1 for what the job is and needs, 0.5 for nice-to-haves and the company's self-description, 0 for benefits and legal text.</param>
/// <param name="Headings">Heading phrases that announce it.</param>
public sealed record SectionKind(string Kind, double Weight, ImmutableArray<string> Headings);

/// <summary>
/// How job postings ask for the competencies of the question bank (<c>data/posting-signals.yaml</c>): phrases
/// per competency, the kinds of section a posting has, and sentences that are boilerplate wherever they stand.
/// Team-written data, embedded in TellMe.Core.
/// </summary>
public sealed class PostingSignals
{
    private static readonly Lazy<PostingSignals> LazyEmbedded = new(() => Parse(EmbeddedData.Read("posting-signals.yaml"), QuestionBank.Embedded));

    private PostingSignals(ImmutableArray<SectionKind> sections, ImmutableArray<string> boilerplate, ImmutableArray<(CompetencyId Competency, ImmutableArray<string> Phrases)> signals)
    {
        Sections = sections;
        Boilerplate = boilerplate;
        Signals = signals;
        Phrases = new PhraseIndex<CompetencyId>(signals.SelectMany(s => s.Phrases.Select(p => (s.Competency, p))));
        BoilerplatePhrases = new PhraseIndex<string>(boilerplate.Select(b => ("boilerplate", b)));
    }

    /// <summary>The signals shipped with TellMe.</summary>
    public static PostingSignals Embedded => LazyEmbedded.Value;

    /// <summary>Section kinds in file order.</summary>
    public ImmutableArray<SectionKind> Sections { get; }

    /// <summary>Phrases that make a sentence boilerplate.</summary>
    public ImmutableArray<string> Boilerplate { get; }

    /// <summary>A competency (<c>general/mentoring</c>) and the posting phrases that ask for it.</summary>
    public ImmutableArray<(CompetencyId Competency, ImmutableArray<string> Phrases)> Signals { get; }

    /// <summary>The signal phrases, keyed by competency.</summary>
    public PhraseIndex<CompetencyId> Phrases { get; }

    /// <summary>The boilerplate phrases.</summary>
    public PhraseIndex<string> BoilerplatePhrases { get; }

    /// <summary>
    /// The kind of section a heading opens: the first kind, in file order, with a heading phrase the heading
    /// contains (folded: case and spacing ignored); null for a heading no kind names (a job title).
    /// </summary>
    public SectionKind? KindOf(string heading)
    {
        string folded = " " + Fold(heading) + " ";
        foreach (var kind in Sections)
            foreach (var phrase in kind.Headings)
                if (folded.Contains(" " + Fold(phrase) + " ", StringComparison.Ordinal)) return kind;
        return null;
    }

    // Letters, digits and apostrophes, runs of anything else as one space: "What you'll do:" → "what you'll do".
    private static string Fold(string text) =>
        string.Join(' ', new string([.. NameFold.Of(text).Replace('’', '\'').Select(c => char.IsLetterOrDigit(c) || c == '\'' ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Parses the file, checking every label against <paramref name="taxonomy"/>.</summary>
    /// <exception cref="InvalidDataException">Wrong shape or unknown competency.</exception>
    public static PostingSignals Parse(string yaml, QuestionBank taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var data = new DataYaml("posting-signals.yaml");
        var root = data.Root(yaml);
        var sections = data.Mappings(root, "sections")
            .Select(m => new SectionKind(data.Text(m, "kind"), data.Number(m, "weight") ?? 1, data.Texts(m, "headings")))
            .ToImmutableArray();
        var signals = ImmutableArray.CreateBuilder<(CompetencyId, ImmutableArray<string>)>();
        foreach (var map in data.Mappings(root, "signals"))
        {
            string label = data.Text(map, "competency");
            if (!CompetencyId.TryParse(label, out var id) || taxonomy.Find(id) is null) throw data.Fail(map, $"unknown competency '{label}'");
            signals.Add((id, data.Texts(map, "phrases")));
        }
        return new PostingSignals(sections, data.Texts(root, "boilerplate"), signals.ToImmutable());
    }
}
