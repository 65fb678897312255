using TellMe.Language;

namespace TellMe.Match;

/// <summary>
/// The one text pipeline of matching: stems (Porter2 after irregular verb forms, <see cref="EnglishStemmer"/>), English and interview-filler stop words, engineers'
/// abbreviations of word pairs, and the interview synonym groups for queries. Questions, answers, stories and the question bank all go through
/// it, because terms only line up when both sides are analysed alike.
/// </summary>
public static class MatchText
{
    private static readonly Lazy<TextAnalyzer> LazyAnalyzer = new(() =>
    {
        Func<string, string> stem = EnglishStemmer.Stem;
        return new TextAnalyzer(stem, StopWords.English, Synonyms.Interview(stem), abbreviations: Abbreviations.Interview(stem));
    });

    /// <summary>The shared analyzer (immutable, thread-safe).</summary>
    public static TextAnalyzer Analyzer => LazyAnalyzer.Value;

    /// <summary>
    /// Questions longer than this are cut: a real question is a few hundred characters, and a pasted
    /// megabyte must cost milliseconds, not seconds, while still matching on its beginning.
    /// </summary>
    public const int MaxQuestionLength = 4_000;
}
