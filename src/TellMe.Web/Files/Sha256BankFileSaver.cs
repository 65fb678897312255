using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Web.Files;

/// <summary>
/// TEMPORARY ADAPTER (see <see cref="IBankFileSaver"/>): to be replaced by the Core safe-save API from branch
/// <c>writes</c>. Built on <see cref="SafeFile.WriteAtomic(string, string)"/> plus a SHA-256 check of the bytes on disk.
/// </summary>
/// <remarks>
/// Only bank files are reachable: <c>stories/*.md</c>, <c>answers/*.md</c>, <c>frameworks/*.yaml</c>,
/// <c>tellme.yaml</c> and <c>questions.yaml</c>, with plain names; the full path must stay inside the bank, and no
/// link on the way (the folder or the file) may lead out of it. The file keeps its own line endings and byte-order
/// mark. The hash comparison and the write run under one lock, so two browser tabs cannot both win.
/// </remarks>
public sealed partial class Sha256BankFileSaver(string root) : IBankFileSaver
{
    private readonly string _root = Path.GetFullPath(root);
    private readonly Lock _lock = new();

    [GeneratedRegex(@"^(stories/[A-Za-z0-9][A-Za-z0-9_.-]*\.md|answers/[A-Za-z0-9][A-Za-z0-9_.-]*\.md|frameworks/[A-Za-z0-9][A-Za-z0-9_.-]*\.yaml|tellme\.yaml|questions\.yaml)$")]
    private static partial Regex BankFile();

    /// <summary>The full path of a bank file, or null with the reason it is refused.</summary>
    public string? Resolve(string? relativePath, out string? problem)
    {
        problem = "not a bank file";
        if (string.IsNullOrEmpty(relativePath) || relativePath.Length > 260 || relativePath.Contains("..", StringComparison.Ordinal)
            || !BankFile().IsMatch(relativePath)) return null;
        string full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!BankPaths.IsInside(_root, full)) return null;
        // A folder or file that is a link must not lead out of the bank.
        for (string? at = full; at is not null && at.Length > _root.Length; at = Path.GetDirectoryName(at))
        {
            FileSystemInfo info = Directory.Exists(at) ? new DirectoryInfo(at) : new FileInfo(at);
            if (info.LinkTarget is null) continue;
            string? target;
            try { target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName; }
            catch (IOException) { target = null; }
            if (target is null || !BankPaths.IsInside(_root, target))
            {
                problem = "the file is a link that leads outside the bank";
                return null;
            }
        }
        problem = null;
        return full;
    }

    /// <inheritdoc />
    public BankFileText? Open(string relativePath, out string? problem)
    {
        string? full = Resolve(relativePath, out problem);
        if (full is null) return null;
        if (!File.Exists(full))
        {
            problem = "the file does not exist";
            return null;
        }
        var bytes = File.ReadAllBytes(full);
        var found = new List<Diagnostic>();
        string? text = bytes.Length > SafeFile.MaxBytes ? null : SafeFile.Decode(bytes, relativePath, found);
        if (text is null)
        {
            problem = found.FirstOrDefault()?.Message ?? "the file is too large to edit here";
            return null;
        }
        return new BankFileText(relativePath, text, Hash(bytes));
    }

    /// <inheritdoc />
    public SaveResult Save(string relativePath, string text, string? expectedHash)
    {
        string? full = Resolve(relativePath, out string? problem);
        if (full is null) return new SaveResult(SaveOutcome.Refused, null, problem);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        lock (_lock)
        {
            byte[]? before = File.Exists(full) ? File.ReadAllBytes(full) : null;
            if (expectedHash is null ? before is not null : before is null || Hash(before) != expectedHash)
                return new SaveResult(SaveOutcome.Conflict, before is null ? null : Current(relativePath, before));
            var bytes = Encode(text, before);
            SafeFile.WriteAtomic(full, stream => stream.Write(bytes));
            return new SaveResult(SaveOutcome.Saved, new BankFileText(relativePath, text, Hash(bytes)));
        }
    }

    private static BankFileText Current(string path, byte[] bytes) =>
        new(path, SafeFile.Decode(bytes, path, new List<Diagnostic>()) ?? Encoding.UTF8.GetString(bytes), Hash(bytes));

    // The file's own encoding: UTF-8, with its byte-order mark if it had one, CRLF if it used CRLF.
    private static byte[] Encode(string text, byte[]? before)
    {
        bool bom = before is [0xEF, 0xBB, 0xBF, ..];
        bool crlf = before is not null && before.AsSpan().IndexOf("\r\n"u8) >= 0;
        if (crlf) text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        var body = new UTF8Encoding(false).GetBytes(text);
        return bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    /// <summary>The hash the editor carries: SHA-256 of the bytes, hex.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));
}
