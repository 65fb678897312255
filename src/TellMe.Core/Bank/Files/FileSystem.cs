namespace TellMe.Bank.Files;

/// <summary>
/// The few file operations TellMe's reading and writing are made of. Production code uses the disk
/// (<see cref="PhysicalFileSystem"/>); tests put a faulty one in front of it (<see cref="FileSystem.Use"/>)
/// to fail each write in turn and prove that a failed command leaves every folder as it was.
/// </summary>
internal interface IFileSystem
{
    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>Creates one folder whose parent exists.</summary>
    void CreateDirectory(string path);

    /// <summary>Creates a file that must not exist yet, writes the bytes and flushes them to disk.</summary>
    void WriteNew(string path, ReadOnlySpan<byte> bytes);

    /// <summary>Copies a file to a path that must not exist yet.</summary>
    void Copy(string from, string to);

    /// <summary>Renames a file, replacing the target when <paramref name="overwrite"/> (atomic on one file system).</summary>
    void Move(string from, string to, bool overwrite);

    void Delete(string path);

    /// <summary>Removes an empty folder.</summary>
    void DeleteDirectory(string path);

    byte[] ReadAllBytes(string path);
}

/// <summary>The disk.</summary>
internal sealed class PhysicalFileSystem : IFileSystem
{
    public static PhysicalFileSystem Instance { get; } = new();

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    public void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    public void Copy(string from, string to) => File.Copy(from, to, overwrite: false);

    public void Move(string from, string to, bool overwrite) => File.Move(from, to, overwrite);

    public void Delete(string path) => File.Delete(path);

    public void DeleteDirectory(string path) => Directory.Delete(path, recursive: false);

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);
}

/// <summary>Which <see cref="IFileSystem"/> the current flow of work uses.</summary>
internal static class FileSystem
{
    private static readonly AsyncLocal<IFileSystem?> Override = new();

    /// <summary>The file system in use: the disk unless a test replaced it for its own flow of work.</summary>
    public static IFileSystem Current => Override.Value ?? PhysicalFileSystem.Instance;

    /// <summary>Uses <paramref name="fileSystem"/> for this flow of work (and the tasks it starts) until disposed.</summary>
    public static IDisposable Use(IFileSystem fileSystem)
    {
        var previous = Override.Value;
        Override.Value = fileSystem;
        return new Restore(previous);
    }

    private sealed class Restore(IFileSystem? previous) : IDisposable
    {
        public void Dispose() => Override.Value = previous;
    }
}
