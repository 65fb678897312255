using System.Globalization;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Import;
using TellMe.Language;

namespace TellMe.Check.Rules;

/// <summary>
/// TM004: a reference with no valid story ID, such as <c>2.</c> that lost its prefix. The rule suggests the
/// story it most likely meant: same number and company, and a title that shares most of its words.
/// </summary>
public sealed class InvalidReferenceRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM004";
    /// <inheritdoc />
    public string Title => "reference with no valid ID";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var f in context.Bank.Frameworks)
            foreach (var p in f.Principles)
                foreach (var t in p.Stories)
                {
                    if (t.Story is not null || t.Ref is null || StoryReference.IsPlaceholder(t.Ref)) continue;
                    var guess = Suggest(context.Bank, t);
                    context.Report(this, f.File, t.LineOf("ref"),
                        $"'{p.Name}' cites '{t.Ref}', which is not a story ID" + (guess is null ? "" : $"; it looks like {guess.Id} \"{guess.Title}\""),
                        guess is null ? "write the full ID, e.g. CR2" : $"write `story: {guess.Id}` (tellme fix does this)", t.Ref);
                }
        // An answer can lose a prefix too ("Summary: 2. Analyzed…"), whatever layout its page was written in.
        foreach (var a in context.Bank.Answers)
        {
            if (a.Story is not null || a.StoryRef is not { Length: > 0 } r || StoryReference.IsPlaceholder(r)) continue;
            var summary = a.Points.FirstOrDefault(p => p.Content.Inline is { } text && StoryReference.TrySplit(text, out var found, out _) && found == r);
            string title = summary is not null && StoryReference.TrySplit(summary.Content.Inline!, out _, out var t) ? t : "";
            var guess = Suggest(context.Bank, new StoryTelling { Ref = r, Title = StripCompany(title) });
            context.Report(this, a.File, a.LineOf("story"),
                $"answer '{a.Key}' cites '{r}', which is not a story ID" + (guess is null ? "" : $"; it looks like {guess.Id} \"{guess.Title}\""),
                guess is null ? "write the full ID, e.g. CR2" : $"write {guess.Id} on the page and import again, or `story: {guess.Id}` in the answer", r);
        }
    }

    // "Analyzed thread dumps … at Acme": the company is not part of the title.
    private static string StripCompany(string title)
    {
        int at = title.LastIndexOf(" at ", StringComparison.Ordinal);
        return at > 0 ? title[..at] : title;
    }

    /// <summary>
    /// The story a broken reference certainly means, or null when no story or more than one fits: a title
    /// sharing most of its words, the same company when known, and the reference's number when it has one.
    /// </summary>
    public static Story? Suggest(StoryBank bank, StoryTelling telling)
    {
        var words = WordSets.Of(telling.Title ?? "");
        if (words.Count == 0) return null;
        int? number = int.TryParse(new string([.. (telling.Ref ?? "").Where(char.IsAsciiDigit)]), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;
        var candidates = bank.Stories
            .Where(s => telling.Company is null || s.Company is null || string.Equals(s.Company, telling.Company, StringComparison.OrdinalIgnoreCase))
            .Where(s => number is null || s.Id.Number == number)
            .Select(s => (Story: s, Score: WordSets.Overlap(words, WordSets.Of(s.Title))))
            .Where(x => x.Score >= 0.6)
            .OrderByDescending(x => x.Score)
            .ToList();
        return candidates.Count == 1 || (candidates.Count > 1 && candidates[0].Score - candidates[1].Score >= 0.2) ? candidates[0].Story : null;
    }
}
