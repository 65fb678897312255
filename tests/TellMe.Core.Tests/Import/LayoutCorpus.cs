using System.Text;
using TellMe.Bank;
using TellMe.Import;
using TellMe.Render.Jekyll;

namespace TellMe.Tests.Import;

/// <summary>The pages of TestData/layouts, imported the way a user does: into a folder, then loaded from it.</summary>
internal static class LayoutCorpus
{
    public static string Page(string name) => TestFiles.Data("layouts", name);

    /// <summary>Every interview page of the corpus: twins of the fixtures in other layouts, drift, references.</summary>
    public static TheoryData<string> InterviewPages =>
    [
        "lp-html-table.md", "lp-pipe-table.md", "lp-headings-drift.md", "lp-story-table.md", "lp-references.md",
        "bq-headings.md", "bq-headings-plain.md", "bq-pipe-table.md", "bq-html-drift.md", "bq-pipe-drift.md", "bq-pipe-bare.md", "bq-references.md", "bq-second.md",
        "projects-headings-drift.md", "projects-bullets-drift.md", "projects-bullets-plain.md",
    ];

    /// <summary>The bank's files (path → content) after importing these pages, tellme.yaml left out unless asked.</summary>
    public static Dictionary<string, string> Files(ImportResult result, bool settings = false) =>
        BankWriter.Render(result.Bank).Where(f => settings || f.Path != "tellme.yaml").ToDictionary(f => f.Path, f => f.Content);

    /// <summary>The page as built from a bank folder, as bytes (a BOM included).</summary>
    public static byte[] Built(StoryBank bank, string file) =>
        Encoding.UTF8.GetBytes(JekyllSite.Render(bank).Single(p => p.File == file).Content);
}

/// <summary>A bank folder the corpus pages are imported into.</summary>
internal sealed class LayoutBank : IDisposable
{
    private readonly TempDir _dir = new();

    public LayoutBank(params string[] pages)
    {
        Result = PageImport.Import(pages);
        var (_, refused) = BankWriter.Write(_dir.Path, BankWriter.Render(Result.Bank), force: false);
        Assert.Empty(refused);
    }

    public ImportResult Result { get; }

    public string Root => _dir.Path;

    public StoryBank Load() => BankLoader.Load(Root);

    public string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(Root, relative));

    public void Write(string relative, string content) => File.WriteAllText(System.IO.Path.Combine(Root, relative), content);

    public void Dispose() => _dir.Dispose();
}
