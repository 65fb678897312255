namespace TellMe.Debrief.Transcripts;

/// <summary>Caption files: WebVTT and SRT cues into pieces of speech.</summary>
internal static class CaptionReader
{
    /// <summary>WebVTT: the header and NOTE, STYLE and REGION blocks are skipped; a cue's voice spans are its speakers.</summary>
    public static List<TranscriptReader.Raw> ReadVtt(string text) => Read(text, vtt: true);

    /// <summary>SRT: numbered cues; speakers as "Name:" or "[Name]" at the start of a line.</summary>
    public static List<TranscriptReader.Raw> ReadSrt(string text) => Read(text, vtt: false);

    private static List<TranscriptReader.Raw> Read(string text, bool vtt)
    {
        var result = new List<TranscriptReader.Raw>();
        var lines = text.Split('\n');
        int i = 0;
        if (vtt)
        {
            // The header block: WEBVTT and its metadata lines, up to the first blank line.
            while (i < lines.Length && lines[i].Trim().Length > 0) i++;
        }
        while (i < lines.Length)
        {
            while (i < lines.Length && lines[i].Trim().Length == 0) i++;
            int blockStart = i;
            while (i < lines.Length && lines[i].Trim().Length > 0) i++;
            if (blockStart >= i) continue;
            string first = lines[blockStart].Trim();
            if (vtt && (first.StartsWith("NOTE", StringComparison.Ordinal) || first is "STYLE" or "REGION")) continue;
            int timing = -1;
            for (int k = blockStart; k < i && timing < 0; k++)
                if (Timing.IsCueTiming(lines[k])) timing = k;
            if (timing < 0 || timing + 1 >= i) continue; // not a cue, or a cue without text
            var start = Timing.CueStart(lines[timing]);
            int payloadLine = timing + 1;
            string payload = string.Join('\n', lines[payloadLine..i]);
            foreach (var (voice, piece) in CueText.Voices(payload))
            {
                if (voice is not null)
                {
                    result.Add(new TranscriptReader.Raw(voice, true, CueText.Clean(piece), payloadLine + 1, start, false));
                    continue;
                }
                // Without a voice tag each line may name its speaker; a line that does not continues the piece.
                string? speaker = null;
                var current = new List<string>();
                void Flush()
                {
                    string clean = CueText.Clean(string.Join(' ', current));
                    if (clean.Length > 0) result.Add(new TranscriptReader.Raw(speaker, false, clean, payloadLine + 1, start, false));
                    current.Clear();
                }
                foreach (var line in piece.Split('\n'))
                {
                    if (SpeakerPrefix.TrySplit(CueText.Clean(line), out var name, out var said))
                    {
                        Flush();
                        speaker = name;
                        current.Add(said);
                    }
                    else current.Add(line);
                }
                Flush();
            }
        }
        return result;
    }
}
