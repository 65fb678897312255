using System.Diagnostics;

namespace TellMe.Cli.Tests.Drill;

/// <summary>
/// A real pseudo-terminal: tmux on a server of its own (its own socket, so a user's tmux is never touched), a
/// window of a fixed size running one command, keys sent with send-keys and the screen read with capture-pane,
/// exactly what a person at that terminal sees.
/// </summary>
public sealed class Tmux : IDisposable
{
    private readonly string _socket = "tellme-test-" + Guid.NewGuid().ToString("N")[..12];
    private const string Target = "drill";

    /// <summary>Starts <paramref name="command"/> (run by sh) in a window of the given size.</summary>
    public Tmux(string workingDirectory, string command, int width = 100, int height = 50, IReadOnlyDictionary<string, string?>? environment = null)
    {
        // A null value unsets the variable (NO_COLOR from the test runner's environment must not leak in).
        var env = environment ?? new Dictionary<string, string?>();
        string exports = string.Concat(env.Select(e => e.Value is null ? $"unset {e.Key}; " : $"export {e.Key}='{e.Value}'; "));
        // The window stays open after the command ends, with its exit code on screen.
        string shell = $"{exports}{command}; echo \"[exit $?]\"; sleep 600";
        Tmux_("new-session", "-d", "-s", Target, "-x", width.ToString(), "-y", height.ToString(), "-c", workingDirectory, "sh", "-c", shell);
    }

    /// <summary>The screen as text: what is visible, escape sequences interpreted, trailing blanks trimmed.</summary>
    public string Screen() => string.Join('\n', Tmux_("capture-pane", "-p", "-t", Target).Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n');

    /// <summary>The screen with its colours (SGR sequences), as capture-pane -e gives it.</summary>
    public string ScreenWithColours() => Tmux_("capture-pane", "-p", "-e", "-t", Target);

    /// <summary>Sends keys as tmux names them ("Enter", "q", "3").</summary>
    public void Send(params string[] keys) => Tmux_(["send-keys", "-t", Target, .. keys]);

    /// <summary>Waits until the screen satisfies <paramref name="condition"/>; fails with the last screen if it never does.</summary>
    public string WaitFor(Func<string, bool> condition, string what, int seconds = 60)
    {
        var watch = Stopwatch.StartNew();
        string screen = "";
        while (watch.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            screen = Screen();
            if (condition(screen)) return screen;
            Thread.Sleep(100);
        }
        throw new Xunit.Sdk.XunitException($"the screen never showed {what}; it was:\n{screen}");
    }

    public void Dispose()
    {
        try { Tmux_("kill-server"); }
        catch (InvalidOperationException) { }
    }

    private string Tmux_(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove("TMUX");
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception ex) { throw new InvalidOperationException("tmux is not installed (apt-get install tmux; .ci/run does)", ex); }
        using var _ = process;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {error}");
        return output;
    }
}
