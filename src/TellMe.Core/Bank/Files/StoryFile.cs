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
        var sb = new StringBuilder();
        sb.Append("---\n").Append(YamlWriter.Write(Header(story))).Append("---\n");
        WriteSections(sb, story.Sections);
        return sb.ToString();
    }

    /// <summary>The front matter as the writer writes it, key by key.</summary>
    public static Dictionary<string, object> Header(Story story)
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
        return header;
    }

    /// <summary>
    /// Updates an existing story file to say <paramref name="story"/>, in place: only the front-matter values
    /// and the sections (down to the characters) that differ are edited; see <see cref="FileUpdate"/>.
    /// </summary>
    public static FileUpdate Update(SourceText source, Story story, string file)
    {
        string wanted = Write(story);
        return FileUpdater.Run(source, (edits, notes) =>
        {
            var before = Read(source.Text, file, []) ?? throw new CannotPatchException("the file does not read as a story");
            var (yaml, bodyStart) = FrontMatterSpans(source.Text);
            YamlPatch.Diff(edits, yaml, Header(before), Header(story));
            MarkdownPatch.Sections(edits, notes, bodyStart, before.Sections, story.Sections);
        }, text => Read(text, file, []) is { } read ? Write(read) : null, wanted);
    }

    /// <summary>The front matter's YAML syntax and where the body starts, for an in-place update.</summary>
    internal static (YamlSyntax Yaml, int BodyStart) FrontMatterSpans(string text)
    {
        if (!FrontMatter.TrySplit(text, out var fm) || fm.Yaml is null) throw new CannotPatchException("no front matter");
        int yamlStart = 4;
        var yaml = YamlSyntax.Parse(text, yamlStart, yamlStart + fm.Yaml.Length) ?? throw new CannotPatchException("an empty front matter");
        return (yaml, text.Length - fm.Body.Length);
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
