using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Language;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Render.Jekyll;

/// <summary>
/// The Key/Value tree of a Behavioral-Questions page: one entry per answer the page shows, its points with the
/// answer's story filled in. A page lists its own answers, so two question pages never show each other's rows;
/// an answer no page lists (added to the bank by hand) joins the first questions page.
/// </summary>
public static class BehavioralQuestionsPage
{
    /// <summary>The page's entries from the bank.</summary>
    public static KvDocument Model(StoryBank bank, PageSettings page)
    {
        var layout = page.EffectiveLayout;
        var form = layout.Points == PointForm.Plain ? NodeForm.Plain : NodeForm.Bullet;
        var entries = ImmutableArray.CreateBuilder<KvEntry>();
        foreach (var (answer, shown) in AnswersOf(bank, page))
        {
            var nodes = Tellings.ResolvePoints(answer, bank).Select(p => p.Bare && layout.Labels == LabelStyle.Plain
                // A page of plain labels writes a bare story label as it is: "Project (CR2)", no bold, no colon.
                ? new KvNode(string.IsNullOrEmpty(p.Content.Inline) ? p.Label : p.Label + " " + p.Content.Inline, Layouts.HeadingsWriter.Nodes(p.Content.Items), form)
                : new KvNode(p.Content.Inline ?? "", Layouts.HeadingsWriter.Nodes(p.Content.Items), form) { Label = p.Label.Length == 0 ? null : p.Label, LabelStyle = p.Bare ? LabelStyle.Bare : null });
            entries.Add(new KvEntry(answer.Key, [.. nodes]) { Segment = answer.Key, Shown = shown });
        }
        return new KvDocument { Layout = layout, Groups = [new KvGroup(entries.ToImmutable())], Intro = page.Intro, Outro = page.Outro, Columns = page.Columns };
    }

    /// <summary>The answers a questions page shows, in its order, with the key as the page writes it.</summary>
    public static IEnumerable<(Answer Answer, string? Shown)> AnswersOf(StoryBank bank, PageSettings page)
    {
        if (page.Answers.IsDefault)
        {
            foreach (var a in bank.Answers) yield return (a, null);
            yield break;
        }
        var byKey = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var byFold = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var a in bank.Answers)
        {
            byKey.TryAdd(a.Key, a);
            byFold.TryAdd(NameFold.Of(a.Key), a);
        }
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in page.Answers)
        {
            // A key as listed, or as `tellme fix` left it (an encoding slip repaired): compared as NameFold does.
            var answer = byKey.GetValueOrDefault(entry.Id) ?? byFold.GetValueOrDefault(NameFold.Of(entry.Id));
            if (answer is null || !shown.Add(answer.Key)) continue;
            yield return (answer, entry.Shown);
        }
        // Answers on no page's list belong to the first questions page.
        var first = bank.Settings.Pages.FirstOrDefault(p => p.Kind == PageKind.BehavioralQuestions);
        if (first?.File != page.File) yield break;
        var listed = bank.Settings.Pages.Where(p => p.Kind == PageKind.BehavioralQuestions && !p.Answers.IsDefault)
            .SelectMany(p => p.Answers).Select(e => NameFold.Of(e.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var a in bank.Answers)
            if (!shown.Contains(a.Key) && !listed.Contains(NameFold.Of(a.Key)))
                yield return (a, null);
    }
}
