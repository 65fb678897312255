using TellMe.Bank.Files;

namespace TellMe.Tests.Edits;

/// <summary>
/// The disk, except that the n-th write operation (creating a folder, writing, copying or renaming a file)
/// fails as a full disk does: a file write gets half its bytes on disk, then an IOException. Run a command
/// with n = 1, 2, 3… until it no longer fails to test every write position in turn.
/// </summary>
internal sealed class FaultyFileSystem(int failAt) : IFileSystem
{
    private readonly IFileSystem _disk = PhysicalFileSystem.Instance;
    private int _writes;

    /// <summary>How many write operations ran (the failing one included).</summary>
    public int Writes => _writes;

    /// <summary>True once the fault was injected.</summary>
    public bool Failed { get; private set; }

    private bool Fail()
    {
        if (Failed) return false; // one fault per run: undoing it must be able to work
        if (Interlocked.Increment(ref _writes) != failAt) return false;
        Failed = true;
        return true;
    }

    private static IOException DiskFull(string path) => new($"No space left on device : '{path}'");

    public bool FileExists(string path) => _disk.FileExists(path);

    public bool DirectoryExists(string path) => _disk.DirectoryExists(path);

    public void CreateDirectory(string path)
    {
        if (Fail()) throw DiskFull(path);
        _disk.CreateDirectory(path);
    }

    // As the disk does, without the flush to the platter: these tests run hundreds of writes.
    public void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        bool fail = Fail();
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            stream.Write(fail ? bytes[..(bytes.Length / 2)] : bytes);
        if (fail) throw DiskFull(path);
    }

    public void Copy(string from, string to)
    {
        if (Fail()) throw DiskFull(to);
        _disk.Copy(from, to);
    }

    public void Move(string from, string to, bool overwrite)
    {
        if (Fail()) throw DiskFull(to);
        _disk.Move(from, to, overwrite);
    }

    public void Delete(string path) => _disk.Delete(path);

    public void DeleteDirectory(string path) => _disk.DeleteDirectory(path);

    public byte[] ReadAllBytes(string path) => _disk.ReadAllBytes(path);

    /// <summary>
    /// Runs <paramref name="command"/> with a fault at each write position in turn; after each failed run,
    /// <paramref name="unchanged"/> must hold. Returns how many positions failed (then the last run succeeded).
    /// </summary>
    public static int EveryPosition(Action command, Action<int, Exception> unchanged, int limit = 500)
    {
        for (int n = 1; n <= limit; n++)
        {
            var faulty = new FaultyFileSystem(n);
            Exception? failure = null;
            using (FileSystem.Use(faulty))
            {
                try { command(); }
                catch (Exception ex) { failure = ex; }
            }
            if (!faulty.Failed)
            {
                Assert.Null(failure);
                return n - 1;
            }
            unchanged(n, failure ?? new InvalidOperationException("no exception"));
        }
        throw new Xunit.Sdk.XunitException($"the command still failed after {limit} write positions");
    }
}
