using Microsoft.Extensions.Time.Testing;
using Spectre.Console;
using Spectre.Console.Testing;
using TellMe.Cli.Output;
using TellMe.Data;
using TellMe.Practice.Scheduling;

namespace TellMe.Cli.Tests.Drill;

/// <summary>
/// The interactive loop in-process: Spectre.Console.Testing's TestConsole for the screen and its keys, a fake
/// clock that the loop's waits advance, so a countdown of minutes runs in no time and the screen is the same on
/// every run.
/// </summary>
public class InteractiveDrillTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDir _dir = new();
    private readonly FakeTimeProvider _time = new(Start);

    public InteractiveDrillTests()
    {
        var import = CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", Bank]);
        Assert.True(import.ExitCode == 0, import.Error);
    }

    public void Dispose() => _dir.Dispose();

    private string Bank => _dir.File("bank");

    private (int Code, string Screen, string Error) Drill(IAnsiConsoleInput? keys, TestConsole console, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int pauses = 0;
        var terminal = new Terminal(console, output, error, interactive: true)
        {
            Time = _time,
            Pause = wait =>
            {
                // A loop waiting for a key that never comes would spin forever on a fake clock.
                if (++pauses > 1_000_000) throw new InvalidOperationException("the drill waited for a key the test never sent");
                _time.Advance(wait);
            },
            Input = keys ?? console.Input,
        };
        int code = TellMeApp.Run(["drill", "--bank", Bank, "--seed", "3", .. extra], terminal);
        return (code, console.Output.Replace("\r\n", "\n"), error.ToString());
    }

    // No cursor control: each live region shows its first and final state, one after the other.
    private static TestConsole Console() => new TestConsole().Width(100).SupportsAnsi(false);

    [Fact]
    public void Keys_reveal_rate_skip_and_quit_and_only_the_rated_card_is_saved()
    {
        var console = Console();
        console.Input.PushKey(ConsoleKey.Enter);        // card 1: reveal
        console.Input.PushCharacter('3');               //         good
        console.Input.PushKey(ConsoleKey.Enter);        // card 2: reveal
        console.Input.PushCharacter('s');               //         skip
        console.Input.PushCharacter('q');               // card 3: quit during the countdown
        var (code, screen, error) = Drill(null, console);
        Assert.True(code == 0, error);
        Snapshot.Match(Snapshot.Scrub(screen, _dir.Path), "drill-interactive");

        using var store = SqlitePracticeStore.OpenBank(Bank);
        var review = Assert.Single(store.Reviews());
        Assert.Equal("answer:vision", review.CardId.ToString());
        Assert.Equal(Rating.Good, review.Rating);
    }

    [Fact]
    public void The_countdown_follows_the_clock_and_says_how_long_the_answer_took()
    {
        var console = Console();
        var keys = new TimedKeys(_time, Start)
            .At(TimeSpan.FromSeconds(12), ConsoleKey.Enter)   // answered in 0:12
            .At(TimeSpan.FromSeconds(14), '1')                // again
            .At(TimeSpan.FromSeconds(60), ConsoleKey.Enter)   // card 2 after 46 s, 6 s over a 0:40 target
            .At(TimeSpan.FromSeconds(61), 'q');
        var (code, screen, error) = Drill(keys, console, "--time", "0:40");
        Assert.True(code == 0, error);
        Assert.Contains("  ✓ answered in 0:12 · target 0:40", screen);
        Assert.Contains("  ✓ answered in 0:46 · 0:06 over the 0:40 target", screen);
        Assert.Contains("  ✓ again · saved · back in 1m (Mon 09:01)", screen);
        Assert.Contains("Session over: 1 review saved (again 1) in 1:01.", screen);
    }

    [Fact]
    public void Typed_answer_gets_feedback_before_the_rating_and_is_stored_with_its_words()
    {
        var console = Console();
        var keys = new TimedKeys(_time, Start)
            .Type(TimeSpan.FromSeconds(20), "I proposed a canary release and I measured the error rate.")
            .At(TimeSpan.FromSeconds(21), ConsoleKey.Enter)
            .Type(TimeSpan.FromSeconds(40), "As a result we cut incidents by 40 percent.")
            .At(TimeSpan.FromSeconds(41), ConsoleKey.Enter)
            .At(TimeSpan.FromSeconds(42), ConsoleKey.Enter)  // an empty line submits
            .At(TimeSpan.FromSeconds(50), '2')               // got it
            .At(TimeSpan.FromSeconds(55), ConsoleKey.Escape); // card 2: quit while typing
        var (code, screen, error) = Drill(keys, console, "--type", "--pass-fail");
        Assert.True(code == 0, error);
        Snapshot.Match(Snapshot.Scrub(screen, _dir.Path), "drill-interactive-typed");
        using var store = SqlitePracticeStore.OpenBank(Bank);
        var review = Assert.Single(store.Reviews());
        Assert.Equal(Rating.Good, review.Rating);
        Assert.Equal(20, review.AnswerWords);
    }

    [Fact]
    public void With_cursor_control_the_countdown_is_redrawn_in_place_never_with_a_zero_cursor_move()
    {
        var console = Console().EmitAnsiSequences().SupportsAnsi(true);
        var keys = new TimedKeys(_time, Start).At(TimeSpan.FromSeconds(5), ConsoleKey.Enter).At(TimeSpan.FromSeconds(6), 'q');
        var (code, raw, error) = Drill(keys, console, "--time", "0:40");
        Assert.True(code == 0, error);
        // Spectre 0.49 wrote ESC[0A here, which terminals read as "up one line": the countdown climbed the screen.
        Assert.DoesNotContain("\u001b[0A", raw);
        foreach (var left in new[] { "0:40 left", "0:39 left", "0:36 left" }) Assert.Contains(left, raw);
        string text = System.Text.RegularExpressions.Regex.Replace(raw, "\u001b\\[[0-9;]*m", ""); // colours off, cursor moves kept
        Assert.Equal(1, Count(text, "the hill you'd die on in a code review"));
        // Each redraw starts by returning to the start of the countdown's line, not on a new line.
        Assert.True(System.Text.RegularExpressions.Regex.Matches(text, "\r  0:3\\d left").Count >= 4, text);
        Assert.DoesNotMatch("\n  0:3\\d left", text);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

/// <summary>Keys that arrive at set times of a fake clock: a person who answers for twelve seconds, then presses Enter.</summary>
internal sealed class TimedKeys(FakeTimeProvider time, DateTimeOffset start) : IAnsiConsoleInput
{
    private readonly Queue<(TimeSpan At, ConsoleKeyInfo Key)> _keys = new();

    public TimedKeys At(TimeSpan at, ConsoleKey key) => Add(at, new ConsoleKeyInfo(key switch { ConsoleKey.Enter => '\r', ConsoleKey.Escape => '\u001b', _ => '\0' }, key, false, false, false));

    public TimedKeys At(TimeSpan at, char c) => Add(at, new ConsoleKeyInfo(c, ConsoleKey.NoName, false, false, false));

    /// <summary>Text that arrives all at once, as a paste or a fast typist.</summary>
    public TimedKeys Type(TimeSpan at, string text)
    {
        foreach (char c in text) At(at, c);
        return this;
    }

    private TimedKeys Add(TimeSpan at, ConsoleKeyInfo key)
    {
        _keys.Enqueue((at, key));
        return this;
    }

    public bool IsKeyAvailable() => _keys.Count > 0 && time.GetUtcNow() - start >= _keys.Peek().At;

    public ConsoleKeyInfo? ReadKey(bool intercept) => IsKeyAvailable() ? _keys.Dequeue().Key : null;

    public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
}
