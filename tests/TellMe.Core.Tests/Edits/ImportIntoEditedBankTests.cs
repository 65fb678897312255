using System.Text;
using TellMe.Bank;
using TellMe.Import;

namespace TellMe.Tests.Edits;

/// <summary>
/// Importing pages into a bank the user has since edited by hand: only the elements the pages change are
/// edited, in place; the user's comments, numbered lists, HTML, keys, CRLF and UTF-16 stay.
/// </summary>
public sealed class ImportIntoEditedBankTests : IDisposable
{
    private readonly ImportedBank _bank = new();
    private readonly TempDir _pages = new();
    private readonly Git _git;

    public ImportIntoEditedBankTests()
    {
        Edit("tellme.yaml", t => "# my bank: TellMe keeps this comment\n" + t);
        Edit("frameworks/amazon.yaml", t => ("# Amazon's principles, in my words.\n" + t)
            .Replace("  - id: ownership\n", "  # Ownership is the one I am asked most.\n  - id: ownership\n")
            .Replace("    name: Frugality\n", "    name: Frugality\n    priority: high   # my own key\n")
            .Replace("\n", "\r\n"));
        Edit("stories/IT2.md", t => t
            .Replace("company: Industry Technology\n", "company: Industry Technology   # told on both pages\n")
            .Replace("- Needed to develop a group chat system\n- Schedule was tight\n", "1. Needed to develop a group chat system  \n2. Schedule was tight\n"));
        Edit("answers/visa.md", t => t.Replace("---\n\n- ", "---\n\n<!-- private: ask HR first -->\n\n* ").Replace("\n- ", "\n* "));
        File.WriteAllBytes(_bank.Path("stories/IT4.md"), [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(_bank.Read("stories/IT4.md"))]);
        Assert.DoesNotContain(_bank.Load().LoadDiagnostics, d => d.Severity == TellMe.Diagnostics.Severity.Error);
        _git = Git.Init(_bank.Root);
        _git.CommitAll();
    }

    public void Dispose()
    {
        _bank.Dispose();
        _pages.Dispose();
    }

    private void Edit(string file, Func<string, string> change) => _bank.Write(file, change(_bank.Read(file)));

    private (IReadOnlyList<FileWrite> Writes, IReadOnlyList<TellMe.Diagnostics.Diagnostic> Refused) Import(bool force, params string[] pages)
    {
        var result = PageImport.Import(pages.Length > 0 ? pages : [TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions], _bank.Load());
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return BankWriter.Write(_bank.Root, result.Bank, force);
    }

    private int LineOf(string file, string text)
    {
        var lines = Encoding.UTF8.GetString(File.ReadAllBytes(_bank.Path(file))).Split('\n');
        return Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal)) + 1;
    }

    [Fact]
    public void Importing_the_same_pages_again_changes_no_byte_and_needs_no_force()
    {
        var (writes, refused) = Import(force: false);
        Assert.Empty(refused);
        Assert.All(writes, w => Assert.Equal(WriteAction.Unchanged, w.Action));
        Assert.Equal("", _git.Status());
    }

    [Fact]
    public void A_change_on_a_page_edits_only_its_lines_in_the_hand_edited_bank()
    {
        string page = _pages.File("leadership_principles.md");
        File.WriteAllText(page, File.ReadAllText(TestFiles.LeadershipPrinciples)
            .Replace("Leaders accomplish more with less", "Do more with less")
            .Replace("- Schedule was tight", "- Schedule was tight: six weeks"));
        var expected = new SortedSet<(string, int)>
        {
            ("frameworks/amazon.yaml", LineOf("frameworks/amazon.yaml", "Leaders accomplish more with less")),
            ("stories/IT2.md", LineOf("stories/IT2.md", "2. Schedule was tight")),
            // The questions page still tells IT2's situation in the old words: the answer now keeps them as its own.
            ("answers/tight-schedule.md", LineOf("answers/tight-schedule.md", "**Situation:** {{ story }}")),
        };

        var (_, refused) = Import(force: false, page, TestFiles.BehavioralQuestions);
        Assert.Equal(["answers/tight-schedule.md", "frameworks/amazon.yaml", "stories/IT2.md"], refused.Select(d => d.File).Order());
        Assert.Equal("", _git.Status()); // refused: nothing written

        var (writes, none) = Import(force: true, page, TestFiles.BehavioralQuestions);
        Assert.Empty(none);
        Assert.All(writes.Where(w => w.Action == WriteAction.Updated), w => Assert.Empty(w.Notes));
        var changed = _git.ChangedLines();
        Assert.True(expected.SetEquals(changed), $"expected {string.Join(", ", expected)}; git diff: {string.Join(", ", changed)}\n{_git.Run("diff")}");
        Assert.Contains("2. Schedule was tight: six weeks\n", _bank.Read("stories/IT2.md"));
        Assert.Contains("    name: Frugality\r\n    priority: high   # my own key\r\n    description: Do more with less\r\n", _bank.Read("frameworks/amazon.yaml"));
        Assert.Contains("- **Situation:**\n  - Needed to develop a group chat system\n  - Schedule was tight\n- **Action:** {{ story }}", _bank.Read("answers/tight-schedule.md"));
    }

    [Fact]
    public void An_answer_file_the_user_renamed_is_updated_where_it_is_and_never_written_twice()
    {
        File.Move(_bank.Path("answers/visa.md"), _bank.Path("answers/my-visa.md"));
        _git.CommitAll("renamed");
        string page = _pages.File("behavioral_questions.md");
        File.WriteAllText(page, File.ReadAllText(TestFiles.BehavioralQuestions).Replace("PEO/EOR is acceptable", "PEO/EOR works for me"));

        var (writes, refused) = Import(force: true, TestFiles.LeadershipPrinciples, page);

        Assert.Empty(refused);
        Assert.Equal(WriteAction.Updated, Assert.Single(writes, w => w.Action != WriteAction.Unchanged).Action);
        Assert.Equal("answers/my-visa.md", Assert.Single(writes, w => w.Action != WriteAction.Unchanged).RelativePath);
        Assert.False(File.Exists(_bank.Path("answers/visa.md")));
        Assert.Equal(new SortedSet<(string, int)> { ("answers/my-visa.md", LineOf("answers/my-visa.md", "PEO/EOR works for me")) }, _git.ChangedLines());
    }
}
