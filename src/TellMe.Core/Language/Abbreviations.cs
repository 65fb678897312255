using System.Collections.Frozen;

namespace TellMe.Language;

/// <summary>
/// Two-word phrases and the abbreviation engineers use for them ("site reliability" is "SRE"). Synonym
/// groups map one word to another; these need a pair of adjacent words, so the analyzer emits the
/// abbreviation as an extra term after the pair, on both sides: a question saying "site reliability"
/// meets an answer keyed "Why SRE", and a question saying "SRE" meets a story that spells it out.
/// </summary>
public sealed class Abbreviations
{
    // First word's stem → second word's stem → abbreviation.
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byFirst;

    private Abbreviations(FrozenDictionary<string, FrozenDictionary<string, string>> byFirst) => _byFirst = byFirst;

    /// <summary>The phrases of interview talk about software work, surface words (stemmed when built).</summary>
    public static IReadOnlyList<(string First, string Second, string Abbreviation)> InterviewPhrases { get; } =
    [
        ("site", "reliability", "sre"),
        ("reliability", "engineer", "sre"),
        ("reliability", "engineering", "sre"),
        ("software", "engineer", "swe"),
        ("software", "engineering", "swe"),
        // Not abbreviations but the same move: a pair engineers also say as one word.
        ("server", "side", "backend"),
        ("back", "end", "backend"),
        ("client", "side", "frontend"),
        ("front", "end", "frontend"),
        ("technology", "officer", "cto"),
        ("technical", "officer", "cto"),
        ("open", "source", "oss"),
        ("machine", "learning", "ml"),
        ("artificial", "intelligence", "ai"),
        ("continuous", "integration", "ci"),
        ("continuous", "delivery", "cd"),
        ("pull", "request", "pr"),
        ("quality", "assurance", "qa"),
        ("user", "experience", "ux"),
        ("user", "interface", "ui"),
        ("product", "manager", "pm"),
        ("engineering", "manager", "em"),
        ("individual", "contributor", "ic"),
        ("root", "cause", "rca"),
    ];

    /// <summary>Builds the table with the analyzer's stemmer so that the pairs line up with analysed terms.</summary>
    public static Abbreviations Build(IEnumerable<(string First, string Second, string Abbreviation)> phrases, Func<string, string> stemmer)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(stemmer);
        var table = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (first, second, abbreviation) in phrases)
        {
            string a = stemmer(first.ToLowerInvariant()), b = stemmer(second.ToLowerInvariant());
            if (!table.TryGetValue(a, out var seconds)) table[a] = seconds = new(StringComparer.Ordinal);
            seconds[b] = abbreviation.ToLowerInvariant();
        }
        return new Abbreviations(table.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    /// <summary>The interview phrases, stemmed by <paramref name="stemmer"/>.</summary>
    public static Abbreviations Interview(Func<string, string> stemmer) => Build(InterviewPhrases, stemmer);

    /// <summary>True when a phrase starts with this term (the analyzer's cheap test before a lookup).</summary>
    public bool Starts(string term) => _byFirst.ContainsKey(term);

    /// <summary>The abbreviation of the pair of terms, or null.</summary>
    public string? Of(string first, string second) =>
        _byFirst.TryGetValue(first, out var seconds) && seconds.TryGetValue(second, out var abbreviation) ? abbreviation : null;
}
