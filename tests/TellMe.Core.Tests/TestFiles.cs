namespace TellMe.Tests;

/// <summary>Paths of committed test data and throw-away folders.</summary>
internal static class TestFiles
{
    public static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public static string LeadershipPrinciples => Data("fixtures", "leadership_principles.md");

    public static string BehavioralQuestions => Data("fixtures", "behavioral_questions.md");

    public static string Projects => Data("pages", "cybereason.md");
}

/// <summary>A temporary folder removed when the test ends.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tellme-tests", Guid.NewGuid().ToString("N"));

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The repository the tests run from, for checks on committed files such as examples/.</summary>
internal static class Repository
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "TellMe.slnx"))) return dir.FullName;
            throw new InvalidOperationException("TellMe.slnx not found above the test output");
        }
    }
}
