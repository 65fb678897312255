using System.CommandLine;
using Spectre.Console;
using TellMe.Cli.Output;
using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme feedback --for KEY FILE</c>: drill feedback on a written answer, without scheduling.</summary>
public static class FeedbackCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var bank = BankOption.Create();
        var key = new Option<string>("--for") { Description = "The card: an answer key (\"Conflict\"), a principle (\"Earn trust\"), a story ID (CR2) or a card ID (answer:conflict).", Required = true };
        var file = new Argument<string?>("FILE") { Description = "The answer: a text file (e.g. a speech-to-text transcript), or - for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var audio = new FeedbackAudio();
        var time = new Option<string>("--time") { Description = "Target speaking time (m:ss or seconds). Default: 2:30.", DefaultValueFactory = _ => "2:30" };
        var json = new Option<bool>("--json") { Description = "Print the feedback as JSON." };
        var command = new Command("feedback", """
            Feedback on a written or transcribed answer, the same as `tellme drill --type` gives, without
            scheduling anything: words and speaking time at the bank's words per minute against the target,
            STAR parts, "I" versus "we", filler words, a number in the result, and which key points of the
            card were covered or missed, each with a concrete suggestion.

            With --audio, the answer is a recording: it is transcribed on this machine and the feedback adds
            what only audio shows: speaking time, words per minute (overall and per 15 s), pauses, fillers
            with their times, and the transcript with its STAR parts and key points marked.

            Examples:
              tellme feedback --for Conflict answer.txt --bank examples/bank
              tellme feedback --for CR2 transcript.txt --time 2:00 --json
              tellme feedback --for Conflict --audio answer.wav --bank examples/bank
              tellme feedback --for Conflict --audio answer.webm --engine whisper --model ggml-base.en.bin --json
            """) { bank, key, file, time, json };
        audio.AddTo(command);
        command.SetAction(parse =>
        {
            if (!PracticeOutput.TryParseTime(parse.GetValue(time), out var target))
            {
                terminal.Fail($"--time '{parse.GetValue(time)}' is not a time: write m:ss (2:30) or seconds (150), up to an hour");
                return ExitCodes.Usage;
            }
            var dir = parse.GetValue(bank)!;
            var loaded = BankOption.Load(terminal, dir);
            if (loaded is null) return ExitCodes.Usage;
            var deck = CardDeck.FromBank(loaded);
            string wanted = parse.GetValue(key)!;
            if (PracticeOutput.FindCard(deck, wanted) is not { } card)
            {
                var answers = deck.Where(c => c.Kind == CardKind.Answer).Select(c => c.Title).Take(8);
                terminal.Fail($"no card '{wanted}' in the bank; give an answer key ({string.Join(", ", answers)}…), a principle name, a story ID or a card ID such as answer:conflict");
                return ExitCodes.Usage;
            }
            bool spoken = parse.GetValue(audio.Audio) is not null;
            if (spoken == (parse.GetValue(file) is not null))
            {
                terminal.Fail(spoken ? "give either FILE (a written answer) or --audio FILE (a recording), not both" : "give the answer: FILE (a text file, - for standard input) or --audio FILE (a recording)");
                return ExitCodes.Usage;
            }
            if (spoken) return audio.Run(parse, terminal, loaded, dir.FullName, card, target, parse.GetValue(json));
            string? answer = PracticeOutput.ReadText(terminal, parse.GetValue(file)!, "answer file");
            if (answer is null) return ExitCodes.Usage;
            if (string.IsNullOrWhiteSpace(answer))
            {
                terminal.Fail("the answer file is empty; write or transcribe the answer first");
                return ExitCodes.Usage;
            }
            var feedback = FeedbackAnalyzer.Analyze(answer, card, new FeedbackOptions { Target = target, WordsPerMinute = loaded.Settings.Check.WordsPerMinute });
            if (parse.GetValue(json))
            {
                Json.Write(terminal.Out, PracticeOutput.FeedbackJson(card, feedback));
                return ExitCodes.Ok;
            }
            terminal.Console.MarkupLine($"[bold]Feedback on your answer to {Markup.Escape(card.Title)}[/] [dim]({Markup.Escape(card.Id.ToString())})[/]");
            if (feedback.ComparedWith is { } t && card.Tellings.Length > 1)
                terminal.Console.MarkupLine($"[dim]compared with {Markup.Escape(Bank.Tellings.RefAndTitle(t.StoryRef, t.Title))}[/]");
            PracticeOutput.Feedback(terminal, feedback);
            return ExitCodes.Ok;
        });
        return command;
    }
}
