using System.Security.Cryptography;
using TellMe.Bank;
using TellMe.Import;
using TellMe.Practice.Cards;

namespace TellMe.Data.Tests;

/// <summary>A temporary folder removed when the test ends.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tellme-data-tests", Guid.NewGuid().ToString("N"));

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}

internal static class Fixtures
{
    public static string Page(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", name);

    /// <summary>The demo bank: the two fixture pages imported.</summary>
    public static StoryBank Bank()
    {
        var result = PageImport.Import([Page("leadership_principles.md"), Page("behavioral_questions.md")]);
        Assert.False(result.HasErrors);
        return result.Bank;
    }

    /// <summary>Writes the demo bank into a folder, as <c>tellme import</c> does.</summary>
    public static StoryBank WriteBank(string folder)
    {
        var (_, problems) = BankWriter.Write(folder, BankWriter.Render(Bank()), force: false);
        Assert.Empty(problems);
        return BankLoader.Load(folder);
    }

    public static IReadOnlyList<Card> Deck() => CardDeck.FromBank(Bank());

    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
