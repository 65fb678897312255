using TellMe.Tests.Edits;

namespace TellMe.Cli.Tests;

/// <summary>
/// init, import, fix and build as the user runs them, with a write failing at each position in turn: the exit
/// code is 1, the one message says nothing was written, and every folder is exactly as it was.
/// </summary>
public sealed class AllOrNothingCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private sealed class CommandFailed(CliResult result) : Exception(result.Error)
    {
        public CliResult Result { get; } = result;
    }

    private static Action Command(params string[] args) => () =>
    {
        var result = CliRunner.Run(args);
        if (result.ExitCode != 0) throw new CommandFailed(result);
    };

    private static void SaysNothingWasWritten(Exception failure)
    {
        var result = Assert.IsType<CommandFailed>(failure).Result;
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^tellme: nothing was written: writing \d+ file\(s\) failed \(No space left on device : '[^']+'\); every file and folder is as it was\n$", result.Error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Init_and_import_into_a_new_folder_leave_no_folder_when_any_write_fails()
    {
        string bank = _dir.File("new-bank");
        int init = FaultyFileSystem.EveryPosition(Command("init", bank), (n, failure) =>
        {
            SaysNothingWasWritten(failure);
            Assert.False(Directory.Exists(bank), $"init left {bank} behind when write {n} failed");
        });
        Assert.Equal(4 + 5 + 5, init); // the bank, stories, answers and frameworks folders; five files written and renamed

        string imported = _dir.File("imported");
        int import = FaultyFileSystem.EveryPosition(Command(["import", .. CliRunner.Fixtures, "--into", imported]), (n, failure) =>
        {
            SaysNothingWasWritten(failure);
            Assert.False(Directory.Exists(imported), $"import left {imported} behind when write {n} failed");
        });
        Assert.Equal(4 + 57 + 57, import);
    }

    [Fact]
    public void Fix_on_a_hand_edited_bank_and_build_leave_every_byte_when_any_write_fails()
    {
        string bank = _dir.File("bank");
        CopyCorpus(bank);
        var before = Snapshot(bank);
        int fix = FaultyFileSystem.EveryPosition(Command("fix", "--bank", bank), (n, failure) =>
        {
            SaysNothingWasWritten(failure);
            Assert.Equal(before, Snapshot(bank));
        });
        Assert.Equal(6 * 3, fix);

        string site = _dir.File("site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "index.md"), "the user's own page\n");
        Assert.Equal(0, CliRunner.Run(["import", .. CliRunner.Fixtures, "--into", _dir.File("pages-bank")]).ExitCode);
        var siteBefore = Snapshot(site);
        int build = FaultyFileSystem.EveryPosition(Command("build", "--bank", _dir.File("pages-bank"), "--out", site), (n, failure) =>
        {
            SaysNothingWasWritten(failure);
            Assert.Equal(siteBefore, Snapshot(site));
        });
        Assert.Equal(2 + 2, build);
    }

    private static void CopyCorpus(string bank)
    {
        string source = Path.Combine(AppContext.BaseDirectory, "TestData", "hand-edited");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(bank, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static SortedDictionary<string, string> Snapshot(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var dir in Directory.GetDirectories(root, "*", SearchOption.AllDirectories)) files[Path.GetRelativePath(root, dir) + "/"] = "";
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(root, file)] = Convert.ToHexString(File.ReadAllBytes(file));
        return files;
    }
}
