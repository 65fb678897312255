namespace TellMe.Debrief.Transcripts;

/// <summary>
/// Plain transcripts and notes: "Speaker: text" per line, a timestamp before or after the name allowed
/// ("[00:12:03] Dana: …", "Dana (12:03): …"); a line without a name continues the speaker above. A line that is
/// only a name and a time ("Dana Okafor  0:04", as some tools export) names the speaker of the lines below.
/// </summary>
internal static class SpeakerLinesReader
{
    public static List<TranscriptReader.Raw> Read(string text)
    {
        var result = new List<TranscriptReader.Raw>();
        var lines = text.Split('\n');
        string? pendingSpeaker = null;
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n].Trim().TrimStart('\uFEFF');
            if (line.Length == 0) continue;
            string rest = Timing.StripStamp(line, out var at).Trim();
            if (rest.Length == 0) continue;
            if (Timing.TrySpeakerStamp(rest, out var stamped, out var stampAt, out var stampedText) && IsBareName(stamped))
            {
                at = stampAt;
                if (stampedText.Length == 0)
                {
                    pendingSpeaker = stamped;
                    continue;
                }
                rest = $"{stamped}: {stampedText}";
            }
            if (SpeakerPrefix.TrySplit(rest, out var speaker, out var said))
            {
                result.Add(new TranscriptReader.Raw(speaker, false, CueText.Clean(said), n + 1, at, true));
                pendingSpeaker = null;
                continue;
            }
            if (pendingSpeaker is not null)
            {
                result.Add(new TranscriptReader.Raw(pendingSpeaker, false, CueText.Clean(rest), n + 1, at, true));
                pendingSpeaker = null;
                continue;
            }
            // A continuation: joins the piece above (a sentence wrapped onto the next line).
            if (result.Count > 0)
            {
                var last = result[^1];
                result[^1] = last with { Text = $"{last.Text} {CueText.Clean(rest)}" };
            }
            else result.Add(new TranscriptReader.Raw(null, false, CueText.Clean(rest), n + 1, at, true));
        }
        return result;
    }

    private static bool IsBareName(string text)
    {
        if (text.Length > 40 || text[^1] is '.' or '?' or '!' or ',' or ':') return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && words.All(w => char.IsUpper(w[0]));
    }
}
