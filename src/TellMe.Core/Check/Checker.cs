using TellMe.Bank;
using TellMe.Check.Rules;
using TellMe.Diagnostics;

namespace TellMe.Check;

/// <summary>Runs every rule over a bank, like a compiler's analysis pass, and sorts what they find.</summary>
public static class Checker
{
    /// <summary>Every rule, in code order.</summary>
    public static IReadOnlyList<ICheckRule> Rules { get; } =
    [
        new DanglingReferenceRule(), new ConflictingTitleRule(), new LookAlikeStoriesRule(), new InvalidReferenceRule(),
        new PlaceholderRule(), new EmptyLabelRule(), new ResultWithoutNumberRule(), new MissingStarSectionRule(),
        new MojibakeRule(), new DriftRule(), new PrincipleWithoutStoryRule(), new OverloadedStoryRule(),
        new AnswerTooLongRule(), new WeOverIRule(), new TechnicalTermSpellingRule(), new BareLabelRule(), new UnknownTaughtLabelRule(), new HtmlShownAsTextRule(),
    ];

    /// <summary>
    /// Checks a bank: the load diagnostics first, then every rule; sorted by file, line, column and code.
    /// <paramref name="root"/> lets findings carry exact columns.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Run(StoryBank bank, string? root = null)
    {
        var context = new CheckContext(bank, root);
        // Rules only read the immutable bank, so they run side by side; the sort makes the order stable.
        Parallel.ForEach(Rules, rule => rule.Run(context));
        return [.. bank.LoadDiagnostics.Concat(context.Found)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)];
    }
}
