using TellMe.Bank.Files;

namespace TellMe.Tests.Bank;

public class SafeFileTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_old_file_intact_and_no_temporary_file()
    {
        string path = _dir.File("stories/CR1.md");
        SafeFile.WriteAtomic(path, "old content\n");
        Assert.Throws<IOException>(() => SafeFile.WriteAtomic(path, stream =>
        {
            stream.Write("new con"u8);
            throw new IOException("disk full");
        }));
        Assert.Equal("old content\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir.File("stories")));
    }

    [Fact]
    public void A_write_replaces_the_file_as_utf8_without_bom()
    {
        string path = _dir.File("a.md");
        SafeFile.WriteAtomic(path, "first");
        SafeFile.WriteAtomic(path, "Why SRE → SWE\n");
        Assert.Equal("Why SRE → SWE\n"u8.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void Crlf_files_are_read_as_lf_and_a_bom_is_dropped()
    {
        string path = _dir.File("win.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "a\r\nb\r\n"u8.ToArray()]);
        Assert.Equal("a\nb\n", SafeFile.ReadText(path, "win.md", new List<TellMe.Diagnostics.Diagnostic>()));
    }
}
