using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Spectre.Console;
using TellMe.Practice.Audio;
using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;

namespace TellMe.Cli.Output;

/// <summary>Shows feedback on a spoken answer: the typed-answer feedback, the audio findings, the figures and the marked transcript.</summary>
public static class SpokenOutput
{
    /// <summary>Shows the whole feedback (what <c>tellme feedback --audio</c> and <c>drill --speak</c> print).</summary>
    public static void Show(Terminal terminal, Card card, SpokenFeedback spoken, string? keptAt)
    {
        var console = terminal.Console;
        console.MarkupLine($"[bold]Feedback on your spoken answer to {Markup.Escape(card.Title)}[/] [dim]({Markup.Escape(card.Id.ToString())})[/]");
        if (spoken.Feedback.ComparedWith is { } t && card.Tellings.Length > 1)
            console.MarkupLine($"[dim]compared with {Markup.Escape(Bank.Tellings.RefAndTitle(t.StoryRef, t.Title))}[/]");
        PracticeOutput.Feedback(terminal, spoken.Feedback with { Findings = [.. spoken.Feedback.Findings, .. spoken.Findings] });
        Figures(terminal, spoken.Speech);
        Transcript(terminal, spoken.Speech);
        console.MarkupLine(keptAt is null
            ? "[dim]The recording was analysed on this machine and not kept (--keep-audio keeps it under .tellme/).[/]"
            : $"[dim]Recording kept at {Markup.Escape(keptAt)}.[/]");
    }

    /// <summary>Time, pace per window, pauses and fillers.</summary>
    public static void Figures(Terminal terminal, SpeechFigures s)
    {
        var console = terminal.Console;
        console.WriteLine();
        console.MarkupLine(Invariant($"[bold]Audio[/]: {Clock(s.Duration)} recorded, {Clock(s.SpeechEnd - s.SpeechStart)} first word to last, {Clock(s.Speaking)} speaking; {s.Words} words, [bold]{s.WordsPerMinute:0}[/] words a minute [dim]({Markup.Escape(s.Engine)})[/]"));
        var windows = s.Windows.Select(w => Invariant($"{Clock(w.Start)} {(w.WordsPerMinute is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "–")}"));
        console.MarkupLine($"  [dim]pace per {SpokenAnswerAnalyzer.Window.TotalSeconds:0} s:[/] {Markup.Escape(string.Join("  ", windows))}");
        if (s.Pauses.IsDefaultOrEmpty) console.MarkupLine("  [dim]pauses:[/] none (silences of 0.75 s or more)");
        else
        {
            var longest = s.LongestPause;
            var pauses = s.Pauses.Select(p => Invariant($"{Clock(p.Start)} {p.Duration.TotalSeconds:0.0} s{(p == longest ? " (longest)" : "")}"));
            console.MarkupLine($"  [dim]pauses ({s.Pauses.Length}):[/] {Markup.Escape(string.Join("  ", pauses))}");
        }
        console.MarkupLine(s.Fillers.IsDefaultOrEmpty
            ? "  [dim]fillers:[/] none"
            : $"  [dim]fillers ({s.Fillers.Length}):[/] {Markup.Escape(string.Join("  ", s.Fillers.Select(f => $"{Clock(f.Start)} \"{f.Filler}\"")))}");
    }

    /// <summary>The transcript, a sentence a line: time, STAR letter, words (key-point words bold, fillers dim), the key points it makes.</summary>
    public static void Transcript(Terminal terminal, SpeechFigures s)
    {
        var console = terminal.Console;
        console.WriteLine();
        console.MarkupLine("[bold]Transcript[/] [dim](S/T/A/R: the STAR part a sentence tells; bold: a key point's words)[/]");
        if (s.Sentences.IsDefaultOrEmpty) console.MarkupLine("  [dim](no words recognised)[/]");
        foreach (var sentence in s.Sentences)
        {
            var line = new StringBuilder();
            foreach (var w in sentence.Words)
            {
                if (line.Length > 0) line.Append(' ');
                string text = Markup.Escape(w.Word.Text);
                line.Append(w.Filler is not null ? $"[yellow]{text}[/]" : w.KeyTerm ? $"[bold]{text}[/]" : text);
            }
            string part = sentence.Part is { } p ? p.ToString()[..1] : "·";
            string points = sentence.KeyPoints.IsDefaultOrEmpty ? "" : $"  [green]← {Markup.Escape(string.Join(", ", sentence.KeyPoints.Select(k => k.Label.Length > 0 ? k.Label : Short(k.Text))))}[/]";
            console.MarkupLine($"  [dim]{Clock(sentence.Start)}[/] [bold]{part}[/]  {line}{points}");
        }
    }

    /// <summary>The JSON of <c>feedback --audio --json</c>: the typed-answer feedback's fields, plus <c>audio</c> with snake_case names.</summary>
    public static JsonNode Json(Card card, SpokenFeedback spoken, string? keptAt)
    {
        var root = JsonSerializer.SerializeToNode(PracticeOutput.FeedbackJson(card, spoken.Feedback), Output.Json.Options)!.AsObject();
        root["audio"] = JsonSerializer.SerializeToNode(AudioJson.From(spoken, keptAt), Output.Json.Options);
        return root;
    }

    private static string Clock(TimeSpan t) => FeedbackAnalyzer.Clock(t);
    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    private static string Short(string text) => text.Length <= 30 ? text : text[..29] + "…";
}

/// <summary>The <c>audio</c> object of the JSON: plain snake_case names, times in seconds.</summary>
public sealed record AudioJson(
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("duration_seconds")] double DurationSeconds,
    [property: JsonPropertyName("speech_start_seconds")] double SpeechStartSeconds,
    [property: JsonPropertyName("speech_end_seconds")] double SpeechEndSeconds,
    [property: JsonPropertyName("speaking_seconds")] double SpeakingSeconds,
    [property: JsonPropertyName("words")] int Words,
    [property: JsonPropertyName("words_per_minute")] double WordsPerMinute,
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
        return new AudioJson(s.Engine, Sec(s.Duration), Sec(s.SpeechStart), Sec(s.SpeechEnd), Sec(s.Speaking), s.Words, s.WordsPerMinute,
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
