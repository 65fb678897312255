using System.Text;

namespace TellMe.Tests.Edits;

/// <summary>
/// The hand-edited bank of TestData/hand-edited copied to a temporary folder, each file in the form a user
/// might keep it: some with CRLF line endings, one without a final newline, one UTF-16, one with a BOM.
/// The files are committed as plain UTF-8 so that they read well in the repository; the forms are made here.
/// </summary>
internal sealed class HandEditedBank : IDisposable
{
    private readonly TempDir _dir = new();

    /// <summary>How each file is stored on disk.</summary>
    public static readonly IReadOnlyDictionary<string, string> Forms = new Dictionary<string, string>
    {
        ["stories/IT2.md"] = "crlf",
        ["frameworks/amazon.yaml"] = "crlf",
        ["stories/IT4.md"] = "no-final-newline",
        ["stories/EN1.md"] = "utf16le",
        ["answers/why-sre-swe.md"] = "bom",
    };

    public HandEditedBank()
    {
        string source = TestFiles.Data("hand-edited");
        foreach (var path in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            string rel = System.IO.Path.GetRelativePath(source, path).Replace('\\', '/');
            string text = File.ReadAllText(path).Replace("\r\n", "\n");
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path(rel))!);
            File.WriteAllBytes(Path(rel), Encode(text, Forms.GetValueOrDefault(rel, "")));
        }
    }

    public string Root => _dir.Path;

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>Text in a file's form: the bytes a user's editor would have saved.</summary>
    public static byte[] Encode(string text, string form) => form switch
    {
        "crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")),
        "no-final-newline" => Encoding.UTF8.GetBytes(text.TrimEnd('\n')),
        "utf16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };

    /// <summary>The committed (LF, UTF-8) text of a corpus file.</summary>
    public static string Original(string relative) => File.ReadAllText(TestFiles.Data("hand-edited", relative)).Replace("\r\n", "\n");

    public byte[] Bytes(string relative) => File.ReadAllBytes(Path(relative));

    /// <summary>Every file with its bytes, to prove a folder unchanged.</summary>
    public SortedDictionary<string, string> Snapshot() => Snapshot(Root);

    public static SortedDictionary<string, string> Snapshot(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root)) return files;
        foreach (var dir in Directory.GetDirectories(root, "*", SearchOption.AllDirectories))
            if (!dir.Contains($"{System.IO.Path.DirectorySeparatorChar}.git", StringComparison.Ordinal))
                files[System.IO.Path.GetRelativePath(root, dir) + "/"] = "";
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
            if (!file.Contains($"{System.IO.Path.DirectorySeparatorChar}.git{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                files[System.IO.Path.GetRelativePath(root, file)] = Convert.ToHexString(File.ReadAllBytes(file));
        return files;
    }

    public void Dispose() => _dir.Dispose();
}
