using System.Collections.Immutable;
using TellMe.Bank.Files;
using TellMe.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace TellMe.Import;

/// <summary>Front matter and page ending, shared by every page importer.</summary>
internal static class PageSplit
{
    /// <summary>Splits off and reads the page's front matter (key → scalar text, in order).</summary>
    public static bool TrySplit(string text, string file, List<Diagnostic> diagnostics,
        out ImmutableArray<KeyValuePair<string, string>> front, out string body, out int bodyLine)
    {
        front = [];
        body = text;
        bodyLine = 1;
        if (!FrontMatter.TrySplit(text, out var fm))
        {
            diagnostics.Add(new Diagnostic(InputCodes.BadYaml, Severity.Error, file, 1, 1,
                "the YAML header is opened with '---' but never closed", "end the header with a line '---'"));
            return false;
        }
        body = fm.Body;
        bodyLine = fm.BodyLine;
        if (fm.Yaml is null) return true;
        var (_, root) = YamlDoc.Parse(fm.Yaml, file, fm.YamlLine, diagnostics);
        if (root is null) return false;
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var (k, v) in root.Children)
            if (k is YamlScalarNode { Value: { } key } && v is YamlScalarNode { Value: var value })
                builder.Add(new(key, value ?? ""));
        front = builder.ToImmutable();
        return true;
    }

    /// <summary>What follows the last visible character: usually "\n", sometimes a stray space and no newline.</summary>
    public static string Trailer(string body)
    {
        int end = body.Length;
        while (end > 0 && char.IsWhiteSpace(body[end - 1])) end--;
        return end == body.Length ? "" : body[end..];
    }
}
