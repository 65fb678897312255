using System.Collections.Immutable;
using TellMe.Diagnostics;
using TellMe.Text;
using YamlDotNet.RepresentationModel;

namespace TellMe.Bank.Files;

/// <summary><c>tellme.yaml</c>: who owns the bank, the pages it builds and the check thresholds.</summary>
public static class SettingsFile
{
    /// <summary>The settings file's name; its presence is what makes a folder a bank.</summary>
    public const string Name = "tellme.yaml";

    private static readonly Dictionary<string, PageKind> Kinds = new()
    {
        ["leadership-principles"] = PageKind.LeadershipPrinciples,
        ["behavioral-questions"] = PageKind.BehavioralQuestions,
        ["projects"] = PageKind.Projects,
    };

    /// <summary>The name a page kind has in the file.</summary>
    public static string KindName(PageKind kind) => Kinds.First(k => k.Value == kind).Key;

    /// <summary>Reads the settings.</summary>
    public static BankSettings? Read(string text, string file, List<Diagnostic> diagnostics)
    {
        var (doc, root) = YamlDoc.Parse(text, file, 1, diagnostics);
        if (root is null) return null;
        var pages = ImmutableArray.CreateBuilder<PageSettings>();
        foreach (var p in doc.Mappings(root, "pages"))
        {
            string? kindText = doc.Required(p, "kind", p);
            string? pageFile = doc.Required(p, "file", p);
            if (kindText is null || pageFile is null) continue;
            if (!Kinds.TryGetValue(kindText, out var kind))
            {
                doc.Error(YamlDoc.Get(p, "kind")!, $"unknown page kind '{kindText}'", $"use one of: {string.Join(", ", Kinds.Keys)}");
                continue;
            }
            var front = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
            if (doc.Mapping(p, "front-matter") is { } fm)
                foreach (var (k, v) in fm.Children)
                    if (k is YamlScalarNode { Value: { } key } && v is YamlScalarNode { Value: var value })
                        front.Add(new(key, value ?? ""));
            var columns = doc.Strings(p, "columns");
            var layout = PageLayoutYaml.Read(doc, p, kind);
            string outro = doc.String(p, "outro") ?? "";
            // Before pages remembered their layout, a projects page kept its outro without the newline after the last table.
            if (kind == PageKind.Projects && layout is null && outro.EndsWith('\n')) outro = "\n" + outro[..^1];
            pages.Add(new PageSettings
            {
                Kind = kind,
                File = pageFile,
                FrontMatter = front.ToImmutable(),
                FrontMatterRaw = doc.String(p, "front-matter-raw"),
                Intro = doc.String(p, "intro-raw") ?? (doc.String(p, "intro") is { } intro ? "\n" + intro.TrimEnd('\n') + "\n\n" : ""),
                Outro = outro,
                Trailer = doc.String(p, "trailer") ?? "\n",
                Framework = doc.String(p, "framework"),
                EntityAmpersands = doc.Bool(p, "entity-ampersands"),
                Columns = columns.Length == 2 ? columns : ["Key", "Value"],
                Company = doc.String(p, "company"),
                Stories = [.. doc.Strings(p, "stories").Select(s => StoryId.TryParse(s, out var id) ? id : (StoryId?)null).OfType<StoryId>()],
                Layout = layout,
                Answers = ReadAnswers(doc, p),
                Shown = doc.Mapping(p, "shown") is { } shown
                    ? shown.Children.Where(kv => kv.Key is YamlScalarNode { Value: not null } && kv.Value is YamlScalarNode { Value: not null })
                        .ToImmutableDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!)
                    : ImmutableDictionary<string, string>.Empty,
                Before = doc.Mapping(p, "before") is { } before
                    ? before.Children.Where(kv => kv.Key is YamlScalarNode { Value: not null } && kv.Value is YamlScalarNode { Value: not null })
                        .ToImmutableDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!)
                    : ImmutableDictionary<string, string>.Empty,
                Tables = doc.Strings(p, "tables"),
                OtherStyleKeys = doc.Strings(p, "other-style-keys"),
                RowPipes = ReadRowPipes(doc, p),
                Drift = ReadDrift(doc, p),
            });
        }
        var check = new CheckSettings();
        if (doc.Mapping(root, "check") is { } c)
        {
            check = new CheckSettings
            {
                MaxPrinciplesPerStory = doc.Int(c, "max-principles-per-story") ?? check.MaxPrinciplesPerStory,
                AnswerMinutes = doc.Double(c, "answer-minutes") ?? check.AnswerMinutes,
                WordsPerMinute = doc.Int(c, "words-per-minute") ?? check.WordsPerMinute,
                Disabled = doc.Strings(c, "disabled"),
            };
        }
        var speech = doc.Mapping(root, "speech") is { } sp
            ? new SpeechSettings { Engine = doc.String(sp, "engine"), Model = doc.String(sp, "model") }
            : new SpeechSettings();
        return new BankSettings
        {
            Owner = doc.String(root, "owner"),
            Title = doc.String(root, "title") ?? "Interview preparation",
            Pages = pages.ToImmutable(),
            Check = check,
            Speech = speech,
        };
    }

    // "answers:" lists keys, or {key, shown} where the page writes the key otherwise. Absent: every answer.
    private static ImmutableArray<PageEntryRef> ReadAnswers(YamlDoc doc, YamlMappingNode page)
    {
        if (YamlDoc.Get(page, "answers") is not YamlSequenceNode list)
        {
            if (YamlDoc.Get(page, "answers") is { } other) doc.Error(other, "'answers' must be a list of answer keys");
            return default;
        }
        var entries = ImmutableArray.CreateBuilder<PageEntryRef>();
        foreach (var item in list)
        {
            if (item is YamlScalarNode { Value: { } key }) entries.Add(new PageEntryRef(key));
            else if (item is YamlMappingNode m && doc.Required(m, "key", m) is { } k) entries.Add(new PageEntryRef(k, doc.String(m, "shown")));
            else if (item is not YamlMappingNode) doc.Error(item, "each answer must be a key, or a mapping with 'key' and 'shown'");
        }
        return entries.ToImmutable();
    }

    // How 'row-pipes' names the pipes a row writes at its ends.
    private static readonly Dictionary<string, PipeEdges> PipeNames = new()
    {
        ["both"] = PipeEdges.Both,
        ["leading"] = PipeEdges.Leading,
        ["closing"] = PipeEdges.Closing,
        ["none"] = PipeEdges.None,
    };

    private static ImmutableDictionary<string, PipeEdges> ReadRowPipes(YamlDoc doc, YamlMappingNode page)
    {
        if (doc.Mapping(page, "row-pipes") is not { } map) return ImmutableDictionary<string, PipeEdges>.Empty;
        var rows = ImmutableDictionary.CreateBuilder<string, PipeEdges>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { } key }) continue;
            if (v is YamlScalarNode { Value: { } name } && PipeNames.TryGetValue(name, out var edges)) rows[key] = edges;
            else doc.Error(v, $"unknown row pipes '{(v as YamlScalarNode)?.Value}' for '{key}'", $"use one of: {string.Join(", ", PipeNames.Keys)}");
        }
        return rows.ToImmutable();
    }

    private static ImmutableArray<SegmentDrift> ReadDrift(YamlDoc doc, YamlMappingNode page)
    {
        var drift = ImmutableArray.CreateBuilder<SegmentDrift>();
        foreach (var d in doc.Mappings(page, "drift"))
        {
            if (doc.Required(d, "segment", d) is not { } segment) continue;
            var lines = ImmutableArray.CreateBuilder<LineDrift>();
            foreach (var l in doc.Mappings(d, "lines"))
            {
                if (doc.Int(l, "at") is not { } at) continue;
                lines.Add(new LineDrift
                {
                    At = at,
                    Lead = doc.String(l, "lead"),
                    Trail = doc.String(l, "trail"),
                    Blanks = YamlDoc.Get(l, "blanks") is YamlSequenceNode blanks
                        ? [.. blanks.OfType<YamlScalarNode>().Select(b => b.Value ?? "")]
                        : null,
                    Spell = YamlDoc.Get(l, "spell") is YamlSequenceNode spell
                        ? [.. spell.OfType<YamlScalarNode>().Select(r => TellMe.Pages.Spelling.Parse(r.Value ?? "")).OfType<Respelling>()]
                        : null,
                });
            }
            drift.Add(new SegmentDrift(segment, doc.String(d, "hash") ?? "", lines.ToImmutable()));
        }
        return drift.ToImmutable();
    }

    /// <summary>Writes the settings with a stable key order.</summary>
    public static string Write(BankSettings settings) => YamlWriter.Write(Tree(settings));

    /// <summary>
    /// Updates an existing <c>tellme.yaml</c> to say <paramref name="settings"/>, in place: only the values,
    /// pages and keys that differ are edited; see <see cref="FileUpdate"/>.
    /// </summary>
    public static FileUpdate Update(SourceText source, BankSettings settings)
    {
        string wanted = Write(settings);
        return FileUpdater.Run(source, (edits, _) =>
        {
            var before = Read(source.Text, Name, []) ?? throw new CannotPatchException("the file does not read as settings");
            var yaml = YamlSyntax.Parse(source.Text, 0, source.Text.Length) ?? throw new CannotPatchException("an empty file");
            YamlPatch.Diff(edits, yaml, Tree(before), Tree(settings));
        }, text => Read(text, Name, []) is { } read ? Write(read) : null, wanted);
    }

    /// <summary>The file as the writer writes it: a tree of ordered mappings, lists and scalars.</summary>
    public static Dictionary<string, object> Tree(BankSettings settings)
    {
        var root = new Dictionary<string, object>();
        if (settings.Owner is not null) root["owner"] = settings.Owner;
        root["title"] = settings.Title;
        var check = new Dictionary<string, object>
        {
            ["max-principles-per-story"] = settings.Check.MaxPrinciplesPerStory,
            ["answer-minutes"] = settings.Check.AnswerMinutes,
            ["words-per-minute"] = settings.Check.WordsPerMinute,
        };
        if (!settings.Check.Disabled.IsDefaultOrEmpty) check["disabled"] = settings.Check.Disabled.ToList();
        root["check"] = check;
        if (settings.Speech.Engine is not null || settings.Speech.Model is not null)
        {
            var speech = new Dictionary<string, object>();
            if (settings.Speech.Engine is not null) speech["engine"] = settings.Speech.Engine;
            if (settings.Speech.Model is not null) speech["model"] = settings.Speech.Model;
            root["speech"] = speech;
        }
        var pages = new List<object>();
        foreach (var page in settings.Pages)
        {
            var map = new Dictionary<string, object> { ["kind"] = KindName(page.Kind), ["file"] = page.File };
            if (page.Layout is { } layout) map["layout"] = PageLayoutYaml.Write(layout, page.Kind);
            if (page.Framework is not null) map["framework"] = page.Framework;
            if (page.Company is not null) map["company"] = page.Company;
            if (!page.Stories.IsDefaultOrEmpty) map["stories"] = page.Stories.Select(s => s.Value).ToList();
            if (page.Kind == PageKind.BehavioralQuestions || page.Layout is { Thead: true } or { Kind: LayoutKind.PipeTable }) map["columns"] = page.Columns.ToList();
            if (page.EntityAmpersands) map["entity-ampersands"] = true;
            if (!page.Answers.IsDefault)
                map["answers"] = page.Answers.Select(a => a.Shown is null ? (object)a.Id : new Dictionary<string, object> { ["key"] = a.Id, ["shown"] = a.Shown }).ToList();
            if (!page.Shown.IsEmpty) map["shown"] = page.Shown.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => (object)kv.Value);
            if (!page.Tables.IsDefaultOrEmpty) map["tables"] = page.Tables.ToList();
            if (!page.Before.IsEmpty) map["before"] = page.Before.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => (object)kv.Value);
            if (!page.OtherStyleKeys.IsDefaultOrEmpty) map["other-style-keys"] = page.OtherStyleKeys.ToList();
            if (!page.RowPipes.IsEmpty)
                map["row-pipes"] = page.RowPipes.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => (object)PipeNames.First(n => n.Value == kv.Value).Key);
            if (!page.FrontMatter.IsDefaultOrEmpty)
                map["front-matter"] = page.FrontMatter.ToDictionary(kv => kv.Key, kv => YamlWriter.Natural(kv.Value));
            if (page.FrontMatterRaw is not null) map["front-matter-raw"] = page.FrontMatterRaw;
            // The usual page has one blank line after the front matter and one before the content; then the
            // intro is stored as plain Markdown, otherwise exactly as written.
            string trimmed = page.Intro.Trim('\n');
            if ("\n" + trimmed + "\n\n" == page.Intro && trimmed.Length > 0) map["intro"] = trimmed;
            else if (page.Intro.Length > 0) map["intro-raw"] = page.Intro;
            if (page.Outro.Length > 0) map["outro"] = page.Outro;
            if (page.Trailer != "\n") map["trailer"] = page.Trailer;
            if (!page.Drift.IsDefaultOrEmpty) map["drift"] = page.Drift.Select(WriteDrift).ToList();
            pages.Add(map);
        }
        root["pages"] = pages;
        return root;
    }

    private static Dictionary<string, object> WriteDrift(SegmentDrift drift) => new()
    {
        ["segment"] = drift.Segment,
        ["hash"] = drift.Hash,
        ["lines"] = drift.Lines.Select(l =>
        {
            var line = new Dictionary<string, object> { ["at"] = l.At };
            if (l.Lead is not null) line["lead"] = l.Lead;
            if (l.Trail is not null) line["trail"] = l.Trail;
            if (l.Blanks is { } blanks) line["blanks"] = blanks.ToList();
            if (l.Spell is { } spell) line["spell"] = spell.Select(TellMe.Pages.Spelling.Format).ToList();
            return line;
        }).ToList(),
    };
}
