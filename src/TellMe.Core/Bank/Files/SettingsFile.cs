using System.Collections.Immutable;
using TellMe.Diagnostics;
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
            pages.Add(new PageSettings
            {
                Kind = kind,
                File = pageFile,
                FrontMatter = front.ToImmutable(),
                Intro = doc.String(p, "intro-raw") ?? (doc.String(p, "intro") is { } intro ? "\n" + intro.TrimEnd('\n') + "\n\n" : ""),
                Outro = doc.String(p, "outro") ?? "",
                Trailer = doc.String(p, "trailer") ?? "\n",
                Framework = doc.String(p, "framework"),
                EntityAmpersands = doc.Bool(p, "entity-ampersands"),
                Columns = columns.Length == 2 ? columns : ["Key", "Value"],
                Company = doc.String(p, "company"),
                Stories = [.. doc.Strings(p, "stories").Select(s => StoryId.TryParse(s, out var id) ? id : (StoryId?)null).OfType<StoryId>()],
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

    /// <summary>Writes the settings with a stable key order.</summary>
    public static string Write(BankSettings settings)
    {
        var root = new Dictionary<string, object>();
        if (settings.Owner is not null) root["owner"] = settings.Owner;
        root["title"] = settings.Title;
        var defaults = new CheckSettings();
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
            if (page.Framework is not null) map["framework"] = page.Framework;
            if (page.Company is not null) map["company"] = page.Company;
            if (!page.Stories.IsDefaultOrEmpty) map["stories"] = page.Stories.Select(s => s.Value).ToList();
            if (page.Kind == PageKind.BehavioralQuestions) map["columns"] = page.Columns.ToList();
            if (page.EntityAmpersands) map["entity-ampersands"] = true;
            if (!page.FrontMatter.IsDefaultOrEmpty)
                map["front-matter"] = page.FrontMatter.ToDictionary(kv => kv.Key, kv => YamlWriter.Natural(kv.Value));
            // The usual page has one blank line after the front matter and one before the content; then the
            // intro is stored as plain Markdown, otherwise exactly as written.
            string trimmed = page.Intro.Trim('\n');
            if ("\n" + trimmed + "\n\n" == page.Intro && trimmed.Length > 0) map["intro"] = trimmed;
            else if (page.Intro.Length > 0) map["intro-raw"] = page.Intro;
            if (page.Outro.Length > 0) map["outro"] = page.Outro;
            if (page.Trailer != "\n") map["trailer"] = page.Trailer;
            pages.Add(map);
        }
        root["pages"] = pages;
        return YamlWriter.Write(root);
    }
}
