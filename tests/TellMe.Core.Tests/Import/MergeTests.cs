using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Import;

namespace TellMe.Tests.Import;

/// <summary>Importing into an existing bank merges, never duplicates, and never drops what only the bank has unless told to.</summary>
public class MergeTests
{
    private static (IReadOnlyList<FileWrite> Writes, IReadOnlyList<Diagnostic> Refused) Reimport(ImportedBank bank, bool force = false, bool prune = false, params string[] pages)
    {
        if (pages.Length == 0) pages = [TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions];
        var result = PageImport.Import(pages, bank.Load(), new ImportOptions { Prune = prune });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return BankWriter.Write(bank.Root, BankWriter.Render(result.Bank), force);
    }

    [Fact]
    public void Reimporting_after_deleting_one_answer_file_gives_the_answer_back_and_no_copy_of_its_story()
    {
        using var bank = new ImportedBank();
        File.Delete(bank.Path("answers/conflict.md"));
        var (writes, refused) = Reimport(bank);
        Assert.Empty(refused);
        var changed = Assert.Single(writes, w => w.Action != WriteAction.Unchanged);
        Assert.Equal(("answers/conflict.md", WriteAction.Created), (changed.RelativePath, changed.Action));
        Assert.Contains("story: CR4", bank.Read("answers/conflict.md"));
        Assert.False(File.Exists(bank.Path("stories/CR5.md")));
        Assert.Equal(21, bank.Load().Stories.Length);
    }

    [Fact]
    public void A_new_story_the_bank_holds_is_recognised_by_its_telling_when_its_page_entry_is_gone()
    {
        using var bank = new ImportedBank();
        // Without the framework file, nothing says which IDs the principles page's (New) entries were given.
        File.Delete(bank.Path("frameworks/amazon.yaml"));
        var (writes, refused) = Reimport(bank);
        Assert.Empty(refused);
        Assert.Equal("frameworks/amazon.yaml", Assert.Single(writes, w => w.Action != WriteAction.Unchanged).RelativePath);
        var framework = bank.Load().Frameworks.Single();
        Assert.Equal(StoryId.Parse("CR3"), framework.Principles.Single(p => p.Number == 13).Stories.Single().Story);
        Assert.Equal(StoryId.Parse("IT7"), framework.Principles.Single(p => p.Number == 15).Stories.Single().Story);
        Assert.Equal(21, bank.Load().Stories.Length);
    }

    [Fact]
    public void Importing_the_pages_one_at_a_time_ends_in_the_same_bank_as_importing_them_together()
    {
        using var together = new ImportedBank();
        using var dir = new TempDir();
        var first = PageImport.Import([TestFiles.LeadershipPrinciples]);
        Assert.Empty(BankWriter.Write(dir.Path, BankWriter.Render(first.Bank), force: false).Diagnostics);
        // The principles page alone numbered its (New) Oracle migration CR2; the questions page gives CR2 to another story.
        Assert.Contains("Executives planned to migrate", File.ReadAllText(Path.Combine(dir.Path, "stories/CR2.md")));
        var existing = BankLoader.Load(dir.Path);
        var second = PageImport.Import([TestFiles.BehavioralQuestions], existing);
        Assert.Contains(second.Diagnostics, d => d.Code == InputCodes.ImportNote && d.Message.Contains("is now CR3"));
        Assert.Empty(BankDrops.Find(existing, second.Bank));
        Assert.Empty(BankWriter.Write(dir.Path, BankWriter.Render(second.Bank), force: true).Diagnostics);

        var want = Directory.GetFiles(together.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(together.Root, f)).Order().ToList();
        var got = Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir.Path, f)).Order().ToList();
        Assert.Equal(want, got);
        foreach (var file in want)
            Assert.True(File.ReadAllText(Path.Combine(dir.Path, file)) == together.Read(file), $"{file} differs");
        // The text only the first page had (the Disagree / Commit entry) is in the bank, under the story's new ID.
        string cr3 = File.ReadAllText(Path.Combine(dir.Path, "stories/CR3.md"));
        Assert.Contains("Disagree: Used number & vision", cr3);
        Assert.Contains("Commit:", cr3);
        Assert.Contains("thread dumps", File.ReadAllText(Path.Combine(dir.Path, "stories/CR2.md")));
    }

    [Fact]
    public void Text_only_the_bank_has_is_what_an_import_would_drop()
    {
        using var bank = new ImportedBank();
        bank.Write("stories/IT2.md", bank.Read("stories/IT2.md").Replace("Developed the expected system in time", "Shipped the chat on the agreed date"));
        var existing = bank.Load();
        var result = PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions], existing);
        var drop = Assert.Single(BankDrops.Find(existing, result.Bank));
        Assert.Equal(InputCodes.WouldDrop, drop.Code);
        Assert.Equal("stories/IT2.md", drop.File);
        Assert.Equal(bank.LineOf("stories/IT2.md", "## Result"), drop.Line);
        Assert.Contains("'Shipped the chat on the agreed date'", drop.Message);
    }

    [Fact]
    public void A_section_only_the_bank_has_is_kept_and_pruning_drops_it()
    {
        using var bank = new ImportedBank();
        bank.Write("stories/IT2.md", bank.Read("stories/IT2.md") + "\n## Learned\n\nShip the simple design first\n");
        var kept = PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions], bank.Load());
        Assert.Equal(["Situation", "Action", "Result", "Learned"], kept.Bank.Find("IT2")!.Sections.Select(s => s.Label));
        Assert.Empty(BankDrops.Find(bank.Load(), kept.Bank));
        var pruned = PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions], bank.Load(), new ImportOptions { Prune = true });
        Assert.Equal(["Situation", "Action", "Result"], pruned.Bank.Find("IT2")!.Sections.Select(s => s.Label));
        Assert.Single(BankDrops.Find(bank.Load(), pruned.Bank));
    }

    [Fact]
    public void What_the_bank_knows_that_pages_cannot_say_survives_an_import()
    {
        using var bank = new ImportedBank();
        bank.Write("stories/IT2.md", bank.Read("stories/IT2.md").Replace("company: Industry Technology\n", "company: Industry Technology\ntags:\n  - chat\nprivate: true\n"));
        var result = PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions], bank.Load());
        var it2 = result.Bank.Find("IT2")!;
        Assert.True(it2.Private);
        Assert.Equal("chat", Assert.Single(it2.Tags));
    }

    [Fact]
    public void A_story_another_page_told_first_keeps_its_words_when_a_new_page_tells_it_differently()
    {
        using var bank = new ImportedBank();
        string before = bank.Read("stories/IT2.md");
        var result = PageImport.Import([LayoutCorpus.Page("bq-second.md")], bank.Load());
        Assert.Empty(BankDrops.Find(bank.Load(), result.Bank));
        Assert.Equal(before, BankWriter.Render(result.Bank).Single(f => f.Path == "stories/IT2.md").Content);
        Assert.Contains(result.Bank.Answers, a => a.Key == "Conflict (2)" && a.Points.Any(p => p.Content.Inline?.Contains("WebSocket from day one", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Reimporting_a_questions_page_keeps_its_place_in_tellme_yaml()
    {
        using var bank = new ImportedBank();
        var (writes, refused) = Reimport(bank, pages: [TestFiles.BehavioralQuestions]);
        Assert.Empty(refused);
        Assert.All(writes, w => Assert.Equal(WriteAction.Unchanged, w.Action));
        (writes, refused) = Reimport(bank, pages: [TestFiles.LeadershipPrinciples]);
        Assert.Empty(refused);
        Assert.All(writes, w => Assert.Equal(WriteAction.Unchanged, w.Action));
    }
}
