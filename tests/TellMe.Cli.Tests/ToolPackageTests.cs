using System.Diagnostics;

namespace TellMe.Cli.Tests;

/// <summary>
/// TellMe installs the .NET way: the CLI packs as a .NET tool and <c>dotnet tool install</c> puts a working
/// <c>tellme</c> on a path, as README's "Install" section shows.
/// </summary>
public class ToolPackageTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_cli_packs_as_a_dotnet_tool_that_installs_and_runs()
    {
        string repo = RepositoryRoot();
        string packages = _dir.File("packages");
        string tools = _dir.File("tools");

        var pack = Run(repo, "dotnet", "pack", "src/TellMe.Cli", "-c", "Release", "-o", packages, "--nologo");
        Assert.True(pack.Code == 0, pack.Output);
        string package = Assert.Single(Directory.GetFiles(packages, "TellMe.*.nupkg"));

        var install = Run(repo, "dotnet", "tool", "install", "TellMe", "--tool-path", tools, "--add-source", packages,
            "--ignore-failed-sources", "--version", VersionOf(package));
        Assert.True(install.Code == 0, install.Output);

        var check = Run(repo, Path.Combine(tools, "tellme"), "check", "--bank", Path.Combine(repo, "examples", "bank"));
        Assert.True(check.Code == 0, check.Output);
        Assert.Matches(@"(?m)^0 errors, \d+ warnings, \d+ notes$", check.Output);
    }

    // TellMe.0.3.0.nupkg → 0.3.0
    private static string VersionOf(string package) => Path.GetFileNameWithoutExtension(package)["TellMe.".Length..];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TellMe.slnx"))) return dir.FullName;
        throw new InvalidOperationException("the test runs outside the TellMe repository");
    }

    private static (int Code, string Output) Run(string directory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
