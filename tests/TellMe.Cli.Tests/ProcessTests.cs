namespace TellMe.Cli.Tests;

/// <summary>The real executable, with no terminal and no standard input, as CI and scripts run it.</summary>
public class ProcessTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Unreadable_input_exits_2_with_a_diagnostic_and_no_stack_trace()
    {
        string binary = _dir.File("binary.md");
        File.WriteAllBytes(binary, [0, 1, 2, 3, 4]);
        var result = CliRunner.RunProcess(_dir.Path, "import", binary, "--into", "bank");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("binary.md:1:1: error TM101: this is a binary file", result.Out);
        Assert.DoesNotContain("   at ", result.Out + result.Error);
        Assert.False(Directory.Exists(_dir.File("bank")));
    }

    [Fact]
    public void Piped_output_has_no_colour_codes()
    {
        var result = CliRunner.RunProcess(_dir.Path, ["import", .. CliRunner.Fixtures, "--into", "bank"]);
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\u001b[", result.Out);
        var check = CliRunner.RunProcess(Path.Combine(_dir.Path, "bank"), "check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("answers/why-sre-swe.md:2:14: warning TM009", check.Out);
        Assert.DoesNotContain("\u001b[", check.Out);
    }

    [Fact]
    public void Unknown_command_exits_2() =>
        Assert.Equal(2, CliRunner.RunProcess(_dir.Path, "frobnicate").ExitCode);
}
