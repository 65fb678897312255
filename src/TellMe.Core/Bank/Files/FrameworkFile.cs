using System.Collections.Immutable;
using TellMe.Competencies;
using TellMe.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace TellMe.Bank.Files;

/// <summary>
/// <c>frameworks/&lt;id&gt;.yaml</c>: the principles in order, each with the user's description and the
/// stories that demonstrate it. A story entry is just <c>story: CR1</c> unless the page tells it in its
/// own words, which are then kept under <c>title</c>, <c>company</c> and <c>own</c>.
/// </summary>
public static class FrameworkFile
{
    /// <summary>The folder frameworks live in.</summary>
    public const string Folder = "frameworks";

    /// <summary>The bank-relative path of a framework.</summary>
    public static string PathOf(string id) => $"{Folder}/{id}.yaml";

    /// <summary>Reads a framework file.</summary>
    public static Framework? Read(string text, string file, List<Diagnostic> diagnostics)
    {
        var (doc, root) = YamlDoc.Parse(text, file, 1, diagnostics);
        if (root is null) return null;
        string id = doc.String(root, "id") ?? Path.GetFileNameWithoutExtension(file);
        var principles = ImmutableArray.CreateBuilder<Principle>();
        foreach (var p in doc.Mappings(root, "principles"))
        {
            string? name = doc.Required(p, "name", p);
            if (name is null) continue;
            var stories = ImmutableArray.CreateBuilder<StoryTelling>();
            foreach (var s in doc.Mappings(p, "stories")) stories.Add(ReadTelling(doc, s));
            principles.Add(new Principle
            {
                Id = doc.String(p, "id") ?? Slugs.Of(name),
                Number = doc.Int(p, "number"),
                Name = name,
                Description = doc.String(p, "description"),
                Stories = stories.ToImmutable(),
                Line = doc.LineOf(p),
                DescriptionLine = YamlDoc.Get(p, "description") is { } d ? doc.LineOf(d) : doc.LineOf(p),
                Keywords = doc.Strings(p, "keywords"),
                Probes = Probes(doc, p),
                Question = doc.String(p, "question"),
                Notes = Notes(doc, p),
            });
        }
        var sources = ImmutableArray.CreateBuilder<FrameworkSource>();
        foreach (var source in doc.Mappings(root, "sources"))
            if (doc.Required(source, "title", source) is { Length: > 0 } title) sources.Add(new FrameworkSource(title, doc.String(source, "url")));
        return new Framework
        {
            Id = id,
            Name = doc.String(root, "name") ?? id,
            Principles = principles.ToImmutable(),
            File = file,
            Company = doc.String(root, "company"),
            Aliases = doc.Strings(root, "aliases"),
            Sources = sources.ToImmutable(),
            Note = doc.String(root, "note"),
        };
    }

    // "probes: [general/conflict, amazon/earn-trust]": competency IDs; one that is not framework/id is reported
    // and left out (whether the taxonomy knows it is for the reader of the framework to say).
    private static ImmutableArray<CompetencyId> Probes(YamlDoc doc, YamlMappingNode principle)
    {
        var probes = ImmutableArray.CreateBuilder<CompetencyId>();
        foreach (string text in doc.Strings(principle, "probes"))
        {
            if (CompetencyId.TryParse(text.Trim(), out var id)) probes.Add(id);
            else doc.Error(YamlDoc.Get(principle, "probes") ?? principle, $"'{text}' in probes is not a competency ID",
                "write framework/id, e.g. general/conflict or amazon/earn-trust (data/competencies.yaml lists them)");
        }
        return probes.ToImmutable();
    }

    // "notes: [{at: 2, text: '**Questions:** …'}]": what the page says under a principle besides Value and stories.
    private static ImmutableArray<PrincipleNote> Notes(YamlDoc doc, YamlMappingNode principle)
    {
        var notes = ImmutableArray.CreateBuilder<PrincipleNote>();
        foreach (var n in doc.Mappings(principle, "notes"))
        {
            string md = doc.String(n, "text") ?? "";
            var parts = StoryFile.ReadSections($"## Note\n\n{md}", doc.LineOf(n) - 3, doc.File, []);
            notes.Add(new PrincipleNote(doc.Int(n, "at") ?? int.MaxValue, parts.Length > 0 ? parts[0].Content : Content.Empty));
        }
        return notes.ToImmutable();
    }

