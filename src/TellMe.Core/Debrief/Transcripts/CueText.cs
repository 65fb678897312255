using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TellMe.Debrief.Transcripts;

/// <summary>
/// The text of a caption cue: WebVTT voice spans (<c>&lt;v Name&gt;…&lt;/v&gt;</c>, also <c>&lt;v.loud Name&gt;</c>)
/// split into one piece per speaker, other tags (<c>&lt;c&gt;</c>, <c>&lt;i&gt;</c>, timestamps) removed and
/// character references decoded.
/// </summary>
public static partial class CueText
{
    /// <summary>
    /// The pieces of a cue, each with the voice that says it (null outside any voice span); line breaks are
    /// kept so a caller can look for "Name:" at the start of each line, other tags are left for <see cref="Clean"/>.
    /// </summary>
    public static IReadOnlyList<(string? Voice, string Text)> Voices(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var pieces = new List<(string?, string)>();
        string? voice = null;
        var text = new StringBuilder();
        int i = 0;
        void Flush()
        {
            string piece = text.ToString();
            if (Clean(piece).Length > 0) pieces.Add((voice, piece.Trim()));
            text.Clear();
        }
        foreach (System.Text.RegularExpressions.Match m in VoiceTag().Matches(payload))
        {
            text.Append(payload, i, m.Index - i);
            Flush();
            voice = m.Groups["close"].Success ? null : m.Groups["name"].Value.Trim();
            i = m.Index + m.Length;
        }
        text.Append(payload, i, payload.Length - i);
        Flush();
        return pieces;
    }

    /// <summary>Tags removed, entities decoded, white space collapsed.</summary>
    public static string Clean(string text)
    {
        string stripped = OtherTag().Replace(text, "");
        stripped = WebUtility.HtmlDecode(stripped).Replace('\u200E', ' ').Replace('\u200F', ' ').Replace('\u00A0', ' ');
        return Spaces().Replace(stripped, " ").Trim();
    }

    [GeneratedRegex(@"<v(?:\.[^\s>]*)?\s+(?<name>[^>]+)>|(?<close></v>)", RegexOptions.IgnoreCase)]
    private static partial Regex VoiceTag();

    [GeneratedRegex(@"</?(?:c|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>|</?font[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex OtherTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
