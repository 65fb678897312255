using TellMe.Bank;
using TellMe.Import;

namespace TellMe.Tests;

/// <summary>The user's two real pages imported into a bank folder on disk, as a user would do it.</summary>
internal sealed class ImportedBank : IDisposable
{
    private readonly TempDir _dir = new();

    public ImportedBank(params string[] pages)
    {
        if (pages.Length == 0) pages = [TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions];
        var result = PageImport.Import(pages);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var (_, refused) = BankWriter.Write(_dir.Path, BankWriter.Render(result.Bank), force: false);
        Assert.Empty(refused);
    }

    public string Root => _dir.Path;

    public StoryBank Load() => BankLoader.Load(Root);

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(Path(relative));

    public void Write(string relative, string content) => File.WriteAllText(Path(relative), content);

    /// <summary>The 1-based line of the first line containing <paramref name="text"/>.</summary>
    public int LineOf(string relative, string text)
    {
        var lines = File.ReadAllLines(Path(relative));
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].Contains(text, StringComparison.Ordinal)) return i + 1;
        throw new Xunit.Sdk.XunitException($"'{text}' not found in {relative}");
    }

    public void Dispose() => _dir.Dispose();
}