    private static StoryTelling ReadTelling(YamlDoc doc, YamlMappingNode s)
    {
        var lines = new List<(string, int)>();
        foreach (var (k, v) in s.Children)
            if (k is YamlScalarNode { Value: { } name }) lines.Add((name, doc.LineOf(v)));
        var own = ImmutableArray.CreateBuilder<Part>();
        if (doc.Mapping(s, "own") is { } ownMap)
        {
            foreach (var (k, v) in ownMap.Children)
            {
                if (k is not YamlScalarNode { Value: { } label }) continue;
                if (v is not YamlScalarNode { Value: var md })
                {
                    doc.Error(v, $"'own.{label}' must be Markdown text");
                    continue;
                }
                int line = doc.LineOf(v);
                lines.Add(("own." + label, line));
                // A block scalar's text starts on the line after its '|'.
                int textLine = v is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded } ? line + 1 : line;
                var parts = StoryFile.ReadSections($"## {label}\n\n{md}", textLine - 3, doc.File, []);
                own.Add(parts.Length > 0 ? parts[0] with { Line = line } : new Part(label, Content.Empty, line));
            }
        }
        string? storyText = doc.String(s, "story");
        StoryId? story = StoryId.TryParse(storyText, out var id) ? id : null;
        string? reference = doc.String(s, "ref") ?? (story is null ? storyText : null);
        ImmutableArray<string>? partsList = YamlDoc.Get(s, "parts") is null ? null : doc.Strings(s, "parts");
        return new StoryTelling
        {
            Story = story,
            Ref = reference,
            Title = doc.String(s, "title"),
            Company = doc.String(s, "company"),
            Note = doc.String(s, "note"),
            Label = doc.String(s, "label"),
            Parts = partsList,
            Own = own.ToImmutable(),
            BareLabels = doc.Strings(s, "bare-labels"),
            Line = doc.LineOf(s),
            KeyLines = new KeyLines(lines),
        };
    }

    /// <summary>Writes a framework file with a stable key order.</summary>
    public static string Write(Framework framework) => YamlWriter.Write(Tree(framework));

    /// <summary>
    /// Updates an existing framework file to say <paramref name="framework"/>, in place: only the values, list
    /// entries and keys that differ are edited (comments, blank lines and keys of the user's own stay); see
    /// <see cref="FileUpdate"/>.
    /// </summary>
    public static FileUpdate Update(SourceText source, Framework framework, string file)
    {
        string wanted = Write(framework);
        return FileUpdater.Run(source, (edits, _) =>
        {
            var before = Read(source.Text, file, []) ?? throw new CannotPatchException("the file does not read as a framework");
            var yaml = YamlSyntax.Parse(source.Text, 0, source.Text.Length) ?? throw new CannotPatchException("an empty file");
            YamlPatch.Diff(edits, yaml, Tree(before), Tree(framework));
        }, text => Read(text, file, []) is { } read ? Write(read) : null, wanted);
    }

    /// <summary>The file as the writer writes it: a tree of ordered mappings, lists and scalars.</summary>
    public static Dictionary<string, object> Tree(Framework framework)
    {
        var principles = new List<object>();
        foreach (var p in framework.Principles)
        {
            var map = new Dictionary<string, object> { ["id"] = p.Id };
            if (p.Number is { } n) map["number"] = n;
            map["name"] = p.Name;
            if (p.Description is not null) map["description"] = p.Description;
            if (!p.Probes.IsDefaultOrEmpty) map["probes"] = p.Probes.Select(id => id.ToString()).ToList();
            if (!p.Keywords.IsDefaultOrEmpty) map["keywords"] = p.Keywords.ToList();
            if (p.Question is not null) map["question"] = p.Question;
            if (!p.Stories.IsDefaultOrEmpty) map["stories"] = p.Stories.Select(WriteTelling).ToList();
            if (!p.Notes.IsDefaultOrEmpty)
                map["notes"] = p.Notes.Select(n => (object)new Dictionary<string, object> { ["at"] = n.At, ["text"] = Text.MarkdownContent.ToMarkdown(n.Content).TrimEnd('\n') }).ToList();
            principles.Add(map);
        }
        var root = new Dictionary<string, object>
        {
            ["id"] = framework.Id,
            ["name"] = framework.Name,
        };
        if (framework.Company is not null) root["company"] = framework.Company;
        if (!framework.Aliases.IsDefaultOrEmpty) root["aliases"] = framework.Aliases.ToList();
        if (!framework.Sources.IsDefaultOrEmpty)
            root["sources"] = framework.Sources.Select(s => s.Url is null
                ? new Dictionary<string, object> { ["title"] = s.Title }
                : new Dictionary<string, object> { ["title"] = s.Title, ["url"] = s.Url }).ToList();
        if (framework.Note is not null) root["note"] = framework.Note;
        root["principles"] = principles;
        return root;
    }

    private static Dictionary<string, object> WriteTelling(StoryTelling t)
    {
        var map = new Dictionary<string, object>();
        if (t.Story is { } id) map["story"] = id.Value;
        if (t.Ref is not null) map["ref"] = t.Ref;
        if (t.Title is not null) map["title"] = t.Title;
        if (t.Company is not null) map["company"] = t.Company;
        if (t.Note is not null) map["note"] = t.Note;
        if (t.Label is not null) map["label"] = t.Label;
        if (t.Parts is { } parts) map["parts"] = parts.ToList();
        if (!t.BareLabels.IsDefaultOrEmpty) map["bare-labels"] = t.BareLabels.ToList();
        if (!t.Own.IsDefaultOrEmpty)
        {
            var own = new Dictionary<string, object>();
            foreach (var part in t.Own) own[part.Label] = Text.MarkdownContent.ToMarkdown(part.Content);
            map["own"] = own;
        }
        return map;
    }
}

/// <summary>Slugs for IDs derived from names.</summary>
public static class Slugs
{
    /// <summary>"Have Backbone; Disagree and Commit" becomes <c>have-backbone-disagree-and-commit</c>.</summary>
    public static string Of(string name) => AnswerFile.Slug(name.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal));
}
