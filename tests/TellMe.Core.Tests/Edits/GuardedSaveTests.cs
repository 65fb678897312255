using System.Text;
using TellMe.Bank.Files;

namespace TellMe.Tests.Edits;

/// <summary>The web editor's save: the version the user opened, or a conflict with what is on disk; never outside the bank.</summary>
public sealed class GuardedSaveTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _bank;
    private readonly string _outside;

    public GuardedSaveTests()
    {
        _bank = _dir.File("bank");
        _outside = _dir.File("outside");
        Directory.CreateDirectory(Path.Combine(_bank, "stories"));
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_bank, "tellme.yaml"), "title: x\n");
        File.WriteAllText(Path.Combine(_bank, "stories/CR2.md"), "---\nid: CR2\ntitle: Original\n---\n");
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "not yours\n");
    }

    public void Dispose() => _dir.Dispose();

    private OpenedFile Open(string path) => GuardedSave.Open(_bank, path, out string refusal) ?? throw new InvalidOperationException(refusal);

    [Fact]
    public void A_save_of_the_version_opened_writes_the_text()
    {
        var opened = Open("stories/CR2.md");
        var result = GuardedSave.Save(_bank, "stories/CR2.md", opened.Text.Replace("Original", "Edited"), opened.Hash);
        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        Assert.Equal("---\nid: CR2\ntitle: Edited\n---\n", File.ReadAllText(Path.Combine(_bank, "stories/CR2.md")));
        Assert.Equal(Open("stories/CR2.md").Hash, result.Current!.Hash);
        Assert.Empty(Directory.GetFiles(Path.Combine(_bank, "stories"), ".*"));
    }

    [Fact]
    public void A_change_on_disk_between_open_and_save_is_a_conflict_that_carries_the_disk_text_and_writes_nothing()
    {
        var opened = Open("stories/CR2.md");
        // Someone else (another tab, the user's editor, git checkout) saves in between.
        File.WriteAllText(Path.Combine(_bank, "stories/CR2.md"), "---\nid: CR2\ntitle: Theirs\n---\n");
        var result = GuardedSave.Save(_bank, "stories/CR2.md", opened.Text.Replace("Original", "Mine"), opened.Hash);
        Assert.Equal(SaveOutcome.Conflict, result.Outcome);
        Assert.Equal("stories/CR2.md changed on disk since you opened it; nothing was written", result.Message);
        Assert.Equal("---\nid: CR2\ntitle: Theirs\n---\n", result.Current!.Text);
        Assert.Equal("---\nid: CR2\ntitle: Theirs\n---\n", File.ReadAllText(Path.Combine(_bank, "stories/CR2.md")));
        // With the new version in hand, the save goes through.
        Assert.Equal(SaveOutcome.Saved, GuardedSave.Save(_bank, "stories/CR2.md", result.Current.Text.Replace("Theirs", "Both"), result.Current.Hash).Outcome);
    }

    [Fact]
    public void Of_two_saves_from_one_version_at_the_same_time_exactly_one_wins()
    {
        var opened = Open("stories/CR2.md");
        var results = new SaveResult[8];
        Parallel.For(0, results.Length, i => results[i] = GuardedSave.Save(_bank, "stories/CR2.md", opened.Text.Replace("Original", $"Writer {i}"), opened.Hash));
        var winner = Assert.Single(results, r => r.Outcome == SaveOutcome.Saved);
        Assert.All(results.Where(r => r != winner), r => Assert.Equal(SaveOutcome.Conflict, r.Outcome));
        Assert.Equal(winner.Current!.Text, File.ReadAllText(Path.Combine(_bank, "stories/CR2.md")));
    }

    [Fact]
    public void A_save_keeps_the_file_encoding_and_line_endings_and_takes_a_browser_crlf_as_text()
    {
        string path = Path.Combine(_bank, "stories/UT1.md");
        File.WriteAllBytes(path, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("---\r\nid: UT1\r\ntitle: Café\r\n---\r\n")]);
        var opened = Open("stories/UT1.md");
        Assert.Equal(TextEncodingKind.Utf16LittleEndian, opened.Encoding);
        // A browser's form posts its textarea with CRLF line breaks.
        var result = GuardedSave.Save(_bank, "stories/UT1.md", "---\r\nid: UT1\r\ntitle: Café crème\r\n---\r\n", opened.Hash);
        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        Assert.Equal([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("---\r\nid: UT1\r\ntitle: Café crème\r\n---\r\n")], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_new_file_is_created_only_when_it_does_not_exist()
    {
        Assert.Equal(SaveOutcome.Saved, GuardedSave.Save(_bank, "stories/CR9.md", "---\nid: CR9\ntitle: New\n---\n", null).Outcome);
        var again = GuardedSave.Save(_bank, "stories/CR9.md", "---\nid: CR9\ntitle: Other\n---\n", null);
        Assert.Equal(SaveOutcome.Conflict, again.Outcome);
        Assert.Equal("---\nid: CR9\ntitle: New\n---\n", again.Current!.Text);
    }

    [Theory]
    [InlineData("../outside/secret.txt", "leaves the bank folder")]
    [InlineData("stories/../../outside/secret.txt", "leaves the bank folder")]
    [InlineData("/etc/passwd", "absolute path")]
    [InlineData("stories\\..\\..\\outside\\secret.txt", "use '/' between folders")]
    [InlineData(".git/config", "hidden file or folder")]
    [InlineData("stories/.CR2.md.tmp", "hidden file or folder")]
    [InlineData("", "the path is empty")]
    [InlineData("link-file.md", "outside the bank folder (through a symbolic link)")]
    [InlineData("link-dir/secret.txt", "outside the bank folder (through a symbolic link)")]
    [InlineData("link-dir/new.md", "outside the bank folder (through a symbolic link)")]
    public void A_path_outside_the_bank_is_refused_for_open_and_save_and_nothing_outside_is_touched(string path, string message)
    {
        File.CreateSymbolicLink(Path.Combine(_bank, "link-file.md"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_bank, "link-dir"), _outside);

        Assert.Null(GuardedSave.Open(_bank, path, out string refusal));
        Assert.Contains(message, refusal);
        var result = GuardedSave.Save(_bank, path, "overwritten\n", SourceText.HashOf("not yours\n"u8));
        Assert.Equal(SaveOutcome.Refused, result.Outcome);
        Assert.Contains(message, result.Message);
        Assert.Equal("not yours\n", File.ReadAllText(Path.Combine(_outside, "secret.txt")));
        Assert.Equal(["secret.txt"], Directory.GetFiles(_outside).Select(Path.GetFileName));
    }

    [Fact]
    public void A_link_that_stays_inside_the_bank_is_followed_and_the_file_it_points_to_is_saved()
    {
        File.CreateSymbolicLink(Path.Combine(_bank, "stories/alias.md"), Path.Combine(_bank, "stories/CR2.md"));
        var opened = Open("stories/alias.md");
        Assert.Equal(SaveOutcome.Saved, GuardedSave.Save(_bank, "stories/alias.md", opened.Text.Replace("Original", "Via link"), opened.Hash).Outcome);
        Assert.Contains("Via link", File.ReadAllText(Path.Combine(_bank, "stories/CR2.md")));
        Assert.NotNull(new FileInfo(Path.Combine(_bank, "stories/alias.md")).LinkTarget);
    }
}
