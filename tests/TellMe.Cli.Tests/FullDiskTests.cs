using System.Diagnostics;
using Xunit.Abstractions;

namespace TellMe.Cli.Tests;

/// <summary>
/// A real full disk, not a simulated one: tellme import runs as a process into a 96 KB tmpfs (where the
/// machine lets a test mount one, as root) or, where it does not (a container without the capability), with a
/// file-size limit (ulimit -f) so that the operating system refuses the write. Either way the folder is left
/// exactly as it was, the message says nothing was written, and the same command succeeds once there is room.
/// </summary>
public sealed class FullDiskTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose()
    {
        Process("umount", _dir.File("disk"));
        _dir.Dispose();
    }

    private static (int Code, string Out, string Error) Process(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        // The runtime maps executable memory through a file; under a file-size limit it must not.
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        try
        {
            using var p = System.Diagnostics.Process.Start(start)!;
            p.StandardInput.Close();
            var stdout = p.StandardOutput.ReadToEndAsync();
            string stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, stdout.Result, stderr);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, "", ex.Message);
        }
    }

    private static string Tellme => Path.Combine(AppContext.BaseDirectory, "tellme.dll");

    [Fact]
    public void A_full_disk_during_import_leaves_the_folder_as_it_was_and_a_rerun_succeeds()
    {
        string disk = _dir.File("disk");
        Directory.CreateDirectory(disk);
        string bank = Path.Combine(disk, "bank");
        string[] import = ["import", .. CliRunner.Fixtures, "--into", bank];
        bool tmpfs = Process("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", disk).Code == 0;
        output.WriteLine(tmpfs ? "a 96 KB tmpfs" : "no tmpfs here: a 2 KB file-size limit instead");

        var failed = tmpfs
            ? Process("dotnet", [Tellme, .. import])
            : Process("bash", ["-c", "trap '' XFSZ; ulimit -f 2; exec dotnet \"$@\"", "bash", Tellme, .. import]);
        output.WriteLine(failed.Error);
        Assert.Equal(1, failed.Code);
        Assert.Equal("", failed.Out);
        Assert.StartsWith("tellme: nothing was written: writing 57 file(s) failed (", failed.Error);
        Assert.Contains(tmpfs ? "No space left on device" : "too large", failed.Error);
        Assert.EndsWith("every file and folder is as it was\n", failed.Error.Replace("\r\n", "\n"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(disk));

        // Room again: the same command, into the same folder, completes.
        if (tmpfs) Assert.Equal(0, Process("mount", "-o", "remount,size=4m", disk).Code);
        var rerun = Process("dotnet", [Tellme, .. import]);
        Assert.Equal(0, rerun.Code);
        Assert.Equal(57, Directory.GetFiles(bank, "*", SearchOption.AllDirectories).Length);
    }
}
