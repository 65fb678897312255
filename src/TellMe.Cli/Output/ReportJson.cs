using System.Text.Json;
using System.Text.Json.Serialization;
using TellMe.Practice.Cards;

namespace TellMe.Cli.Output;

/// <summary>
/// JSON for the prep and debrief reports: the shared style (<see cref="Json.Options"/>) with card IDs written as
/// their text ("story:CR2"), as a script would look them up.
/// </summary>
public static class ReportJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = new(Json.Options) { Converters = { new CardIdConverter() } };

    /// <summary>Writes a report and a newline.</summary>
    public static void Write(TextWriter writer, object value) => writer.WriteLine(JsonSerializer.Serialize(value, value.GetType(), Options));

    private sealed class CardIdConverter : JsonConverter<CardId>
    {
        public override CardId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            CardId.Parse(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, CardId value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
