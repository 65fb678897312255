using System.Text.Json.Serialization;
using TellMe.Practice.Audio;

namespace TellMe.Cli.Output;

/// <summary>The <c>audio</c> object of the JSON: plain snake_case names, times in seconds.</summary>
public sealed record AudioJson(
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("duration_seconds")] double DurationSeconds,
    [property: JsonPropertyName("speech_start_seconds")] double SpeechStartSeconds,
    [property: JsonPropertyName("speech_end_seconds")] double SpeechEndSeconds,
    [property: JsonPropertyName("speaking_seconds")] double SpeakingSeconds,
    [property: JsonPropertyName("words")] int Words,
    [property: JsonPropertyName("recognised_words")] int RecognisedWords,
    [property: JsonPropertyName("words_per_minute")] double WordsPerMinute,
    [property: JsonPropertyName("pace_from")] string PaceFrom,
    [property: JsonPropertyName("syllables")] int Syllables,
    [property: JsonPropertyName("windows")] IReadOnlyList<PaceWindowJson> Windows,
    [property: JsonPropertyName("pauses")] IReadOnlyList<PauseJson> Pauses,
    [property: JsonPropertyName("longest_pause")] [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] PauseJson? LongestPause,
    [property: JsonPropertyName("fillers")] IReadOnlyList<FillerJson> Fillers,
    [property: JsonPropertyName("transcript")] IReadOnlyList<SentenceJson> Transcript,
    [property: JsonPropertyName("findings")] IReadOnlyList<FindingJson> Findings,
    [property: JsonPropertyName("kept_audio")] [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? KeptAudio)
{
    /// <summary>Builds it from the feedback.</summary>
    public static AudioJson From(SpokenFeedback spoken, string? keptAt)
    {
        var s = spoken.Speech;
        return new AudioJson(s.Engine, Sec(s.Duration), Sec(s.SpeechStart), Sec(s.SpeechEnd), Sec(s.Speaking), s.Words, s.RecognisedWords, s.WordsPerMinute, s.PaceFrom.ToString().ToLowerInvariant(), s.Syllables,
            [.. s.Windows.Select(w => new PaceWindowJson(Sec(w.Start), Sec(w.End), w.Words, Sec(w.Speaking), w.WordsPerMinute))],
            [.. s.Pauses.Select(PauseJson.From)],
            s.LongestPause is { } l ? PauseJson.From(l) : null,
            [.. s.Fillers.Select(f => new FillerJson(f.Filler, Sec(f.Start), Sec(f.End)))],
            [.. s.Sentences.Select(x => new SentenceJson(Sec(x.Start), Sec(x.End), x.Text, x.Part?.ToString().ToLowerInvariant(),
                [.. x.KeyPoints.Select(k => k.Label.Length > 0 ? k.Label : k.Text)],
                [.. x.Words.Select(w => new WordJson(w.Word.Text, Sec(w.Word.Start), Sec(w.Word.End), w.Filler, w.KeyTerm))]))],
            [.. spoken.Findings.Select(f => new FindingJson(PracticeOutput.Aspect(f.Aspect), f.Ok, f.Message, f.Suggestion))],
            keptAt);
    }

    /// <summary>Seconds to the hundredth.</summary>
    public static double Sec(TimeSpan t) => Math.Round(t.TotalSeconds, 2);
}

/// <summary>The pace of one window.</summary>
public sealed record PaceWindowJson(
    [property: JsonPropertyName("start_seconds")] double StartSeconds,
    [property: JsonPropertyName("end_seconds")] double EndSeconds,
    [property: JsonPropertyName("words")] int Words,
    [property: JsonPropertyName("speaking_seconds")] double SpeakingSeconds,
    [property: JsonPropertyName("words_per_minute")] [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? WordsPerMinute);

/// <summary>A pause.</summary>
public sealed record PauseJson(
    [property: JsonPropertyName("start_seconds")] double StartSeconds,
    [property: JsonPropertyName("duration_seconds")] double DurationSeconds)
{
    /// <summary>From a pause.</summary>
    public static PauseJson From(Pause p) => new(AudioJson.Sec(p.Start), AudioJson.Sec(p.Duration));
}

/// <summary>A filler and its time.</summary>
public sealed record FillerJson(
    [property: JsonPropertyName("word")] string Word,
    [property: JsonPropertyName("start_seconds")] double StartSeconds,
    [property: JsonPropertyName("end_seconds")] double EndSeconds);

/// <summary>A transcript sentence.</summary>
public sealed record SentenceJson(
    [property: JsonPropertyName("start_seconds")] double StartSeconds,
    [property: JsonPropertyName("end_seconds")] double EndSeconds,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("star")] [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Star,
    [property: JsonPropertyName("key_points")] IReadOnlyList<string> KeyPoints,
    [property: JsonPropertyName("words")] IReadOnlyList<WordJson> Words);

/// <summary>A transcribed word.</summary>
public sealed record WordJson(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start_seconds")] double StartSeconds,
    [property: JsonPropertyName("end_seconds")] double EndSeconds,
    [property: JsonPropertyName("filler")] [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Filler,
    [property: JsonPropertyName("key_term")] bool KeyTerm);

/// <summary>An audio finding.</summary>
public sealed record FindingJson(
    [property: JsonPropertyName("aspect")] string Aspect,
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("suggestion")] string Suggestion);
