using System.Diagnostics;
using TellMe.Cli.Output;

namespace TellMe.Cli.Tests;

/// <summary>The result of one tellme run.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs tellme in-process (fast, pins output) or as a real process (exit codes, no terminal, no stdin).</summary>
public static class CliRunner
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", name);

    public static string[] Fixtures => [Fixture("leadership_principles.md"), Fixture("behavioral_questions.md")];

    /// <summary>Runs the command tree in this process with plain (piped) output.</summary>
    public static CliResult Run(params string[] args) => RunAt(TimeProvider.System, args);

    /// <summary>Runs in this process with plain output on the given clock (a fixed one, for snapshots).</summary>
    public static CliResult RunAt(TimeProvider time, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = TellMeApp.Run(args, new Terminal(output, error, interactive: false, width: 120) { Time = time });
        return new CliResult(code, output.ToString().Replace("\r\n", "\n"), error.ToString());
    }

    /// <summary>Runs the built tellme.dll as a child process with stdin closed, as CI does.</summary>
    public static CliResult RunProcess(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tellme.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tellme {string.Join(' ', args)} did not finish");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A temporary folder removed when the test ends.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tellme-cli-tests", Guid.NewGuid().ToString("N"));

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
