using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;
using TellMe.Cli.Output;

namespace TellMe.Cli.Tests;

/// <summary>
/// `tellme debrief`'s questions in-process: the keys come through the terminal's input (Spectre.Console.Testing's
/// TestConsole, as the drill's tests type theirs), so a wrong story, a rating out of range and Esc are typed
/// here, and the whole screen is pinned. The real pseudo-terminal is DebriefTerminalTests.
/// </summary>
public sealed class DebriefPromptTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDir _dir = new();
    private readonly string _bank;
    private readonly string _questions;

    public DebriefPromptTests()
    {
        _bank = _dir.File("bank");
        Assert.Equal(0, CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", _bank]).ExitCode);
        _questions = _dir.File("q.txt");
        File.WriteAllText(_questions, "Tell me about a conflict with a coworker\nWhy do you want to work here? | Why US\nTell me about a failure | IT9 | 3 | fine\n");
    }

    public void Dispose() => _dir.Dispose();

    private (int Code, string Screen, string Error) Debrief(TestConsole console, bool interactive = true)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var terminal = new Terminal(console, output, error, interactive) { Time = new FakeTimeProvider(Now) };
        int code = TellMeApp.Run(["debrief", "--company", "Acme", "--round", "phone screen", "--questions", _questions, "--bank", _bank], terminal);
        return (code, console.Output.Replace("\r\n", "\n") + output, error.ToString());
    }

    private static TestConsole Console() => new TestConsole().Width(110).SupportsAnsi(false);

    private static void Type(TestConsole console, string text)
    {
        foreach (char c in text)
        {
            if (c == '\n') console.Input.PushKey(ConsoleKey.Enter);
            else console.Input.PushCharacter(c);
        }
    }

    private JsonElement Recorded()
    {
        var history = CliRunner.Run("debrief", "--company", "Acme", "--json", "--bank", _bank);
        Assert.Equal(0, history.ExitCode);
        return JsonDocument.Parse(history.Out).RootElement.GetProperty("rounds")[0].GetProperty("questions").Clone();
    }

    [Fact]
    public void Story_rating_and_notes_are_asked_for_what_the_file_leaves_open_and_wrong_answers_are_asked_again()
    {
        var console = Console();
        Type(console, "CR99\n");        // question 1: no such story: asked again
        Type(console, "CR3\n");         //             a story of the bank
        Type(console, "7\n2\n");        //             7 is not a rating: asked again; 2 (hard)
        Type(console, "ran out of time\n");
        Type(console, "3\n\n");         // question 2: the answer is in the file; 3 (good), no notes
                                        // question 3: the file settles everything: nothing asked
        var (code, screen, error) = Debrief(console);
        Assert.True(code == 0, error);
        Snapshot.Match(Snapshot.Scrub(screen, _dir.Path), "debrief-prompts");

        var q = Recorded();
        Assert.Equal(("CR3", "hard", "ran out of time"), (q[0].GetProperty("story").GetString(), q[0].GetProperty("rating").GetString(), q[0].GetProperty("notes").GetString()));
        Assert.Equal(("Why US", "good"), (q[1].GetProperty("answerKey").GetString(), q[1].GetProperty("rating").GetString()));
        Assert.False(q[1].TryGetProperty("notes", out _));
        Assert.Equal(("IT9", "good", "fine"), (q[2].GetProperty("story").GetString(), q[2].GetProperty("rating").GetString(), q[2].GetProperty("notes").GetString()));
    }

    [Fact]
    public void Esc_ends_the_questions_and_the_rest_is_recorded_as_the_file_has_it()
    {
        var console = Console();
        Type(console, "\n\n\n");                  // question 1: the suggestion, not rated, no notes
        console.Input.PushKey(ConsoleKey.Escape); // question 2: stop asking
        var (code, screen, error) = Debrief(console);
        Assert.True(code == 0, error);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(screen, "Story or answer told"));

        var q = Recorded();
        Assert.Equal(3, q.GetArrayLength());
        Assert.Equal("CR4", q[0].GetProperty("story").GetString()); // Enter took TellMe's suggestion
        Assert.False(q[0].TryGetProperty("rating", out _));
        Assert.False(q[1].TryGetProperty("rating", out _));
        Assert.Equal("good", q[2].GetProperty("rating").GetString());
    }

    [Fact]
    public void When_keys_cannot_be_read_nothing_is_asked_and_the_file_is_recorded_as_it_is()
    {
        var console = Console(); // no keys pushed: a prompt would fail the test
        var (code, screen, error) = Debrief(console, interactive: false);
        Assert.True(code == 0, error);
        Assert.DoesNotContain("Story or answer told", screen);
        Assert.Contains("Recorded phone screen with Acme on 2026-03-02", screen);
        Assert.False(Recorded()[0].TryGetProperty("rating", out _));
    }
}
