using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Check.Fixes;
using TellMe.Import;
using TellMe.Render.Jekyll;

namespace TellMe.Tests.Edits;

/// <summary>
/// A command that writes several files either completes or leaves every folder exactly as it was: a write
/// fails at each position in turn (a folder, a temporary file half written, a backup, a rename) and each
/// time the folder is unchanged and the exception says nothing was written.
/// </summary>
public sealed class AllOrNothingTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void NothingWritten(Exception failure)
    {
        var ex = Assert.IsType<FileTransactionException>(failure);
        Assert.True(ex.RolledBack, ex.Message);
        Assert.StartsWith("nothing was written: writing ", ex.Message);
        Assert.EndsWith("every file and folder is as it was", ex.Message);
        Assert.Contains("No space left on device", ex.Message);
    }

    [Fact]
    public void Import_into_a_new_folder_fails_at_every_write_position_and_leaves_no_folder_behind()
    {
        var bank = PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions]).Bank;
        string root = _dir.File("new/bank");
        int positions = FaultyFileSystem.EveryPosition(
            () => BankWriter.Write(root, BankWriter.Render(bank), force: false),
            (n, failure) =>
            {
                NothingWritten(failure);
                Assert.False(Directory.Exists(_dir.File("new")), $"write {n} failed and left the folder 'new' behind");
            });
        // 5 folders, then 57 files written to a temporary file and renamed.
        Assert.Equal(5 + 57 + 57, positions);
        Assert.Equal(57, Directory.GetFiles(root, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Import_into_an_existing_bank_fails_at_every_write_position_and_leaves_every_byte()
    {
        using var bank = new ImportedBank();
        string page = _dir.File("leadership_principles.md");
        File.WriteAllText(page, File.ReadAllText(TestFiles.LeadershipPrinciples)
            .Replace("Leaders accomplish more with less", "Do more with less")
            .Replace("- Schedule was tight", "- Schedule was tight: six weeks"));
        var result = PageImport.Import([page, TestFiles.BehavioralQuestions], bank.Load());
        Assert.False(result.HasErrors);
        var before = HandEditedBank.Snapshot(bank.Root);

        int positions = FaultyFileSystem.EveryPosition(
            () => BankWriter.Write(bank.Root, result.Bank, force: true),
            (n, failure) =>
            {
                NothingWritten(failure);
                Assert.Equal(before, HandEditedBank.Snapshot(bank.Root));
            });
        // Three files change: the framework, IT2 and the answer that tells IT2 in the old words (which it now
        // keeps as its own). Each is staged, backed up and renamed.
        var after = HandEditedBank.Snapshot(bank.Root);
        Assert.Equal(["answers/tight-schedule.md", "frameworks/amazon.yaml", "stories/IT2.md"], after.Keys.Where(k => after[k] != before[k]));
        Assert.Equal(3 * 3, positions);
        Assert.Contains("Do more with less", bank.Read("frameworks/amazon.yaml"));
        Assert.Contains("- Schedule was tight: six weeks", bank.Read("stories/IT2.md"));
    }

    [Fact]
    public void Fix_fails_at_every_write_position_and_leaves_every_byte()
    {
        using var bank = new HandEditedBank();
        var before = bank.Snapshot();
        int positions = FaultyFileSystem.EveryPosition(
            () =>
            {
                var editor = BankEditor.Open(bank.Root);
                Assert.Equal(13, Fixer.Apply(editor).Count);
                editor.Commit();
            },
            (n, failure) =>
            {
                NothingWritten(failure);
                Assert.Equal(before, bank.Snapshot());
            });
        Assert.Equal(6 * 3, positions);
        Assert.NotEqual(before, bank.Snapshot());
    }

    [Fact]
    public void Build_fails_at_every_write_position_and_leaves_the_output_folder_as_it_was()
    {
        using var bank = new ImportedBank();
        var pages = JekyllSite.Render(bank.Load());
        string output = _dir.File("site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "leadership_principles.md"), "an older build\n");
        File.WriteAllText(Path.Combine(output, "index.md"), "the user's own page\n");
        var before = HandEditedBank.Snapshot(output);

        int positions = FaultyFileSystem.EveryPosition(
            () => FileTransaction.WriteAll(output, pages),
            (n, failure) =>
            {
                NothingWritten(failure);
                Assert.Equal(before, HandEditedBank.Snapshot(output));
            });
        Assert.Equal(3 + 2, positions); // the replaced page written, backed up and renamed; the new one written and renamed
        Assert.Equal(pages.Single(p => p.File == "leadership_principles.md").Content, File.ReadAllText(Path.Combine(output, "leadership_principles.md")));
        Assert.Equal("the user's own page\n", File.ReadAllText(Path.Combine(output, "index.md")));
    }

    [Fact]
    public void When_undoing_fails_too_the_exception_says_which_file_is_left_and_where_its_old_content_is()
    {
        string a = _dir.File("a.md"), b = _dir.File("b.md");
        File.WriteAllText(a, "old a\n");
        File.WriteAllText(b, "old b\n");
        var transaction = new FileTransaction(new BrokenUndo());
        transaction.Write(a, "new a\n"u8.ToArray());
        transaction.Write(b, "new b\n"u8.ToArray());
        var ex = Assert.Throws<FileTransactionException>(transaction.Commit);
        Assert.False(ex.RolledBack);
        string left = Assert.Single(ex.Unrestored);
        Assert.StartsWith($"{a} (its old content is in {_dir.Path}/.a.md.", left);
        Assert.Contains("could not be undone", ex.Message);
        Assert.Equal("new a\n", File.ReadAllText(a));
        string backup = left[(left.IndexOf("is in ", StringComparison.Ordinal) + 6)..^1];
        Assert.Equal("old a\n", File.ReadAllText(backup));
        Assert.Equal("old b\n", File.ReadAllText(b));
    }

    // Renaming b over its target fails, and so does putting a's backup back.
    private sealed class BrokenUndo : IFileSystem
    {
        private readonly IFileSystem _disk = PhysicalFileSystem.Instance;

        public bool FileExists(string path) => _disk.FileExists(path);
        public bool DirectoryExists(string path) => _disk.DirectoryExists(path);
        public void CreateDirectory(string path) => _disk.CreateDirectory(path);
        public void WriteNew(string path, ReadOnlySpan<byte> bytes) => _disk.WriteNew(path, bytes);
        public void Copy(string from, string to) => _disk.Copy(from, to);

        public void Move(string from, string to, bool overwrite)
        {
            if (to.EndsWith("b.md", StringComparison.Ordinal) || from.EndsWith(".bak", StringComparison.Ordinal)) throw new IOException("Input/output error");
            _disk.Move(from, to, overwrite);
        }

        public void Delete(string path) => _disk.Delete(path);
        public void DeleteDirectory(string path) => _disk.DeleteDirectory(path);
        public byte[] ReadAllBytes(string path) => _disk.ReadAllBytes(path);
    }
}
