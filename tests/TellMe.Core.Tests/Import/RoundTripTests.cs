using TellMe.Bank;
using TellMe.Import;
using TellMe.Render.Jekyll;

namespace TellMe.Tests.Import;

public class RoundTripTests
{
    private static StoryBank ImportFixturesIntoFolder(TempDir dir)
    {
        var result = PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions]);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var (_, problems) = BankWriter.Write(dir.Path, BankWriter.Render(result.Bank), force: false);
        Assert.Empty(problems);
        var loaded = BankLoader.Load(dir.Path);
        Assert.Empty(loaded.LoadDiagnostics);
        return loaded;
    }

    [Theory]
    [InlineData("leadership_principles.md")]
    [InlineData("behavioral_questions.md")]
    public void Import_then_build_gives_the_original_page_byte_for_byte(string page)
    {
        using var dir = new TempDir();
        var bank = ImportFixturesIntoFolder(dir);
        var built = JekyllSite.Render(bank).Single(p => p.File == page).Content;
        string original = File.ReadAllText(TestFiles.Data("fixtures", page));
        Assert.Equal(original, built);
    }

    [Fact]
    public void Import_then_build_twice_writes_identical_bank_files()
    {
        using var dir = new TempDir();
        var bank = ImportFixturesIntoFolder(dir);
        var again = BankWriter.Render(bank);
        foreach (var (path, content) in again)
            Assert.Equal(File.ReadAllText(dir.File(path)), content);
    }
}
