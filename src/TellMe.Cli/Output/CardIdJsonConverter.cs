using System.Text.Json;
using System.Text.Json.Serialization;
using TellMe.Practice.Cards;

namespace TellMe.Cli.Output;

/// <summary>A card ID in JSON as the user writes it (<c>answer:conflict</c>), not as an object of its parts.</summary>
public sealed class CardIdJsonConverter : JsonConverter<CardId>
{
    /// <inheritdoc/>
    public override CardId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CardId.TryParse(reader.GetString() ?? "", out var id) ? id : throw new JsonException("not a card ID");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CardId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
