using TellMe.Bank;
using TellMe.Import;

namespace TellMe.Tests.Import;

/// <summary>The demo bank in examples/ is exactly what importing the demo pages gives today.</summary>
public class ExamplesTests
{
    [Fact]
    public void The_committed_demo_bank_is_up_to_date_with_the_importer()
    {
        string root = Repository.Root;
        var result = PageImport.Import([Path.Combine(root, "examples", "pages", "leadership_principles.md"), Path.Combine(root, "examples", "pages", "behavioral_questions.md")]);
        Assert.False(result.HasErrors);
        string bank = Path.Combine(root, "examples", "bank");
        var expected = BankWriter.Render(result.Bank).ToDictionary(f => f.Path, f => f.Content);
        var actual = Directory.GetFiles(bank, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(bank, f).Replace('\\', '/')).Order().ToList();
        Assert.Equal(expected.Keys.Order(), actual);
        foreach (var (path, content) in expected)
            Assert.True(content == File.ReadAllText(Path.Combine(bank, path)), $"examples/bank/{path} is stale: run the import in README.md again");
    }
}
