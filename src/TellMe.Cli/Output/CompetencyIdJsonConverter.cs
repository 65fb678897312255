using System.Text.Json;
using System.Text.Json.Serialization;
using TellMe.Competencies;

namespace TellMe.Cli.Output;

/// <summary>A competency ID in JSON as the question bank writes it (<c>amazon/dive-deep</c>), not as an object of its parts.</summary>
public sealed class CompetencyIdJsonConverter : JsonConverter<CompetencyId>
{
    /// <inheritdoc/>
    public override CompetencyId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CompetencyId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("not a competency ID");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CompetencyId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
