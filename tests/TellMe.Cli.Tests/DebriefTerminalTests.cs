using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TellMe.Cli.Tests;

/// <summary>
/// `tellme debrief` on a real pseudo-terminal (util-linux `script`): for each question the file does not
/// settle it asks which story was told, how it went and notes, reading the answers typed on the terminal.
/// </summary>
public sealed partial class DebriefTerminalTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task On_a_terminal_the_story_rating_and_notes_are_asked_for_each_question()
    {
        string bank = _dir.File("bank");
        Assert.Equal(0, CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", bank]).ExitCode);
        string questions = _dir.File("q.txt");
        File.WriteAllText(questions, "Tell me about a conflict with a coworker\nWhy do you want to work here? | Why US\n");
        string tellme = Path.Combine(AppContext.BaseDirectory, "tellme.dll");

        var start = new ProcessStartInfo("script")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir.Path,
        };
        // -q quiet, -e the child's exit code, -c the command; the typescript goes nowhere.
        foreach (var arg in new[] { "-qec", $"dotnet {tellme} debrief --company Acme --round 'phone screen' --questions {questions} --bank {bank}", "/dev/null" })
            start.ArgumentList.Add(arg);
        start.Environment["TERM"] = "xterm";
        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        // Question 1: Enter takes the suggested story, rated 2 (hard), a note. Question 2: the answer is in the file, rated 3, no note.
        process.StandardInput.Write("\n2\nshaky ending\n3\n\n");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        string output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        string screen = Ansi().Replace(output, "");

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Story or answer told [CR4]:", screen);
        Assert.Contains("How did it go? 1 again, 2 hard, 3 good, 4 easy (Enter: not rated):", screen);
        Assert.Contains("Notes (Enter: none):", screen);
        Assert.Single(Regex.Matches(screen, Regex.Escape("Story or answer told"))); // question 2 named its answer in the file
        Assert.Matches(@"2 questions,\s+2\s+scheduled\s+as\s+reviews", screen); // the terminal is 80 columns wide: lines wrap

        var history = CliRunner.Run("debrief", "--company", "Acme", "--json", "--bank", bank);
        using var doc = JsonDocument.Parse(history.Out);
        var q = doc.RootElement.GetProperty("rounds")[0].GetProperty("questions");
        Assert.Equal(("CR4", 2, "shaky ending"), (q[0].GetProperty("story").GetString(), q[0].GetProperty("rating").GetString() == "hard" ? 2 : 0, q[0].GetProperty("notes").GetString()));
        Assert.Equal(("Why US", "good"), (q[1].GetProperty("answerKey").GetString(), q[1].GetProperty("rating").GetString()));
    }

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r")]
    private static partial Regex Ansi();
}
