using BenchmarkDotNet.Attributes;
using TellMe.Bank;
using TellMe.Check;
using TellMe.Render.Jekyll;

namespace TellMe.Bench;

/// <summary>Load, check and build of a generated bank of 10,000 stories and 10,000 answers (issue 2's budget: 2 s together).</summary>
[MemoryDiagnoser]
public class BankBenchmarks
{
    private string _root = "";
    private StoryBank _bank = StoryBank.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "tellme-bench", "bank-10k");
        BankGenerator.Write(BankGenerator.Create(10_000, 10_000), _root);
        _bank = BankLoader.Load(_root);
    }

    [Benchmark]
    public StoryBank Load() => BankLoader.Load(_root);

    [Benchmark]
    public int Check() => Checker.Run(_bank).Count;

    [Benchmark]
    public int Build() => JekyllSite.Render(_bank).Sum(p => p.Content.Length);

    [Benchmark]
    public int LoadCheckBuild()
    {
        var bank = BankLoader.Load(_root);
        return Checker.Run(bank, _root).Count + JekyllSite.Render(bank).Sum(p => p.Content.Length);
    }
}
