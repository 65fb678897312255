using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Import;

/// <summary>
/// The stories of a project page that lists them as headings or bullets: each entry's key is the story's head
/// (<c>LA5. Built a sync</c>) and its points are the story's parts. An <c>At:</c> point names the company; without
/// one the company is the page's. Recognised when every entry is a story head and most carry STAR points, so a
/// questions page, whose keys are questions, is never taken for one.
/// </summary>
internal static class StoryListTellings
{
    /// <summary>True when the tree lists stories: every key a story head, most with STAR points under it.</summary>
    public static bool Recognises(KvDocument document)
    {
        if (document.Layout.Kind is not (LayoutKind.Headings or LayoutKind.Bullets)) return false;
        var entries = document.Entries.ToList();
        if (entries.Count == 0 || !entries.All(e => StoryHeads.TrySplit(e.Key, out _, out _))) return false;
        if (entries.Any(e => StoryHeads.CitesStory(e.Value.Select(n => n.Text)))) return false;
        int told = entries.Count(e => StoryHeads.TellsStar(e.Value.Select(n => n.Text)));
        return told > 0 && told * 2 >= entries.Count;
    }

    /// <summary>The page's stories, each at <paramref name="company"/> unless its <c>At:</c> point says otherwise.</summary>
    public static ImmutableArray<ImportedTelling> Read(KvDocument document, PageSource page, string company, List<Diagnostic> diagnostics)
    {
        bool plain = document.Layout.Labels == LabelStyle.Plain;
        var tellings = ImmutableArray.CreateBuilder<ImportedTelling>();
        foreach (var entry in document.Entries)
        {
            StoryHeads.TrySplit(entry.Key, out string reference, out string title);
            string at = company;
            var parts = ImmutableArray.CreateBuilder<Part>();
            foreach (var node in entry.Value)
            {
                if (!Labels.TrySplit(node.Text, plain, out var split))
                {
                    diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, page.File, node.Line, 1,
                        $"text under the story {reference} without a label is not imported: {Short(node.Text)}",
                        "start it with a label such as '**Situation:**', '**Action:**' or '**Result:**'"));
                    continue;
                }
                if (split.Label.Equals("At", StringComparison.OrdinalIgnoreCase) && split.Style != LabelStyle.Bare && node.Children.IsDefaultOrEmpty)
                {
                    at = split.Rest;
                    continue;
                }
                parts.Add(new Part(split.Label, new Content(split.Rest.Length == 0 ? null : split.Rest, TreePoints.Items(node.Children)), node.Line));
            }
            tellings.Add(new ImportedTelling
            {
                Ref = reference, Title = title, Company = at.Length == 0 ? null : at, Parts = parts.ToImmutable(), File = page.File, Line = entry.Line,
            });
        }
        return tellings.ToImmutable();
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
