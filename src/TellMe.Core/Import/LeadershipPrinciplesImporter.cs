using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Diagnostics;
using TellMe.Text;

namespace TellMe.Import;

/// <summary>
/// Reads a Leadership-Principles page: <c>## N. Name</c> headings, each followed by a bullet list with
/// <c>**Value:**</c> (the user's description) and one <c>**Project:**</c> per story, whose nested bullets
/// give <c>**At:**</c> (the company) and the STAR sections.
/// </summary>
public sealed partial class LeadershipPrinciplesImporter : IPageImporter
{
    [GeneratedRegex(@"^(?:(?<n>\d{1,3})\.\s+)?(?<name>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^##\s+\d{1,3}\.\s+\S", RegexOptions.Multiline)]
    private static partial Regex NumberedHeading();

    private static readonly string[] StoryLabels = ["Project", "Story", "Example"];

    /// <inheritdoc />
    public PageKind Kind => PageKind.LeadershipPrinciples;

    /// <inheritdoc />
    public bool Recognises(string text) =>
        NumberedHeading().IsMatch(text) && (text.Contains("**Value:**", StringComparison.Ordinal) || text.Contains("**Project:**", StringComparison.Ordinal));

    /// <inheritdoc />
    public ImportedPage? Read(string text, string file, List<Diagnostic> diagnostics)
    {
        if (!PageSplit.TrySplit(text, file, diagnostics, out var front, out string body, out int bodyLine)) return null;
        int offset = bodyLine - 1;
        var doc = MarkdownContent.Parse(body);
        var principles = ImmutableArray.CreateBuilder<ImportedPrinciple>();
        int introEnd = -1;
        (int? Number, string Name, int Line)? current = null;
        string? description = null;
        var tellings = ImmutableArray.CreateBuilder<ImportedTelling>();
        int lastContentEnd = 0;

        foreach (var block in doc)
        {
            if (block is HeadingBlock { Level: 2 } h)
            {
                if (introEnd < 0) introEnd = h.Span.Start;
                Flush();
                var m = Heading().Match(MarkdownContent.ParagraphText(h, body));
                current = (m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
                    m.Groups["name"].Value.Trim(), h.Line + 1 + offset);
                lastContentEnd = h.Span.End;
                continue;
            }
            if (current is null) continue;
            lastContentEnd = Math.Max(lastContentEnd, block.Span.End);
            if (block is not ListBlock list)
            {
                diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, file, block.Line + 1 + offset, 1,
                    "text under a principle that is not a bullet list is not imported", "put it in a bullet such as '- **Value:** …'"));
                continue;
            }
            foreach (var item in MarkdownContent.Items(list, body, offset))
            {
                if (!Labels.TrySplit(item.Text, out var split))
                {
                    diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, file, item.Line, 1,
                        $"bullet without a label is not imported: {Short(item.Text)}", "start it with '**Value:**' or '**Project:**'"));
                    continue;
                }
                if (split.Label.Equals("Value", StringComparison.OrdinalIgnoreCase)) description = split.Rest;
                else if (StoryLabels.Contains(split.Label, StringComparer.OrdinalIgnoreCase))
                    tellings.Add(ReadTelling(split.Rest, item, file) with { Anchor = BankAssembler.PrincipleAnchor(current.Value.Name, tellings.Count) });
                else diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Warning, file, item.Line, 1,
                    $"unknown label '{split.Label}' under a principle is not imported", "use '**Value:**' or '**Project:**'"));
            }
        }
        Flush();
        if (principles.Count == 0)
        {
            diagnostics.Add(new Diagnostic(InputCodes.MalformedPage, Severity.Error, file, bodyLine, 1,
                "no '## N. Principle' heading found", "each principle needs a heading such as '## 1. Customer Obsession'"));
            return null;
        }
        var settings = new PageSettings
        {
            Kind = PageKind.LeadershipPrinciples,
            File = Path.GetFileName(file),
            FrontMatter = front,
            Intro = body[..Math.Max(introEnd, 0)],
            Trailer = PageSplit.Trailer(body),
            Framework = "amazon",
        };
        return new ImportedPrinciplesPage(file, settings, principles.ToImmutable());

        void Flush()
        {
            if (current is { } c) principles.Add(new ImportedPrinciple(c.Number, c.Name, description, tellings.ToImmutable(), c.Line));
            description = null;
            tellings.Clear();
        }
    }

    private static ImportedTelling ReadTelling(string head, Item item, string file)
    {
        StoryReference.TrySplit(head, out string reference, out string title);
        string? company = null;
        var parts = ImmutableArray.CreateBuilder<Part>();
        var bare = ImmutableArray.CreateBuilder<string>();
        foreach (var child in item.Children)
        {
            if (!Labels.TrySplit(child.Text, out var split))
            {
                parts.Add(new Part("", new Content(child.Text, child.Children), child.Line));
                continue;
            }
            if (split.Label.Equals("At", StringComparison.OrdinalIgnoreCase) && child.Children.IsDefaultOrEmpty)
            {
                company = split.Rest;
                continue;
            }
            if (split.Style == LabelStyle.Bare) bare.Add(split.Label);
            parts.Add(new Part(split.Label, new Content(split.Rest.Length == 0 ? null : split.Rest, child.Children), child.Line));
        }
        return new ImportedTelling
        {
            Ref = reference, Title = title, Company = company, Parts = parts.ToImmutable(), BareLabels = bare.ToImmutable(),
            File = file, Line = item.Line,
        };
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
