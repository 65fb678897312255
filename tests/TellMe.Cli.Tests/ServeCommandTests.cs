using System.Diagnostics;
using System.Net;

namespace TellMe.Cli.Tests;

/// <summary><c>tellme serve</c>: refuses what is unsafe, prints its URL, serves, and stops cleanly on Ctrl-C.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Bank()
    {
        var result = CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", _dir.File("bank")]);
        Assert.Equal(0, result.ExitCode);
        return _dir.File("bank");
    }

    [Fact]
    public void Another_host_without_a_token_refuses_to_start()
    {
        var result = CliRunner.Run("serve", "--bank", Bank(), "--host", "0.0.0.0", "--port", "0");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--token", result.Error);
        Assert.Contains("TELLME_TOKEN", result.Error);
    }

    [Fact]
    public void Bad_options_exit_2_with_a_message()
    {
        Assert.Equal(2, CliRunner.Run("serve", "--bank", _dir.File("missing")).ExitCode);
        var host = CliRunner.Run("serve", "--bank", Bank(), "--host", "my laptop");
        Assert.Equal(2, host.ExitCode);
        Assert.Contains("is not an IP address", host.Error);
        var token = CliRunner.Run("serve", "--bank", Bank(), "--token", "short");
        Assert.Equal(2, token.ExitCode);
        Assert.Contains("at least 8 characters", token.Error);
    }

    [Fact]
    public void Help_has_an_example()
    {
        var result = CliRunner.Run("serve", "--help");
        Assert.Contains("tellme serve --bank examples/bank", result.Out);
        Assert.Contains("--token", result.Out);
    }

    [Fact]
    public async Task Serves_the_bank_prints_the_url_and_stops_cleanly_on_ctrl_c()
    {
        string bank = Bank();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "tellme.dll"), "serve", "--bank", bank, "--port", "0" }) start.ArgumentList.Add(a);
        start.Environment.Remove("TELLME_TOKEN");
        using var process = Process.Start(start)!;
        try
        {
            string line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) ?? "";
            Assert.Matches(@"^TellMe is serving .+ at http://127\.0\.0\.1:\d+/$", line);
            string url = line[(line.LastIndexOf(" at ", StringComparison.Ordinal) + 4)..];
            using var http = new HttpClient();
            var response = await http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Tonight", await response.Content.ReadAsStringAsync());

            // Ctrl-C is SIGINT.
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill!.WaitForExit();
            Assert.True(process.WaitForExit(30_000), "serve did not stop on SIGINT");
            Assert.Equal(0, process.ExitCode);
            string rest = await process.StandardOutput.ReadToEndAsync();
            Assert.Contains("Stopped.", rest);
            Assert.DoesNotContain("Exception", await process.StandardError.ReadToEndAsync());
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
