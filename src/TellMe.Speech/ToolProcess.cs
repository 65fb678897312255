using System.Diagnostics;
using System.Text;

namespace TellMe.Speech;

/// <summary>How a tool run ended.</summary>
/// <param name="ExitCode">The tool's exit code.</param>
/// <param name="Error">The end of what it wrote to standard error (the part that says what went wrong).</param>
public sealed record ToolResult(int ExitCode, string Error);

/// <summary>
/// Runs a tool with its standard input fed from a stream and its standard output read as it comes, without
/// a shell (arguments are passed as a list, never parsed) and without temporary files: audio goes through
/// pipes and stays in memory. Cancelling kills the tool.
/// </summary>
public static class ToolProcess
{
    private const int ErrorTail = 4000;

    /// <summary>Runs <paramref name="executable"/> to the end.</summary>
    /// <param name="executable">The tool's full path (<see cref="ToolLocator"/>).</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="input">Written to its standard input, then closed; null closes it at once.</param>
    /// <param name="readOutput">Reads its standard output (to the end, or it may stop early: the rest is drained).</param>
    /// <param name="cancellationToken">Kills the tool.</param>
    public static async Task<ToolResult> RunAsync(string executable, IEnumerable<string> arguments, Func<Stream, CancellationToken, Task>? input,
        Func<Stream, CancellationToken, Task> readOutput, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new ToolResult(-1, $"could not start {Path.GetFileName(executable)}: {ex.Message}");
        }
        using var kill = cancellationToken.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } });
        var error = new StringBuilder();
        var errorTask = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int n;
            while ((n = await process.StandardError.ReadAsync(buffer, CancellationToken.None).ConfigureAwait(false)) > 0)
            {
                error.Append(buffer, 0, n);
                if (error.Length > ErrorTail * 2) error.Remove(0, error.Length - ErrorTail);
            }
        }, CancellationToken.None);
        var inputTask = Task.Run(async () =>
        {
            try
            {
                if (input is not null) await input(process.StandardInput.BaseStream, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException) { } // the tool stopped reading (it failed, or needed no more): its exit code says which
            finally
            {
                try { process.StandardInput.Close(); } catch (IOException) { }
            }
        }, CancellationToken.None);
        var output = process.StandardOutput.BaseStream;
        try
        {
            await readOutput(output, cancellationToken).ConfigureAwait(false);
            if (output.CanRead) await output.CopyToAsync(Stream.Null, CancellationToken.None).ConfigureAwait(false); // drain what the reader left
        }
        catch
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw;
        }
        await inputTask.ConfigureAwait(false);
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        await errorTask.ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        string text = error.ToString().Trim();
        return new ToolResult(process.ExitCode, text.Length > ErrorTail ? text[^ErrorTail..] : text);
    }

    /// <summary>The last non-empty line of a tool's error output, for a one-line message.</summary>
    public static string LastLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no message" : lines[^1];
    }
}
