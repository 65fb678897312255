using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax;
using TellMe.Diagnostics;
using TellMe.Text;
using YamlDotNet.RepresentationModel;

namespace TellMe.Bank.Files;

/// <summary>
/// <c>answers/&lt;slug&gt;.md</c>: a YAML header (key, order, story) and the answer's labelled points as a
/// Markdown bullet list, nesting kept.
/// </summary>
public static class AnswerFile
{
    /// <summary>The folder answers live in.</summary>
    public const string Folder = "answers";

    /// <summary>A file-name slug for a question key: "Why SRE → SWE" becomes <c>why-sre-swe</c>.</summary>
    public static string Slug(string key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (char c in key.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        string slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "answer" : slug;
    }

    /// <summary>Reads an answer file; null (with diagnostics) when it has no key.</summary>
    public static Answer? Read(string text, string file, List<Diagnostic> diagnostics)
    {
        if (FrontMatter.ReadHeader(text, file, "---, key:, order:, ---", diagnostics) is not var (fm, doc, root)) return null;
        string? key = doc.Required(root, "key", root);
        if (string.IsNullOrWhiteSpace(key)) return null;
        string? storyText = doc.String(root, "story");
        StoryId? story = StoryId.TryParse(storyText, out var id) ? id : null;

        return new Answer
        {
            Key = key,
            Order = doc.Int(root, "order") ?? 0,
            Story = story,
            StoryRef = story is null ? storyText : null,
            Points = ReadPoints(fm.Body, fm.BodyLine - 1),
            File = file,
            KeyLines = doc.LinesOf(root),
        };
    }

    /// <summary>Reads the top-level bullets of a body as labelled points.</summary>
    public static ImmutableArray<Part> ReadPoints(string body, int lineOffset)
    {
        var points = ImmutableArray.CreateBuilder<Part>();
        foreach (var block in MarkdownContent.Parse(body))
        {
            if (block is ListBlock list)
                foreach (var item in MarkdownContent.Items(list, body, lineOffset))
                    points.Add(ToPart(item));
            else if (block is ParagraphBlock p)
                points.Add(new Part("", Content.Text(MarkdownContent.ParagraphText(p, body)), p.Line + 1 + lineOffset));
        }
        return points.ToImmutable();
    }

    /// <summary>Turns a bullet into a labelled part: <c>**Label:** text</c> plus its children.</summary>
    public static Part ToPart(Item item) =>
        Labels.TrySplit(item.Text, out var split)
            ? new Part(split.Label, new Content(split.Rest.Length == 0 ? null : split.Rest, item.Children), item.Line) { Bare = split.Style == LabelStyle.Bare }
            : new Part("", new Content(item.Text, item.Children), item.Line);

    /// <summary>Writes an answer file.</summary>
    public static string Write(Answer answer)
    {
        var sb = new StringBuilder();
        sb.Append("---\n").Append(YamlWriter.Write(Header(answer))).Append("---\n");
        if (!answer.Points.IsDefaultOrEmpty)
        {
            sb.Append('\n');
            WritePoints(sb, answer.Points, 0);
        }
        return sb.ToString();
    }

    /// <summary>The front matter as the writer writes it.</summary>
    public static Dictionary<string, object> Header(Answer answer)
    {
        var header = new Dictionary<string, object> { ["key"] = answer.Key, ["order"] = answer.Order };
        if (answer.Story is { } s) header["story"] = s.Value;
        else if (!string.IsNullOrEmpty(answer.StoryRef)) header["story"] = answer.StoryRef;
        return header;
    }

    /// <summary>
    /// Updates an existing answer file to say <paramref name="answer"/>, in place: only the front-matter values
    /// and the points (down to the characters) that differ are edited; see <see cref="FileUpdate"/>.
    /// </summary>
    public static FileUpdate Update(SourceText source, Answer answer, string file)
    {
        string wanted = Write(answer);
        return FileUpdater.Run(source, (edits, notes) =>
        {
            var before = Read(source.Text, file, []) ?? throw new CannotPatchException("the file does not read as an answer");
            var (yaml, bodyStart) = StoryFile.FrontMatterSpans(source.Text);
            YamlPatch.Diff(edits, yaml, Header(before), Header(answer));
            MarkdownPatch.Points(edits, notes, bodyStart, before.Points, answer.Points);
        }, text => Read(text, file, []) is { } read ? Write(read) : null, wanted);
    }

    /// <summary>Writes points as labelled bullets.</summary>
    public static void WritePoints(StringBuilder sb, ImmutableArray<Part> points, int indent)
    {
        foreach (var point in points)
        {
            sb.Append(' ', indent).Append("- ");
            string lead = point.Label.Length == 0 ? "" : Labels.Markdown(point.Label, point.Bare ? LabelStyle.Bare : LabelStyle.Colon);
            string text = point.Content.Inline ?? "";
            string line = lead.Length > 0 && text.Length > 0 ? lead + " " + text : lead + text;
            MarkdownContent.AppendIndented(sb, line, indent + 2);
            sb.Append('\n');
            if (!point.Content.Items.IsDefaultOrEmpty) MarkdownContent.WriteItems(sb, point.Content.Items, indent + 2);
        }
    }
}
