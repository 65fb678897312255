using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TellMe.Cli.Tests;

/// <summary>
/// Whole-screen snapshots: the output is compared with a committed file in <c>Snapshots/</c> beside this
/// source file. When the output changes on purpose, run the tests with <c>TELLME_APPROVE=1</c> to rewrite the
/// files, then review the diff in git (README.md in this folder). A mismatch leaves NAME.received.txt next to
/// the snapshot, for a diff tool.
/// </summary>
public static partial class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the snapshot <paramref name="name"/> (or approves it).</summary>
    public static void Match(string actual, string name, [CallerFilePath] string source = "")
    {
        string dir = Path.Combine(Path.GetDirectoryName(source)!, "Snapshots");
        string path = Path.Combine(dir, name + ".txt");
        string received = Path.Combine(dir, name + ".received.txt");
        actual = Normalise(actual);
        if (Environment.GetEnvironmentVariable("TELLME_APPROVE") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(received, actual);
            Assert.Fail($"no snapshot {name}.txt yet; the output is in {received}. Run the tests with TELLME_APPROVE=1 to approve it.");
        }
        string expected = Normalise(File.ReadAllText(path));
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Equal(expected, actual); // xunit shows where they differ
    }

    /// <summary>
    /// Replaces what differs between machines and runs: the temporary folder (absolute, and relative to the
    /// current folder), the test's fixture folder, and generated IDs (UUIDs).
    /// </summary>
    public static string Scrub(string text, string tempDir)
    {
        string full = Path.GetFullPath(tempDir);
        text = text.Replace(full, "<tmp>", StringComparison.Ordinal);
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        if (relative != full) text = text.Replace(relative, "<tmp>", StringComparison.Ordinal);
        string fixtures = Path.GetDirectoryName(CliRunner.Fixture("x"))!;
        text = text.Replace(fixtures, "<fixtures>", StringComparison.Ordinal);
        return Uuid().Replace(text, "<id>");
    }

    // Line ends as \n, no trailing blanks (a console pads lines to its width), one final newline.
    private static string Normalise(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n') + "\n";

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();
}
