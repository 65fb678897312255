using TellMe.Bank;
using TellMe.Import;
using TellMe.Match;

namespace TellMe.Tests.Match;

/// <summary>
/// The user's real pages imported into a bank folder and loaded back, as `tellme import` then `tellme match`
/// would, with one matcher shared by every test of a class.
/// </summary>
public sealed class FixtureBank : IDisposable
{
    private readonly TempDir _dir = new();

    public FixtureBank()
    {
        var imported = PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions]);
        Assert.False(imported.HasErrors, string.Join("\n", imported.Diagnostics));
        var (_, refused) = BankWriter.Write(_dir.Path, BankWriter.Render(imported.Bank), force: false);
        Assert.Empty(refused);
        Bank = BankLoader.Load(_dir.Path);
        Matcher = Matcher.Create(Bank);
    }

    public StoryBank Bank { get; }

    public Matcher Matcher { get; }

    public void Dispose() => _dir.Dispose();
}
