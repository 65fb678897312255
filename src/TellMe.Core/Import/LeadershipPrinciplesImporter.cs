using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Diagnostics;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Import;

/// <summary>
/// Reads a Leadership-Principles page in any layout: one entry per principle (<c>1. Customer Obsession</c>),
/// whose points are <c>Value:</c> (the user's description) and one <c>Project:</c> per story, with <c>At:</c>
/// (the company) and the STAR sections under it. A story may also be told as a Key/Value table of its own.
/// The page is recognised by its principle names, or by numbered entries that carry Value and Project points.
/// </summary>
public sealed partial class LeadershipPrinciplesImporter : IPageImporter
{
    [GeneratedRegex(@"^(?:(?<n>\d{1,3})\.\s+)?(?<name>.+)$", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\s*\([^()]*\)$")]
    private static partial Regex TrailingNote();

    private static readonly string[] StoryLabels = ["Project", "Story", "Example"];

    private static readonly string[] BuiltIn = [.. AmazonFramework.Create().Principles.Select(p => Slugs.Of(p.Name))];

    /// <inheritdoc />
    public PageKind Kind => PageKind.LeadershipPrinciples;

    /// <inheritdoc />
    public bool Recognises(KvDocument document)
    {
        if (document.Groups.Length != 1) return false;
        var entries = document.Groups[0].Entries;
        if (entries.Length < 2) return false;
        bool plain = document.Layout.Labels == LabelStyle.Plain;
        int named = entries.Count(e => IsPrincipleName(e.Key));
        int told = entries.Count(e => Heading().Match(e.Key).Groups["n"].Success && e.Value.Any(n => LabelOf(n, plain) is { } l && (l == "Value" || IsStoryLabel(l))));
        int half = Math.Max(2, (entries.Length + 1) / 2);
        return named >= half || told >= half;
    }

    /// <summary>True when a key names one of the principles TellMe knows (number and a note in parentheses aside).</summary>
    public static bool IsPrincipleName(string key)
    {
        string name = TrailingNote().Replace(Heading().Match(key).Groups["name"].Value, "");
        string slug = Slugs.Of(name);
        return slug.Length > 0 && BuiltIn.Any(b => b == slug || slug.StartsWith(b + "-", StringComparison.Ordinal) || b.StartsWith(slug + "-", StringComparison.Ordinal) && slug.Contains('-'));
    }

    /// <inheritdoc />
    public ImportedPage? Read(KvDocument document, PageSource page, List<Diagnostic> diagnostics)
    {
        bool plain = document.Layout.Labels == LabelStyle.Plain;
        document = AdoptParts(document, plain);
        var principles = ImmutableArray.CreateBuilder<ImportedPrinciple>();
        foreach (var entry in document.Entries)
        {
            var m = Heading().Match(entry.Key);
            int? number = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
            string name = m.Groups["name"].Value.Trim();
            string? description = null;
            var tellings = ImmutableArray.CreateBuilder<ImportedTelling>();
            var tables = ImmutableArray.CreateBuilder<int>();
            var notes = ImmutableArray.CreateBuilder<PrincipleNote>();
            for (int at = 0; at < entry.Value.Length; at++)
            {
                var node = entry.Value[at];
                if (!Labels.TrySplit(node.Text, plain, out var split))
                {
                    notes.Add(Note(at, node));
                    continue;
                }
                StoryReference.TrySplitLabel(split.Label, out string labelName, out _);
                if (labelName.Equals("Value", StringComparison.OrdinalIgnoreCase) && split.Style != LabelStyle.Bare) description = split.Rest;
                else if (IsStoryLabel(labelName))
                {
                    if (node.Form == NodeForm.Table) tables.Add(tellings.Count);
                    tellings.Add(ReadTelling(split, node, page.File, plain) with { Anchor = BankAssembler.PrincipleAnchor(name, tellings.Count) });
                }
                else notes.Add(Note(at, node));
            }
            principles.Add(new ImportedPrinciple(number, name, description, tellings.ToImmutable(), entry.Line)
            {
                Shown = entry.Shown,
                Before = entry.Before,
                Tables = tables.ToImmutable(),
                Notes = notes.ToImmutable(),
            });
        }
        var settings = PageSettingsOf.Create(PageKind.LeadershipPrinciples, document, page) with { Framework = "amazon" };
        return new ImportedPrinciplesPage(page.File, settings, principles.ToImmutable()) { Source = page };
    }

    // A point that is neither the Value nor a story ("**Questions:** …", a line of text): kept as written, in its place.
    private static PrincipleNote Note(int at, KvNode node) =>
        new(at, new Content(node.Text.Length == 0 ? null : node.Text, TreePoints.Items(node.Children)));

    private static bool IsStoryLabel(string label) => StoryLabels.Contains(label, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A page that writes its points as paragraphs (<c>**Project:** CR1. …</c> on a line of its own) lists the story's
    /// parts as bullets right after it, not nested under it: those bullets are the story's parts. The page's point form
    /// is counted again without them, so that it is built back as paragraphs followed by their lists.
    /// </summary>
    private static KvDocument AdoptParts(KvDocument document, bool plain)
    {
        bool changed = false;
        var groups = document.Groups.Select(g => g with
        {
            Entries = [.. g.Entries.Select(e => e with { Value = Adopt(e.Value) })],
        }).ToImmutableArray();
        if (!changed) return document;
        var top = groups.SelectMany(g => g.Entries).SelectMany(e => e.Value).ToList();
        int paragraphs = top.Count(n => n.Form == NodeForm.Plain), bullets = top.Count(n => n.Form == NodeForm.Bullet);
        var layout = document.Layout with { Points = paragraphs > bullets ? PointForm.Plain : document.Layout.Points };
        return document with { Groups = groups, Layout = layout };

        ImmutableArray<KvNode> Adopt(ImmutableArray<KvNode> nodes)
        {
            var result = ImmutableArray.CreateBuilder<KvNode>();
            for (int i = 0; i < nodes.Length; i++)
            {
                var node = nodes[i];
                if (node.Form == NodeForm.Plain && node.Children.IsDefaultOrEmpty && LabelOf(node, plain) is { } label && IsStoryLabel(label))
                {
                    int end = i + 1;
                    while (end < nodes.Length && nodes[end].Form == NodeForm.Bullet && LabelOf(nodes[end], plain) is { } part
                           && !IsStoryLabel(part) && !part.Equals("Value", StringComparison.OrdinalIgnoreCase)) end++;
                    if (end > i + 1)
                    {
                        result.Add(node with { Children = [.. nodes[(i + 1)..end]] });
                        changed = true;
                        i = end - 1;
                        continue;
                    }
                }
                result.Add(node);
            }
            return result.ToImmutable();
        }
    }

    private static string? LabelOf(KvNode node, bool plain)
    {
        if (!Labels.TrySplit(node.Text, plain, out var split)) return null;
        StoryReference.TrySplitLabel(split.Label, out string name, out _);
        return name;
    }

    private static ImportedTelling ReadTelling(LabelSplit head, KvNode node, string file, bool plain)
    {
        string reference, title;
        string? note = null;
        bool inLabel = StoryReference.TrySplitLabel(head.Label, out _, out string labelRef);
        if (inLabel) (reference, title) = (labelRef, head.Rest);
        else StoryReference.TrySplit(head.Rest, out reference, out title, out note);
        string? company = null;
        var parts = ImmutableArray.CreateBuilder<Part>();
        var bare = ImmutableArray.CreateBuilder<string>();
        if (head.Style == LabelStyle.Bare) bare.Add(head.Label);
        foreach (var child in node.Children)
        {
            if (!Labels.TrySplit(child.Text, plain, out var split))
            {
                parts.Add(new Part("", new Content(child.Text, TreePoints.Items(child.Children)), child.Line));
                continue;
            }
            if (split.Label.Equals("At", StringComparison.OrdinalIgnoreCase) && child.Children.IsDefaultOrEmpty && split.Style != LabelStyle.Bare)
            {
                company = split.Rest;
                continue;
            }
            if (split.Style == LabelStyle.Bare) bare.Add(split.Label);
            parts.Add(new Part(split.Label, new Content(split.Rest.Length == 0 ? null : split.Rest, TreePoints.Items(child.Children)), child.Line));
        }
        return new ImportedTelling
        {
            Ref = reference, Title = title, Company = company, Parts = parts.ToImmutable(), BareLabels = bare.ToImmutable(),
            Note = note, RefInLabel = inLabel,
            Label = head.Label.Equals("Project", StringComparison.Ordinal) ? null : head.Label,
            File = file, Line = node.Line,
        };
    }

}
