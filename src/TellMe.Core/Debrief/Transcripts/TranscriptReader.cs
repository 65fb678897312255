using System.Collections.Immutable;

namespace TellMe.Debrief.Transcripts;

/// <summary>
/// Reads a meeting transcript into utterances, recognising the format from the content: WebVTT (a
/// <c>WEBVTT</c> header), SRT (numbered cues with comma timings), or plain "Speaker: text" lines.
/// </summary>
/// <remarks>
/// A name written in front of a line ("Alex Chen: …") is taken as a speaker only when it recurs or is a role
/// word ("Interviewer", "Me"), so a single "Result: we cut costs" inside an answer stays text. Voice tags are
/// always speakers.
/// </remarks>
public static class TranscriptReader
{
    /// <summary>A piece of a transcript before speakers are confirmed.</summary>
    internal sealed record Raw(string? Speaker, bool Certain, string Text, int Line, TimeSpan? Start, bool NewLine);

    /// <summary>Recognises the format of a transcript.</summary>
    public static TranscriptFormat Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith("WEBVTT", StringComparison.Ordinal)) return TranscriptFormat.WebVtt;
        var lines = start.Split('\n', 4);
        if (lines.Length >= 2 && int.TryParse(lines[0].Trim(), out _) && Timing.IsCueTiming(lines[1])) return TranscriptFormat.Srt;
        return TranscriptFormat.SpeakerLines;
    }

    /// <summary>The utterances of a transcript, in order, and its format.</summary>
    public static (TranscriptFormat Format, ImmutableArray<Utterance> Utterances) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var format = Detect(text);
        var raw = format switch
        {
            TranscriptFormat.WebVtt => CaptionReader.ReadVtt(text),
            TranscriptFormat.Srt => CaptionReader.ReadSrt(text),
            _ => SpeakerLinesReader.Read(text),
        };
        return (format, Confirm(raw));
    }

    // A guessed name that occurs once is text after all; a piece without a speaker continues the one before.
    private static ImmutableArray<Utterance> Confirm(IReadOnlyList<Raw> raw)
    {
        var counts = raw.Where(r => r.Speaker is not null).GroupBy(r => r.Speaker!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Utterance>(raw.Count);
        foreach (var r in raw)
        {
            string? speaker = r.Speaker;
            string text = r.Text;
            if (speaker is not null && !r.Certain && counts[speaker] < 2 && !SpeakerPrefix.RoleWords.Contains(speaker))
            {
                text = $"{speaker}: {text}";
                speaker = null;
            }
            result.Add(new Utterance(speaker, text, r.Line, r.Start, r.NewLine));
        }
        return result.ToImmutable();
    }
}
