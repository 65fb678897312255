using System.Diagnostics;
using Xunit;

namespace TellMe.Testing;

/// <summary>
/// Runs a Debian tool a test needs to make its input (sox, espeak-ng, soxi) and fails the test with the tool's
/// error output when it fails. One copy, linked into every test project (see Directory.Build.props in tests/).
/// </summary>
public static class Tool
{
    /// <summary>Runs <paramref name="tool"/> with <paramref name="args"/> (a list, never parsed by a shell) and returns its standard output.</summary>
    public static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var error = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed: {error.Result}");
        return output;
    }
}
