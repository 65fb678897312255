using TellMe.Diagnostics;
using TellMe.Language;

namespace TellMe.Check.Rules;

/// <summary>
/// TM015: a likely misspelling of a technical term (<c>WebSocet</c> for <c>WebSocket</c>): a word one edit
/// away (two for long terms) from a known term (<c>data/technical-terms.txt</c>). Only terms of six letters or
/// more are checked, since shorter ones sit one edit away from ordinary English words; and a word that is itself
/// an English word ("sharing" near "Sharding", "tracking" near "tracing") is never a misspelling, by Debian's
/// wamerican dictionary (<c>data/english-words.txt</c>).
/// </summary>
public sealed class TechnicalTermSpellingRule : ICheckRule
{
    private static readonly Dictionary<string, string> Known =
        WordLists.TechnicalTerms.GroupBy(t => t.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());

    private static readonly (string Lower, string Term)[] Candidates =
        [.. Known.Where(k => k.Key.Length >= 6 && k.Key.All(char.IsLetter)).Select(k => (k.Key, k.Value))];

    /// <inheritdoc />
    public string Code => "TM015";
    /// <inheritdoc />
    public string Title => "likely misspelling of a technical term";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var seen = new HashSet<(string, int, string)>();
        // A bank repeats its vocabulary: each distinct word is judged once, looked up without allocating.
        var verdicts = new Dictionary<string, string?>(StringComparer.Ordinal);
        var lookup = verdicts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in context.Texts)
            foreach (var span in new WordSpans(text.Text))
            {
                if (span.Length < 6) continue;
                if (!lookup.TryGetValue(span, out var term))
                {
                    string word = span.ToString();
                    term = word.All(char.IsLetter) ? Suggest(word) : null;
                    verdicts[word] = term;
                }
                if (term is not null && seen.Add((text.File, text.Line, span.ToString())))
                    context.Report(this, text.File, text.Line, $"'{span}' in {text.Where} looks like a misspelling of '{term}'",
                        $"write '{term}'", span.ToString());
            }
    }

    /// <summary>The term a word misspells, or null.</summary>
    public static string? Suggest(string word)
    {
        if (word.Length < 6) return null;
        string lower = word.ToLowerInvariant();
        if (Known.ContainsKey(lower) || WordLists.EnglishNearTerms.Contains(lower)) return null;
        foreach (var (candidate, term) in Candidates)
        {
            if (candidate[0] != lower[0] || Math.Abs(candidate.Length - lower.Length) > 2) continue;
            int allowed = candidate.Length >= 9 ? 2 : 1;
            int distance = EditDistance.Of(lower, candidate, allowed);
            if (distance > 0 && distance <= allowed && !IsInflection(lower, candidate)) return term;
        }
        return null;
    }

    // "microservices" for "microservice", "latencies" for "latency" are words, not slips.
    private static bool IsInflection(string word, string term) =>
        word.StartsWith(term, StringComparison.Ordinal) && word.Length - term.Length <= 2 ||
        term.StartsWith(word, StringComparison.Ordinal) && term.Length - word.Length <= 2 && (term.EndsWith('s') || term.EndsWith("es", StringComparison.Ordinal)) ||
        term.EndsWith('y') && word == term[..^1] + "ies";
}
