using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Check;
using TellMe.Check.Fixes;
using TellMe.Render.Jekyll;

namespace TellMe.Tests.Check;

public class FixTests
{
    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void Fix_repairs_only_what_is_certain_and_the_pages_change_only_on_those_lines()
    {
        using var bank = new ImportedBank();
        var editor = BankEditor.Open(bank.Root);
        var changes = Fixer.Apply(editor);
        Assert.Equal(["TM009", "TM004", "TM016"], changes.Select(c => c.Code));
        editor.Commit();
        var reloaded = bank.Load();
        Assert.Empty(reloaded.LoadDiagnostics);

        var pages = JekyllSite.Render(reloaded).ToDictionary(p => p.File, p => p.Content);
        var lp = (Original: Lines(File.ReadAllText(TestFiles.LeadershipPrinciples)), Built: Lines(pages["leadership_principles.md"]));
        var bq = (Original: Lines(File.ReadAllText(TestFiles.BehavioralQuestions)), Built: Lines(pages["behavioral_questions.md"]));
        Assert.Equal(lp.Original.Length, lp.Built.Length);
        Assert.Equal(bq.Original.Length, bq.Built.Length);
        var lpChanged = Enumerable.Range(0, lp.Original.Length).Where(i => lp.Original[i] != lp.Built[i]).ToList();
        var bqChanged = Enumerable.Range(0, bq.Original.Length).Where(i => bq.Original[i] != bq.Built[i]).ToList();

        Assert.Equal(["      <td><strong>Why SRE → SWE</strong></td>"], bqChanged.Select(i => bq.Built[i]));
        Assert.Equal(
            ["- **Project:** CR2. Analyzed thread dumps and heap dumps to troubleshoot a server", "  - **Action:**"],
            lpChanged.Select(i => lp.Built[i]));
        Assert.Equal("  - **Action**", lp.Original[lpChanged[1]]);

        // The repaired findings are gone; what needs a person stays.
        var after = Checker.Run(reloaded, bank.Root);
        Assert.DoesNotContain(after, d => d.Code is "TM009" or "TM004" or "TM016");
        Assert.Contains(after, d => d.Code == "TM005");
    }

    [Fact]
    public void Fix_on_a_clean_bank_changes_nothing()
    {
        using var bank = new ImportedBank();
        var first = BankEditor.Open(bank.Root);
        Assert.NotEmpty(Fixer.Apply(first));
        first.Commit();
        var second = BankEditor.Open(bank.Root);
        Assert.Empty(Fixer.Apply(second));
        Assert.Empty(second.Changed);
    }
}
