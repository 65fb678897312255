using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;
using TellMe.Practice.Drill;

namespace TellMe.Cli.Commands.Drill;

/// <summary>
/// <c>--type</c>: the user types or pastes the answer under the countdown. Enter on an empty line or Ctrl+D
/// submits; Esc, Ctrl+C or a line "q" quits. An Enter that arrives with more text right behind it is part of a
/// paste, so a pasted answer with blank lines between paragraphs is not cut at the first one.
/// </summary>
public sealed class TypedAnswer(IAnsiConsole console, KeyInput keys, TimeProvider time, TimeSpan limit) : IAnswerMode
{
    private const string Keys = "type or paste · Enter twice or Ctrl+D: reveal · Esc: quit";

    /// <inheritdoc/>
    public AnswerTaken? Take(DrillTurn turn)
    {
        long start = time.GetTimestamp();
        var text = new StringBuilder();
        IRenderable View(IRenderable line, bool cursor) =>
            new Rows(line, new Panel(new Spectre.Console.Text(text + (cursor ? "▌" : ""))) { Expand = true, Border = BoxBorder.Rounded, BorderStyle = new Style(Color.Grey) });
        IRenderable Running() => View(CountdownLine.Running(limit - time.GetElapsedTime(start), limit, Keys, console.Profile.Width), cursor: true);

        return LiveRegion.Run(console, Running(), update =>
        {
            long shown = long.MinValue;
            while (true)
            {
                if (keys.Within(KeyInput.PollInterval * 4) is not { } key)
                {
                    long second = (long)Math.Ceiling((limit - time.GetElapsedTime(start)).TotalSeconds);
                    if (second != shown)
                    {
                        shown = second;
                        update(Running());
                    }
                    continue;
                }
                if (key.Key == ConsoleKey.Escape || KeyInput.IsControl(key, ConsoleKey.C, '\u0003'))
                    return Quit();
                if (KeyInput.IsControl(key, ConsoleKey.D, '\u0004'))
                    return Submit();
                if (key.Key == ConsoleKey.Enter || key.KeyChar is '\r' or '\n')
                {
                    string current = text.ToString();
                    string lastLine = current[(current.LastIndexOf('\n') + 1)..].Trim();
                    if (lastLine.Equals("q", StringComparison.OrdinalIgnoreCase))
                    {
                        text.Length -= current.Length - current.LastIndexOf('\n') - 1; // the "q" is not part of the answer
                        return Quit();
                    }
                    if (current.Trim().Length > 0 && current.EndsWith('\n') && !keys.Pending) return Submit();
                    text.Append('\n');
                }
                else if (key.Key == ConsoleKey.Backspace || key.KeyChar == '\b') { if (text.Length > 0) text.Length--; }
                else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
                if (!keys.Pending) update(Running()); // a paste redraws once, at its end
            }

            AnswerTaken Submit()
            {
                var elapsed = time.GetElapsedTime(start);
                string answer = text.ToString().Trim();
                text.Clear().Append(answer);
                update(View(CountdownLine.Answered(elapsed, limit), cursor: false));
                return new AnswerTaken(answer.Length > 0 ? answer : null, elapsed);
            }

            AnswerTaken? Quit()
            {
                update(View(CountdownLine.Stopped(time.GetElapsedTime(start)), cursor: false));
                return null;
            }
        });
    }
}
