using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Check.Rules;
using TellMe.Diagnostics;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Import;

/// <summary>
/// Reads a Behavioral-Questions page in any layout: one entry per question key (<c>Conflict</c>) whose points
/// are the prepared answer. A point <c>Summary: CR2. …</c> (or <c>Project:</c>, or a label naming its story,
/// <c>Summary (EN1):</c>) starts the story the answer tells; the points after it are that story's parts. The page
/// is recognised by labelled points that tell stories (story IDs, STAR labels), so a page of plain facts is not one.
/// </summary>
public sealed class BehavioralQuestionsImporter : IPageImporter
{
    private static readonly string[] StoryLabels = ["Summary", "Project"];

    /// <inheritdoc />
    public PageKind Kind => PageKind.BehavioralQuestions;

    /// <inheritdoc />
    public bool Recognises(KvDocument document)
    {
        // A page of several tables is read as one list of answers (and built back as one table).
        var entries = document.Entries.ToList();
        if (entries.Count == 0) return false;
        bool plain = document.Layout.Labels == LabelStyle.Plain;
        var points = entries.Select(e => e.Value.Select(n => TreePoints.ToPart(n, plain)).ToList()).ToList();
        int labelled = points.Count(p => p.Any(x => x.Label.Length > 0));
        int stories = points.Count(p => TellsStory(p));
        return labelled * 2 >= entries.Count && stories >= 1;
    }

    // A story: a summary that names one, or at least two STAR parts.
    private static bool TellsStory(List<Part> points) =>
        points.Any(p => StoryHead(p) is not null) ||
        points.Count(p => StarSections.Is(p.Label, StarSections.Situation) || StarSections.Is(p.Label, StarSections.Action) || StarSections.Is(p.Label, StarSections.Result)) >= 2;

    /// <inheritdoc />
    public ImportedPage? Read(KvDocument document, PageSource page, List<Diagnostic> diagnostics)
    {
        bool plain = document.Layout.Labels == LabelStyle.Plain;
        // Nested labels on a headings page of plain labels are held bold, as every other layout holds them.
        bool plainItems = plain && document.Layout.Kind == LayoutKind.Headings;
        var answers = ImmutableArray.CreateBuilder<ImportedAnswer>();
        foreach (var entry in document.Entries)
        {
            var points = entry.Value.Select(n => TreePoints.ToPart(n, plain, plainItems)).ToImmutableArray();
            answers.Add(ReadAnswer(entry.Key, points, page.File, entry.Line) with { Shown = entry.Shown, Before = entry.Before });
        }
        var settings = PageSettingsOf.Create(PageKind.BehavioralQuestions, document, page);
        return new ImportedQuestionsPage(page.File, settings, answers.ToImmutable()) { Source = page };
    }

    // The reference, title and note of a point that starts a story, or null.
    private static (string Ref, string Title, string? Note, bool InLabel)? StoryHead(Part p)
    {
        bool inLabel = StoryReference.TrySplitLabel(p.Label, out string name, out string labelRef);
        if (!StoryLabels.Contains(name, StringComparer.OrdinalIgnoreCase)) return null;
        if (inLabel) return (labelRef, p.Content.Inline ?? "", null, true);
        if (p.Content.Inline is not { } inline || !StoryReference.TrySplit(inline, out string reference, out string title, out string? note)) return null;
        return (reference, title, note, false);
    }

    private static ImportedAnswer ReadAnswer(string key, ImmutableArray<Part> points, string file, int line)
    {
        for (int i = 0; i < points.Length; i++)
        {
            if (StoryHead(points[i]) is not var (reference, title, note, inLabel)) continue;
            var telling = new ImportedTelling
            {
                Ref = reference, Title = title, Note = note, RefInLabel = inLabel, CompanyInTitle = true,
                Label = inLabel ? points[i].Label : null,
                Parts = [.. points[(i + 1)..].Where(p => !StoryReference.IsCitation(p))], File = file, Line = points[i].Line, Anchor = BankAssembler.AnswerAnchor(key),
            };
            return new ImportedAnswer(key, points, i, telling, line);
        }
        return new ImportedAnswer(key, points, -1, null, line);
    }
}
