namespace TellMe.Debrief.Transcripts;

/// <summary>The format a transcript was recognised as.</summary>
public enum TranscriptFormat
{
    /// <summary>WebVTT (<c>WEBVTT</c> header, cues with <c>--&gt;</c> timings), speakers in voice tags <c>&lt;v Name&gt;</c> or "Name:" in the text.</summary>
    WebVtt,
    /// <summary>SubRip: numbered cues with <c>00:00:01,000 --&gt; …</c> timings, speakers as "Name:" or "[Name]".</summary>
    Srt,
    /// <summary>Plain lines "Speaker: text", optionally with timestamps; a line without a speaker continues the one above.</summary>
    SpeakerLines,
}

/// <summary>Something one person said, as the transcript has it.</summary>
/// <param name="Speaker">Who, as the transcript names them; null when it does not say.</param>
/// <param name="Text">What, tags removed.</param>
/// <param name="Line">The 1-based line it starts on.</param>
/// <param name="Start">When, if the transcript says.</param>
/// <param name="NewLine">True when it is a line of its own in plain notes (so it starts a new sentence), false for a caption cue, which may continue a sentence.</param>
public sealed record Utterance(string? Speaker, string Text, int Line, TimeSpan? Start, bool NewLine = false);
