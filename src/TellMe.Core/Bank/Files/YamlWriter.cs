using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace TellMe.Bank.Files;

/// <summary>
/// Writes YAML for bank files: keys in the order given (so diffs stay small), multi-line text as
/// literal blocks, and values that look like numbers or booleans written as such.
/// </summary>
public static class YamlWriter
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .DisableAliases()
        .WithEventEmitter(next => new LiteralBlockEmitter(next))
        .WithIndentedSequences()
        .Build();

    /// <summary>Serialises a tree of ordered dictionaries, lists and scalars.</summary>
    public static string Write(object graph) => Serializer.Serialize(graph).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>A scalar read from a page header, given back its natural YAML type so it is written unquoted.</summary>
    public static object Natural(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) && i.ToString(CultureInfo.InvariantCulture) == value ? i
        : value is "true" ? true
        : value is "false" ? false
        : value;

    private sealed class LiteralBlockEmitter(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
        {
            if (eventInfo.Source.Value is string s && s.Contains('\n') && !HasTrailingSpaces(s) && !s.Contains('\r'))
                eventInfo.Style = ScalarStyle.Literal;
            // A CR or a tab would not survive a plain or block scalar, nor a newline one that starts with a newline
            // or has trailing spaces (an intro of one blank line); double quotes spell them out.
            else if (eventInfo.Source.Value is string c && c.AsSpan().IndexOfAny('\r', '\t', '\n') >= 0)
                eventInfo.Style = ScalarStyle.DoubleQuoted;
            base.Emit(eventInfo, emitter);
        }

        private static bool HasTrailingSpaces(string s) =>
            s.Split('\n').Any(line => line.EndsWith(' ') || line.EndsWith('\t')) || s.StartsWith(' ') || s.StartsWith('\n');
    }
}
