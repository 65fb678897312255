using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
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
        console.MarkupLine(Invariant($"[bold]Audio[/]: {Clock(s.Duration)} recorded, {Clock(s.SpeechEnd - s.SpeechStart)} first word to last, {Clock(s.Speaking)} speaking [dim]({Markup.Escape(s.Engine)})[/]"));
        console.MarkupLine(Invariant($"  [dim]pace:[/] [bold]{s.WordsPerMinute:0}[/] words a minute; {Said(s)}"));
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

    /// <summary>
    /// The words said and what they were measured from, so a count that differs from the transcript is explained:
    /// "about 158 words (from 276 syllables; 127 recognised)" or "158 words".
    /// </summary>
    public static string Said(SpeechFigures s) => s.PaceFrom == PaceSource.Syllables
        ? Invariant($"about {s.Words} words [dim](from {s.Syllables} syllables; {s.RecognisedWords} recognised)[/]")
        : Invariant($"{s.Words} words");

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
        var root = JsonSerializer.SerializeToNode(PracticeOutput.FeedbackJson(card, spoken.Feedback), Output.Json.SnakeCase)!.AsObject();
        root["audio"] = JsonSerializer.SerializeToNode(AudioJson.From(spoken, keptAt), Output.Json.SnakeCase);
        return root;
    }

    private static string Clock(TimeSpan t) => FeedbackAnalyzer.Clock(t);
    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    private static string Short(string text) => text.Length <= 30 ? text : text[..29] + "…";
}
