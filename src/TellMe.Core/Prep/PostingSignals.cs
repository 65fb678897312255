using System.Collections.Immutable;
using TellMe.Match.Questions;
using TellMe.Text;

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

    private PostingSignals(ImmutableArray<SectionKind> sections, ImmutableArray<string> boilerplate, ImmutableArray<(string Label, ImmutableArray<string> Phrases)> signals)
    {
        Sections = sections;
        Boilerplate = boilerplate;
        Signals = signals;
        Phrases = new PhraseIndex(signals.SelectMany(s => s.Phrases.Select(p => (s.Label, p))));
        BoilerplatePhrases = new PhraseIndex(boilerplate.Select(b => ("boilerplate", b)));
    }

    /// <summary>The signals shipped with TellMe.</summary>
    public static PostingSignals Embedded => LazyEmbedded.Value;

    /// <summary>Section kinds in file order.</summary>
    public ImmutableArray<SectionKind> Sections { get; }

    /// <summary>Phrases that make a sentence boilerplate.</summary>
    public ImmutableArray<string> Boilerplate { get; }

    /// <summary>Competency label (<c>general/mentoring</c>) and the posting phrases that ask for it.</summary>
    public ImmutableArray<(string Label, ImmutableArray<string> Phrases)> Signals { get; }

    /// <summary>The signal phrases, keyed by competency label.</summary>
    public PhraseIndex Phrases { get; }

    /// <summary>The boilerplate phrases.</summary>
    public PhraseIndex BoilerplatePhrases { get; }

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
        var signals = ImmutableArray.CreateBuilder<(string, ImmutableArray<string>)>();
        foreach (var map in data.Mappings(root, "signals"))
        {
            string label = data.Text(map, "competency");
            if (taxonomy.Find(label) is null) throw data.Fail(map, $"unknown competency '{label}'");
            signals.Add((label, data.Texts(map, "phrases")));
        }
        return new PostingSignals(sections, data.Texts(root, "boilerplate"), signals.ToImmutable());
    }
}
