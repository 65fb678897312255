namespace TellMe.Bank.Files;

/// <summary>
/// Writes several files all or nothing: either every file gets its new content, or every folder is left
/// exactly as it was (no new file, no new folder, no changed byte) and <see cref="FileTransactionException"/>
/// says that nothing was written.
/// </summary>
/// <remarks>
/// <para>Commit has two phases. <b>Staging</b> does everything that needs disk space: the missing folders are
/// created, each new content is written to a temporary file beside its target (<c>.NAME.RANDOM.tmp</c>) and
/// flushed to disk, and each file about to be replaced is copied to a backup beside it (<c>.NAME.RANDOM.bak</c>).
/// A full disk therefore fails here, before any target is touched. <b>Committing</b> then only renames each
/// temporary file over its target, which is atomic and needs no space. If any step fails, what was done is
/// undone in reverse: replaced files get their backup renamed back, created files and folders are removed,
/// temporary files deleted. Only if that undoing fails too (the disk vanished) does the exception say which
/// files may be left changed, and where their old content is.</para>
/// <para>A temporary or backup file starts with a dot, so the bank loader never reads one.</para>
/// </remarks>
public sealed class FileTransaction
{
    private readonly IFileSystem _fs;
    private readonly List<(string Path, byte[] Bytes)> _files = [];

    /// <summary>A transaction on the disk.</summary>
    public FileTransaction() : this(FileSystem.Current) { }

    internal FileTransaction(IFileSystem fileSystem) => _fs = fileSystem;

    /// <summary>The files this transaction writes, in order.</summary>
    public IReadOnlyList<string> Paths => [.. _files.Select(f => f.Path)];

    /// <summary>True when nothing is to be written.</summary>
    public bool IsEmpty => _files.Count == 0;

    /// <summary>Adds a file to create or replace with <paramref name="bytes"/>.</summary>
    public void Write(string path, byte[] bytes)
    {
        string full = Path.GetFullPath(path);
        if (_files.Any(f => f.Path == full)) throw new ArgumentException($"'{path}' is written twice in one transaction", nameof(path));
        _files.Add((full, bytes));
    }

    /// <summary>Writes text files (UTF-8, as given) under <paramref name="root"/>, all or nothing.</summary>
    /// <exception cref="FileTransactionException">Writing failed; nothing was written (unless it says otherwise).</exception>
    public static void WriteAll(string root, IEnumerable<(string Path, string Content)> files)
    {
        var transaction = new FileTransaction();
        foreach (var (path, content) in files) transaction.Write(System.IO.Path.Combine(root, path), SourceText.FromText(content).ToBytes());
        transaction.Commit();
    }

    /// <summary>Writes every file, or none (see the class remarks).</summary>
    /// <exception cref="FileTransactionException">Something failed; <see cref="FileTransactionException.RolledBack"/> says whether every folder is as it was.</exception>
    public void Commit()
    {
        var createdDirs = new List<string>();
        var staged = new List<Staged>();
        try
        {
            foreach (var (path, bytes) in _files)
            {
                string dir = Path.GetDirectoryName(path)!;
                CreateDirectories(dir, createdDirs);
                string stamp = Guid.NewGuid().ToString("N")[..12];
                var s = new Staged(path, Path.Combine(dir, $".{Path.GetFileName(path)}.{stamp}.tmp"));
                staged.Add(s);
                _fs.WriteNew(s.Temp, bytes);
                if (_fs.FileExists(path))
                {
                    s.Backup = Path.Combine(dir, $".{Path.GetFileName(path)}.{stamp}.bak");
                    _fs.Copy(path, s.Backup);
                }
            }
            foreach (var s in staged)
            {
                _fs.Move(s.Temp, s.Path, overwrite: true);
                s.Committed = true;
            }
        }
        catch (Exception ex)
        {
            // Any failure: a full disk is an IOException, a file over the size limit an ArgumentOutOfRangeException.
            var failures = RollBack(staged, createdDirs);
            throw new FileTransactionException(ex, _files.Count, failures);
        }
        foreach (var s in staged)
            if (s.Backup is not null) TryDelete(s.Backup);
    }

    private void CreateDirectories(string dir, List<string> created)
    {
        if (_fs.DirectoryExists(dir)) return;
        string? parent = Path.GetDirectoryName(dir);
        if (parent is not null) CreateDirectories(parent, created);
        _fs.CreateDirectory(dir);
        created.Add(dir);
    }

    private List<string> RollBack(List<Staged> staged, List<string> createdDirs)
    {
        var failures = new List<string>();
        for (int i = staged.Count - 1; i >= 0; i--)
        {
            var s = staged[i];
            try
            {
                if (s.Committed)
                {
                    if (s.Backup is not null) _fs.Move(s.Backup, s.Path, overwrite: true);
                    else _fs.Delete(s.Path);
                }
                else if (s.Backup is not null && _fs.FileExists(s.Backup)) _fs.Delete(s.Backup);
            }
            catch (Exception)
            {
                failures.Add(s.Backup is not null && s.Committed ? $"{s.Path} (its old content is in {s.Backup})" : s.Path);
            }
            TryDelete(s.Temp);
        }
        for (int i = createdDirs.Count - 1; i >= 0; i--)
        {
            try { _fs.DeleteDirectory(createdDirs[i]); }
            catch (Exception) { failures.Add(createdDirs[i] + "/"); }
        }
        return failures;
    }

    private void TryDelete(string path)
    {
        try
        {
            if (_fs.FileExists(path)) _fs.Delete(path);
        }
        catch (Exception)
        {
            // A leftover temporary file starts with a dot and is never read; the write itself is settled.
        }
    }

    private sealed class Staged(string path, string temp)
    {
        public string Path { get; } = path;
        public string Temp { get; } = temp;
        public string? Backup { get; set; }
        public bool Committed { get; set; }
    }
}

/// <summary>
/// A <see cref="FileTransaction"/> failed. When <see cref="RolledBack"/>, nothing was written and every folder
/// is as it was; otherwise <see cref="Unrestored"/> lists what could not be put back.
/// </summary>
public sealed class FileTransactionException : IOException
{
    internal FileTransactionException(Exception cause, int files, IReadOnlyList<string> unrestored)
        : base(MessageOf(cause, files, unrestored), cause)
    {
        Unrestored = unrestored;
    }

    /// <summary>True when every change was undone.</summary>
    public bool RolledBack => Unrestored.Count == 0;

    /// <summary>Files and folders that could not be restored (empty when <see cref="RolledBack"/>).</summary>
    public IReadOnlyList<string> Unrestored { get; }

    /// <summary>Why the write failed, as the operating system said it.</summary>
    public string Reason => InnerException?.Message ?? "unknown error";

    private static string MessageOf(Exception cause, int files, IReadOnlyList<string> unrestored) =>
        unrestored.Count == 0
            ? $"nothing was written: writing {files} file(s) failed ({cause.Message}); every file and folder is as it was"
            : $"writing {files} file(s) failed ({cause.Message}) and {unrestored.Count} change(s) could not be undone: {string.Join(", ", unrestored)}";
}
