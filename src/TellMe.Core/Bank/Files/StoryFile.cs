using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax;
using TellMe.Diagnostics;
using TellMe.Text;
using YamlDotNet.RepresentationModel;

namespace TellMe.Bank.Files;

/// <summary>
/// <c>stories/&lt;ID&gt;.md</c>: a YAML header (id, title, company, aliases, tags, private) and one
/// <c>## Section</c> per STAR part, each holding Markdown.
/// </summary>
public static class StoryFile
{
    /// <summary>The folder stories live in.</summary>
    public const string Folder = "stories";

    /// <summary>The bank-relative path of a story.</summary>
    public static string PathOf(StoryId id) => $"{Folder}/{id.Value}.md";

    /// <summary>Reads a story file; null (with diagnostics) when it has no usable ID.</summary>
    public static Story? Read(string text, string file, List<Diagnostic> diagnostics)
    {
        if (FrontMatter.ReadHeader(text, file, "---, id:, title:, ---", diagnostics) is not var (fm, doc, root)) return null;
        string? idText = doc.Required(root, "id", root);
        if (idText is null) return null;
        if (!StoryId.TryParse(idText, out var id))
        {
            doc.Error(YamlDoc.Get(root, "id")!, $"'{idText}' is not a story ID", "use capital letters and a number, e.g. CR2");
            return null;
        }

        return new Story
        {
            Id = id,
            Title = doc.String(root, "title") ?? "",
            Company = doc.String(root, "company"),
            Aliases = doc.Strings(root, "aliases"),
            Tags = doc.Strings(root, "tags"),
            Private = doc.Bool(root, "private"),
            Sections = ReadSections(fm.Body, fm.BodyLine - 1, file, diagnostics),
            File = file,
            KeyLines = doc.LinesOf(root),
        };
    }

    /// <summary>Splits a Markdown body on its <c>##</c> headings into labelled parts.</summary>
    public static ImmutableArray<Part> ReadSections(string body, int lineOffset, string file, List<Diagnostic> diagnostics)
    {
        var doc = MarkdownContent.Parse(body);
        var parts = ImmutableArray.CreateBuilder<Part>();
        string? label = null;
        int labelLine = 0;
        var blocks = new List<Block>();
        foreach (var block in doc)
        {
            if (block is HeadingBlock { Level: 2 } h)
            {
                Flush();
                label = MarkdownContent.ParagraphText(h, body);
                labelLine = h.Line + 1 + lineOffset;
                continue;
            }
            blocks.Add(block);
        }
        Flush();
        return parts.ToImmutable();

        void Flush()
        {
            if (label is null)
            {
                if (blocks.Count > 0)
                {
                    int line = blocks[0].Line + 1 + lineOffset;
                    diagnostics.Add(new Diagnostic(InputCodes.BadBankFile, Severity.Warning, file, line, 1,
                        "text before the first '## Section' heading; it is kept as a 'Notes' section",
                        "put it under a heading such as '## Situation'"));
                    parts.Add(new Part("Notes", MarkdownContent.FromBlocks(blocks, body, lineOffset), line));
                }
            }
            else
            {
                parts.Add(new Part(label, MarkdownContent.FromBlocks(blocks, body, lineOffset), labelLine));
            }
            blocks.Clear();
        }
    }

    /// <summary>Writes a story file: header keys in a fixed order, then its sections.</summary>
    public static string Write(Story story)
    {
        var header = new Dictionary<string, object>
        {
            ["id"] = story.Id.Value,
            ["title"] = story.Title,
        };
        if (!string.IsNullOrEmpty(story.Company)) header["company"] = story.Company;
        if (!story.Aliases.IsDefaultOrEmpty) header["aliases"] = story.Aliases.ToList();
        if (!story.Tags.IsDefaultOrEmpty) header["tags"] = story.Tags.ToList();
        if (story.Private) header["private"] = true;
        var sb = new StringBuilder();
        sb.Append("---\n").Append(YamlWriter.Write(header)).Append("---\n");
        WriteSections(sb, story.Sections);
        return sb.ToString();
    }

    /// <summary>Writes parts as <c>## Label</c> sections separated by blank lines.</summary>
    public static void WriteSections(StringBuilder sb, ImmutableArray<Part> sections)
    {
        foreach (var part in sections)
        {
            sb.Append("\n## ").Append(part.Label).Append('\n');
            string md = MarkdownContent.ToMarkdown(part.Content);
            if (md.Length > 0) sb.Append('\n').Append(md);
        }
    }
}
