using System.Text;
using System.Text.Json;

namespace TellMe.Cli.Tests;

/// <summary>Every command reads its input files the same way: text in UTF-8 or UTF-16 with a BOM, anything else refused before any output.</summary>
public sealed class InputTextTests(MatchTestBank bank) : IClassFixture<MatchTestBank>
{
    private CliResult Run(params string[] args) => CliRunner.Run([.. args, "--bank", bank.Path]);

    private string Bytes(string name, byte[] bytes)
    {
        string path = bank.File(name, "");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static TheoryData<string, string> Commands => new()
    {
        { "match --batch FILE", "batch file" },
        { "eval FILE", "evaluation file" },
        { "plan --questions FILE", "questions file" },
        { "feedback --for Conflict FILE", "answer file" },
    };

    private static string[] Args(string command, string file) => command.Split(' ').Select(a => a == "FILE" ? file : a).ToArray();

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_binary_file_is_refused_with_one_message_exit_2_and_no_output(string command, string what)
    {
        string file = Bytes($"photo-{what.Replace(' ', '-')}.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var result = Run(Args(command, file));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal($"tellme: the {what} '{file}' cannot be read: this is a binary file, not text (line 1); give a text file: UTF-8, or UTF-16 with a byte-order mark\n", result.Error.Replace("\r\n", "\n"));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_file_that_is_not_utf8_is_refused_with_its_line(string command, string what)
    {
        string file = Bytes($"latin1-{what.Replace(' ', '-')}.txt", [.. "Why us?\nCaf"u8.ToArray(), 0xE9, (byte)'\n']);
        var result = Run(Args(command, file));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal($"tellme: the {what} '{file}' cannot be read: the file is not valid UTF-8 (line 2); save it as UTF-8\n", result.Error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Utf16_files_with_a_bom_are_read_by_every_command()
    {
        string batch = Bytes("batch-utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Why us?\r\nTell me about a conflict\r\n")]);
        var matched = Run("match", "--batch", batch);
        Assert.Equal(0, matched.ExitCode);
        var lines = matched.Out.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["Why applied", "Conflict"], lines.Select(l => l.GetProperty("answers")[0].GetProperty("key").GetString()));

        string eval = Bytes("eval-utf16be.tsv", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("bq\tDo you need visa sponsorship?\tVisa\n")]);
        var evaluated = Run("eval", eval, "--json");
        Assert.Equal(0, evaluated.ExitCode);
        using (var doc = JsonDocument.Parse(evaluated.Out))
            Assert.Equal(1, doc.RootElement.GetProperty("scores")[0].GetProperty("questions").GetInt32());

        string questions = Bytes("questions-utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Tell me about a conflict\r\nWhen did you take ownership?\r\n")]);
        var planned = Run("plan", "--questions", questions, "--json");
        Assert.Equal(0, planned.ExitCode);
        using (var doc = JsonDocument.Parse(planned.Out))
            Assert.Equal(2, doc.RootElement.GetProperty("slots").GetArrayLength());

        string answer = Bytes("answer-utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("We disagreed about the schema, so I wrote down both options and we measured them.\r\n")]);
        Assert.Equal(0, Run("feedback", "--for", "Conflict", answer).ExitCode);
    }

    [Fact]
    public void Import_refuses_a_binary_page_and_reads_a_utf16_one()
    {
        using var dir = new TempDir();
        string binary = dir.File("photo.md");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        var refused = CliRunner.Run("import", binary, "--into", dir.File("bank"));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("photo.md:1:1: error TM101: this is a binary file, not text", refused.Out);
        Assert.False(Directory.Exists(dir.File("bank")));

        string page = dir.File("lp-utf16.md");
        File.WriteAllBytes(page, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(File.ReadAllText(CliRunner.Fixtures[0]).Replace("\n", "\r\n"))]);
        var imported = CliRunner.Run("import", page, "--into", dir.File("bank"), "--json");
        Assert.Equal(0, imported.ExitCode);
        using var doc = JsonDocument.Parse(imported.Out);
        Assert.Equal(16, doc.RootElement.GetProperty("principles").GetInt32());
    }
}
