using System.Collections.Immutable;
using System.Globalization;
using TellMe.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TellMe.Bank.Files;

/// <summary>
/// Reads YAML through YamlDotNet's representation model so that every value keeps its line, which the
/// diagnostics need; wrong shapes become diagnostics instead of exceptions.
/// </summary>
public sealed class YamlDoc
{
    private readonly List<Diagnostic> _diagnostics;

    private YamlDoc(string file, int lineOffset, List<Diagnostic> diagnostics)
    {
        File = file;
        LineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>The bank-relative file being read.</summary>
    public string File { get; }

    /// <summary>Added to YAML's 1-based lines to get file lines (a front matter starts at line 2).</summary>
    public int LineOffset { get; }

    /// <summary>Parses YAML whose root must be a mapping; null (with a diagnostic) when it is not.</summary>
    public static (YamlDoc Doc, YamlMappingNode? Root) Parse(string yaml, string file, int firstLine, List<Diagnostic> diagnostics)
    {
        var doc = new YamlDoc(file, firstLine - 1, diagnostics);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
                return (doc, new YamlMappingNode());
            if (stream.Documents[0].RootNode is YamlMappingNode map) return (doc, map);
            doc.Error(stream.Documents[0].RootNode, "the YAML must be a mapping of keys to values", "write `key: value` lines");
            return (doc, null);
        }
        catch (YamlException ex)
        {
            int line = (int)ex.Start.Line + doc.LineOffset;
            string reason = (ex.InnerException?.Message ?? ex.Message).Split('\n')[0];
            diagnostics.Add(new Diagnostic(InputCodes.BadYaml, Severity.Error, file, Math.Max(line, 1), Math.Max((int)ex.Start.Column, 1),
                $"broken YAML: {reason}", "check indentation and quote values that contain ':' or '#'"));
            return (doc, null);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this (without a position) on some unterminated flow collections, e.g. "[unclosed" at the end of the text.
            diagnostics.Add(new Diagnostic(InputCodes.BadYaml, Severity.Error, file, Math.Max(firstLine, 1), 1,
                $"broken YAML: {ex.Message.Split('\n')[0]} (an unclosed '[', '{{' or quote?)", "check indentation and quote values that contain ':' or '#'"));
            return (doc, null);
        }
    }

    /// <summary>The file line of a node.</summary>
    public int LineOf(YamlNode node) => (int)node.Start.Line + LineOffset;

    /// <summary>Reports a problem at a node.</summary>
    public void Error(YamlNode node, string message, string? hint = null, string code = InputCodes.BadBankFile) =>
        _diagnostics.Add(new Diagnostic(code, Severity.Error, File, LineOf(node), (int)node.Start.Column, message, hint));

    /// <summary>The node under a key, or null. Bank maps have a few keys, so a scan allocates nothing.</summary>
    public static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: { } name } && name == key) return v;
        return null;
    }

    /// <summary>The line of every key of a mapping (<paramref name="ofValues"/>: of its value instead).</summary>
    public KeyLines LinesOf(YamlMappingNode map, bool ofValues = false)
    {
        var entries = new List<(string, int)>(map.Children.Count);
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: { } name }) entries.Add((name, LineOf(ofValues ? v : k)));
        return new KeyLines(entries);
    }

    /// <summary>A scalar's text, or null when absent; a non-scalar is reported.</summary>
    public string? String(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode s) return s.Value;
        Error(node, $"'{key}' must be a single value");
        return null;
    }

    /// <summary>A scalar that is required; reported when missing.</summary>
    public string? Required(YamlMappingNode map, string key, YamlNode where)
    {
        string? value = String(map, key);
        if (string.IsNullOrWhiteSpace(value) && Get(map, key) is null)
            Error(where, $"'{key}' is missing", $"add `{key}: …`");
        return value;
    }

    /// <summary>An integer, or null; a non-number is reported.</summary>
    public int? Int(YamlMappingNode map, string key)
    {
        string? text = String(map, key);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)) return value;
        Error(Get(map, key)!, $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    /// <summary>A number, or null.</summary>
    public double? Double(YamlMappingNode map, string key)
    {
        string? text = String(map, key);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) return value;
        Error(Get(map, key)!, $"'{key}' must be a number, not '{text}'");
        return null;
    }

    /// <summary>A boolean, default false.</summary>
    public bool Bool(YamlMappingNode map, string key)
    {
        string? text = String(map, key);
        if (text is null) return false;
        if (text is "true" or "yes" or "True") return true;
        if (text is "false" or "no" or "False") return false;
        Error(Get(map, key)!, $"'{key}' must be true or false, not '{text}'");
        return false;
    }

    /// <summary>A list of scalars (a single scalar counts as a list of one).</summary>
    public ImmutableArray<string> Strings(YamlMappingNode map, string key)
    {
        switch (Get(map, key))
        {
            case null: return [];
            case YamlScalarNode s: return string.IsNullOrEmpty(s.Value) ? [] : [s.Value];
            case YamlSequenceNode seq:
                var list = ImmutableArray.CreateBuilder<string>();
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { } v }) list.Add(v);
                    else Error(item, $"'{key}' must list plain values");
                }
                return list.ToImmutable();
            case var other:
                Error(other, $"'{key}' must be a list");
                return [];
        }
    }

    /// <summary>The mappings of a sequence under a key.</summary>
    public IEnumerable<YamlMappingNode> Mappings(YamlMappingNode map, string key)
    {
        switch (Get(map, key))
        {
            case null: yield break;
            case YamlSequenceNode seq:
                foreach (var item in seq)
                {
                    if (item is YamlMappingNode m) yield return m;
                    else Error(item, $"each entry of '{key}' must be a mapping");
                }
                break;
            case var other:
                Error(other, $"'{key}' must be a list");
                break;
        }
    }

    /// <summary>A nested mapping, or null.</summary>
    public YamlMappingNode? Mapping(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null or YamlMappingNode) return node as YamlMappingNode;
        Error(node, $"'{key}' must be a mapping");
        return null;
    }
}
