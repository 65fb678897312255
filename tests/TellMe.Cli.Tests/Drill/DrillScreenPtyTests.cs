using System.Text.RegularExpressions;
using TellMe.Data;

namespace TellMe.Cli.Tests.Drill;

/// <summary>
/// The real <c>tellme drill</c> process in a pseudo-terminal (tmux), read as a person sees it at five moments:
/// the question with the countdown ticking, after the reveal, after the rating, the next card, and the summary
/// after q. The countdown must stay on its one line, the question must not move, nothing may be printed twice.
/// </summary>
public partial class DrillScreenPtyTests : IDisposable
{
    private const string Question = "What's the hill you'd die on in a code review?";
    private readonly TempDir _dir = new();

    public DrillScreenPtyTests()
    {
        var import = CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", Bank]);
        Assert.True(import.ExitCode == 0, import.Error);
    }

    public void Dispose() => _dir.Dispose();

    private string Bank => _dir.File("bank");

    [GeneratedRegex(@"^  (\+)?\d+:\d\d (left|over) ")]
    private static partial Regex CountdownLine();

    private static int[] Lines(string screen, Func<string, bool> match) =>
        [.. screen.Split('\n').Select((line, i) => (line, i)).Where(x => match(x.line)).Select(x => x.i)];

    private static int[] CountdownLines(string screen) => Lines(screen, l => CountdownLine().IsMatch(l));

    private string Command => $"dotnet '{Path.Combine(AppContext.BaseDirectory, "tellme.dll")}' drill --bank '{Bank}' --seed 3 --time 0:40";

    [Fact]
    public void Drill_screen_updates_in_place_from_question_to_summary()
    {
        using var tmux = new Tmux(_dir.Path, Command, environment: new Dictionary<string, string?> { ["NO_COLOR"] = null });

        // 1. The question, and the countdown on the line under it.
        var first = tmux.WaitFor(s => CountdownLines(s).Length > 0, "the countdown");
        var question = Lines(first, l => l.Contains(Question, StringComparison.Ordinal));
        Assert.Single(question);
        int countdown = Assert.Single(CountdownLines(first));
        Assert.True(countdown == question[0] + 2, $"the countdown is not right under the question box:\n{first}");
        Assert.Contains("answer aloud · Enter: reveal · q: quit", first.Split('\n')[countdown]);
        Assert.Single(Lines(first, l => l.Contains("Card 1 · answer:vision · new", StringComparison.Ordinal)));

        // It ticks on the same line; everything above it stays as it was.
        string shown = first.Split('\n')[countdown];
        var ticked = tmux.WaitFor(s => CountdownLines(s) is [var i] && s.Split('\n')[i] != shown, "the countdown ticking", seconds: 10);
        Assert.Equal(countdown, Assert.Single(CountdownLines(ticked)));
        Assert.Equal(Above(first, countdown), Above(ticked, countdown));

        // 2. Enter: the countdown line becomes how long the answer took; the reveal and the rating prompt follow.
        tmux.Send("Enter");
        var revealed = tmux.WaitFor(s => s.Contains("How well did you recall it?", StringComparison.Ordinal) && s.Contains("s skip · q quit", StringComparison.Ordinal), "the rating prompt");
        Assert.Empty(CountdownLines(revealed));
        Assert.Matches(@"^  ✓ answered in 0:\d\d · target 0:40$", revealed.Split('\n')[countdown]);
        Assert.Equal(Above(first, countdown), Above(revealed, countdown));
        Assert.Single(Lines(revealed, l => l.StartsWith("── Reveal ──", StringComparison.Ordinal)));
        Assert.Single(Lines(revealed, l => l.Contains("• Core: I believe reliability is a product's core feature", StringComparison.Ordinal)));
        Assert.Matches(@"\n  1 again 1m   2 hard 6m   3 good 10m   4 easy \d+d     s skip · q quit\n?", revealed);

        // 3. Rating 3: the choices line becomes the saved line, and 4. the next card starts below it.
        tmux.Send("3");
        var next = tmux.WaitFor(s => s.Contains("Card 2 ·", StringComparison.Ordinal) && CountdownLines(s).Length > 0, "the second card");
        Assert.Single(Lines(next, l => Regex.IsMatch(l, @"^  ✓ good · saved · back in 10m \(\w{3} \d\d:\d\d\)$")));
        Assert.DoesNotContain("s skip · q quit", next);
        Assert.Single(CountdownLines(next));
        Assert.Single(Lines(next, l => l.Contains(Question, StringComparison.Ordinal)));
        Assert.Single(Lines(next, l => l.Contains("Card 2 · principle:amazon/customer-obsession · new", StringComparison.Ordinal)));
        Assert.Equal(Above(first, countdown), Above(next, countdown));

        // 5. q: the countdown line says the card was not rated; the summary counts the one saved review.
        tmux.Send("q");
        var end = tmux.WaitFor(s => s.Contains("[exit 0]", StringComparison.Ordinal), "the end of the session");
        Assert.Empty(CountdownLines(end));
        Assert.Single(Lines(end, l => Regex.IsMatch(l, @"^  stopped at 0:\d\d: this card is not rated$")));
        Assert.Single(Lines(end, l => Regex.IsMatch(l, @"^Session over: 1 review saved \(good 1\) in \d+:\d\d\. tellme stats shows your progress\.$")));
        NoStrayEscapes(end);

        // The review the screen acknowledged is in the history.
        using var store = SqlitePracticeStore.OpenBank(Bank);
        Assert.Single(store.Reviews());
    }

