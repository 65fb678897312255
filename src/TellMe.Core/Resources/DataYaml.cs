using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TellMe.Resources;

/// <summary>
/// Reading the team's data files (<c>data/*.yaml</c>): a wrong shape is a defect of TellMe, so every problem
/// throws <see cref="InvalidDataException"/> naming the file and line, and the tests load every file.
/// </summary>
internal sealed class DataYaml(string file)
{
    /// <summary>The file name, for messages.</summary>
    public string File { get; } = file;

    /// <summary>The root mapping of <paramref name="yaml"/>.</summary>
    public YamlMappingNode Root(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode map) return map;
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{File} line {ex.Start.Line}: {ex.Message}", ex);
        }
        throw new InvalidDataException($"{File}: the root must be one YAML mapping");
    }

    /// <summary>The node under a key, or null.</summary>
    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    /// <summary>A required non-empty text.</summary>
    public string Text(YamlMappingNode map, string key) =>
        OptionalText(map, key) ?? throw Fail(map, $"'{key}' is missing");

    /// <summary>An optional text.</summary>
    public string? OptionalText(YamlMappingNode map, string key) => Get(map, key) switch
    {
        null => null,
        YamlScalarNode { Value: { Length: > 0 } value } => value,
        var node => throw Fail(node, $"'{key}' must be a non-empty text"),
    };

    /// <summary>An optional number.</summary>
    public double? Number(YamlMappingNode map, string key) => OptionalText(map, key) is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value
        : throw Fail(map, $"'{key}' must be a number, not '{text}'");

    /// <summary>A list of texts (absent: empty).</summary>
    public ImmutableArray<string> Texts(YamlMappingNode map, string key) => Get(map, key) switch
    {
        null => [],
        YamlSequenceNode seq => [.. seq.Children.Select(n => n is YamlScalarNode { Value: { Length: > 0 } v } ? v : throw Fail(n, $"'{key}' must list non-empty texts"))],
        var node => throw Fail(node, $"'{key}' must be a list"),
    };

    /// <summary>The mappings of a required list.</summary>
    public IEnumerable<YamlMappingNode> Mappings(YamlMappingNode map, string key) => Get(map, key) switch
    {
        YamlSequenceNode seq => seq.Children.Select(n => n as YamlMappingNode ?? throw Fail(n, $"each entry of '{key}' must be a mapping")),
        null => throw Fail(map, $"'{key}' is missing"),
        var node => throw Fail(node, $"'{key}' must be a list"),
    };

    /// <summary>A mapping of text keys to numbers (absent: empty).</summary>
    public ImmutableArray<(string Key, double Value)> Weights(YamlMappingNode map, string key)
    {
        if (Get(map, key) is not { } node) return [];
        if (node is not YamlMappingNode weights) throw Fail(node, $"'{key}' must map names to numbers");
        var list = ImmutableArray.CreateBuilder<(string, double)>();
        foreach (var (k, v) in weights.Children)
        {
            if (k is not YamlScalarNode { Value: { Length: > 0 } name } || v is not YamlScalarNode { Value: { } text }
                || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                throw Fail(k, $"each entry of '{key}' must be 'name: number'");
            list.Add((name, value));
        }
        return list.ToImmutable();
    }

    /// <summary>An exception naming the file and the node's line.</summary>
    public InvalidDataException Fail(YamlNode node, string message) => new($"{File} line {node.Start.Line}: {message}");
}
