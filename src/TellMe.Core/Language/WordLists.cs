using System.Collections.Frozen;

namespace TellMe.Language;

/// <summary>
/// The plain word lists shipped in <c>data/</c> and embedded in the assembly: one entry per line, <c>#</c> starts a
/// comment. Read once, on first use.
/// </summary>
public static class WordLists
{
    private static readonly Lazy<IReadOnlyList<string>> TermList = new(() => Read("technical-terms.txt"));
    private static readonly Lazy<FrozenSet<string>> EnglishSet = new(() => Read("english-words.txt").ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The technical terms TM015 knows, as they are spelled (<c>data/technical-terms.txt</c>).</summary>
    public static IReadOnlyList<string> TechnicalTerms => TermList.Value;

    /// <summary>
    /// English words (lowercase) that lie near a technical term and so must never be called its misspelling
    /// (<c>data/english-words.txt</c>, generated from Debian's wamerican dictionary).
    /// </summary>
    public static FrozenSet<string> EnglishNearTerms => EnglishSet.Value;

    private static List<string> Read(string name)
    {
        string resource = "TellMe.Data." + name;
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"the embedded resource {resource} is missing from TellMe.Core");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            string word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#')) words.Add(word);
        }
        return words;
    }
}
