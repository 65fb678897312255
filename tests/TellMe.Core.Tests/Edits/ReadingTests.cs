using System.Text;
using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Tests.Edits;

/// <summary>The one reader: which bytes are text, and how a file's form survives an edit.</summary>
public sealed class ReadingTests
{
    private static SourceText? Decode(byte[] bytes, out List<Diagnostic> diagnostics)
    {
        diagnostics = [];
        return SafeFile.DecodeSource(bytes, "input.txt", diagnostics);
    }

    public static TheoryData<string, byte[]> TextForms => new()
    {
        { "utf-8", "Why SRE → SWE\nline 2\n"u8.ToArray() },
        { "utf-8 with BOM", [0xEF, 0xBB, 0xBF, .. "Why SRE → SWE\nline 2\n"u8.ToArray()] },
        { "utf-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Why SRE → SWE\nline 2\n")] },
        { "utf-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Why SRE → SWE\nline 2\n")] },
        { "crlf", "Why SRE → SWE\r\nline 2\r\n"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(TextForms))]
    public void Text_in_every_accepted_form_reads_the_same_and_writes_back_byte_for_byte(string form, byte[] bytes)
    {
        var text = Decode(bytes, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.NotNull(text);
        Assert.Equal("Why SRE → SWE\nline 2\n", text.Text);
        Assert.Equal(bytes, text.ToBytes());
        Assert.Equal(SourceText.HashOf(bytes), text.Hash);
        _ = form;
    }

    [Theory]
    [InlineData("a PNG", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D }, "this is a binary file, not text", 1)]
    [InlineData("an ELF", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 3 }, "this is a binary file, not text", 1)]
    [InlineData("a NUL after a line", new byte[] { (byte)'a', (byte)'\n', (byte)'b', 0 }, "this is a binary file, not text", 1)]
    [InlineData("a control character", new byte[] { (byte)'a', (byte)'\n', 0x02, (byte)'b' }, "this is a binary file, not text", 2)]
    [InlineData("UTF-16 with a NUL character", new byte[] { 0xFF, 0xFE, 0, 0 }, "this is a binary file, not text", 1)]
    [InlineData("UTF-16 without a BOM", new byte[] { (byte)'W', 0, (byte)'h', 0, (byte)'y', 0, (byte)'\n', 0 }, "this is UTF-16 text without a byte-order mark", 1)]
    [InlineData("Latin-1", new byte[] { (byte)'a', (byte)'\n', (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n' }, "the file is not valid UTF-8", 2)]
    [InlineData("a broken UTF-16 surrogate", new byte[] { 0xFF, 0xFE, 0x3D, 0xD8, (byte)'a', 0 }, "the file is not valid UTF-16", 1)]
    public void Anything_else_is_refused_with_one_diagnostic_that_says_why(string what, byte[] bytes, string message, int line)
    {
        Assert.Null(Decode(bytes, out var diagnostics));
        var d = Assert.Single(diagnostics);
        Assert.Equal((InputCodes.Unreadable, Severity.Error, "input.txt", line), (d.Code, d.Severity, d.File, d.Line));
        Assert.StartsWith(message, d.Message);
        Assert.NotNull(d.Hint);
        _ = what;
    }

    [Fact]
    public void An_edit_of_a_crlf_file_keeps_crlf_and_new_lines_get_it_too()
    {
        var text = Decode("a\r\nb\r\nc\r\n"u8.ToArray(), out _)!;
        var edited = text.Apply([TextEdit.Replace(2, 3, "B"), TextEdit.Insert(4, "new\n")]);
        Assert.Equal("a\r\nB\r\nnew\r\nc\r\n"u8.ToArray(), edited.ToBytes());
    }

    [Fact]
    public void An_edit_of_a_file_with_mixed_line_endings_keeps_each_line_as_it_was()
    {
        var text = Decode("a\r\nb\nc\r\nd\r\n"u8.ToArray(), out _)!;
        Assert.Equal("a\nb\nc\nd\n", text.Text);
        var edited = text.Apply([TextEdit.Replace(4, 5, "C")]);
        Assert.Equal("a\r\nb\nC\r\nd\r\n"u8.ToArray(), edited.ToBytes());
    }

    [Fact]
    public void An_edit_of_a_utf16_file_stays_utf16()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("id: CR2\ntitle: x\n")];
        var text = Decode(bytes, out _)!;
        var edited = text.Apply([TextEdit.Replace(15, 16, "Migrated — y")]);
        Assert.Equal([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("id: CR2\ntitle: Migrated — y\n")], edited.ToBytes());
    }

    [Fact]
    public void A_bank_file_in_utf16_is_loaded_like_any_other()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("tellme.yaml"), "title: x\n");
        Directory.CreateDirectory(dir.File("stories"));
        File.WriteAllBytes(dir.File("stories/CR1.md"), [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("---\r\nid: CR1\r\ntitle: Café\r\n---\r\n\r\n## Result\r\n\r\nDone\r\n")]);
        var bank = BankLoader.Load(dir.Path);
        Assert.Empty(bank.LoadDiagnostics);
        Assert.Equal("Café", bank.Find("CR1")!.Title);
        Assert.Equal(6, bank.Find("CR1")!.Sections[0].Line);
    }
}