    [Fact]
    public void Drill_screen_is_coloured_on_a_terminal_and_plain_with_NO_COLOR()
    {
        using (var colour = new Tmux(_dir.Path, Command, environment: new Dictionary<string, string?> { ["NO_COLOR"] = null }))
        {
            colour.WaitFor(s => CountdownLines(s).Length > 0, "the countdown");
            string screen = colour.ScreenWithColours();
            Assert.Matches(ForegroundColour, screen);
            colour.Send("q");
            colour.WaitFor(s => s.Contains("[exit 0]", StringComparison.Ordinal), "the end");
        }
        using var plain = new Tmux(_dir.Path, Command, environment: new Dictionary<string, string?> { ["NO_COLOR"] = "1" });
        var first = plain.WaitFor(s => CountdownLines(s).Length > 0, "the countdown");
        int line = Assert.Single(CountdownLines(first));
        string shown = first.Split('\n')[line];
        var ticked = plain.WaitFor(s => CountdownLines(s) is [var i] && s.Split('\n')[i] != shown, "the countdown ticking", seconds: 10);
        Assert.Equal(line, Assert.Single(CountdownLines(ticked))); // still in place without colour
        Assert.DoesNotMatch(ForegroundColour, plain.ScreenWithColours()); // resets (39, 49) are fine
        plain.Send("q");
        NoStrayEscapes(plain.WaitFor(s => s.Contains("[exit 0]", StringComparison.Ordinal), "the end"));
    }

    // A foreground colour in SGR: 30-37, 90-97, or 38;5;N / 38;2;R;G;B (39 is the default, not a colour).
    private const string ForegroundColour = @"\u001b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38;[25];[0-9;]+)m";

    // The lines above a row, as they were.
    private static string Above(string screen, int row) => string.Join('\n', screen.Split('\n').Take(row));

    // capture-pane shows what the terminal made of the output: an escape sequence it did not understand would be
    // left as text, and a control character as itself.
    private static void NoStrayEscapes(string screen)
    {
        Assert.DoesNotContain('\u001b', screen);
        Assert.DoesNotMatch(@"\[\d*[A-HJKSTfhlm]", screen.Replace("[exit 0]", "", StringComparison.Ordinal));
    }
}
