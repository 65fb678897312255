using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TellMe.Cli.Output;

/// <summary>The one JSON style of every <c>--json</c> output: camelCase, indented, enums as strings.</summary>
public static class Json
{
    /// <summary>Shared options.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new CardIdJsonConverter(), new CompetencyIdJsonConverter() },
    };

    /// <summary>
    /// Options for <c>feedback --audio --json</c>, whose figures are named plainly (<c>words_per_minute</c>,
    /// <c>duration_seconds</c>) for the scripts that read them: the whole document in snake_case, the typed
    /// feedback it includes too, so no one output mixes two styles.
    /// </summary>
    public static JsonSerializerOptions SnakeCase { get; } = new(Options) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Options for JSON Lines (one object per line).</summary>
    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };

    /// <summary>Writes a typed record (each command's shape is a record in Output/Records) as JSON and a newline.</summary>
    public static void Write<T>(TextWriter writer, T value) where T : notnull => writer.WriteLine(JsonSerializer.Serialize(value, Options));

    /// <summary>Writes a typed record as one compact line (JSON Lines).</summary>
    public static void WriteLine<T>(TextWriter writer, T value) where T : notnull => writer.WriteLine(JsonSerializer.Serialize(value, Compact));
}
