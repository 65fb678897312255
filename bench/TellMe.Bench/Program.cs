using System.Diagnostics;
using BenchmarkDotNet.Running;
using TellMe.Bank;
using TellMe.Bench;
using TellMe.Check;
using TellMe.Render.Jekyll;

// generate DIR [STORIES] [ANSWERS]  — writes a generated bank
// once DIR                           — load + check + build once in a fresh process, as a user runs it
// practice                           — schedule 100,000 cards in-process, median of 21 runs
// speech WAV BANK [RUNS]             — feedback on a spoken answer, step by step (bench/speech.sh makes a 2:30 answer)
// speech-live WAV BANK               — the same answer played in real time, transcribed while recording: time after the stop
// anything else                      — BenchmarkDotNet (e.g. --filter *BankBenchmarks*)
switch (args)
{
    case ["generate", var dir, ..]:
        int stories = args.Length > 2 ? int.Parse(args[2]) : 10_000;
        int answers = args.Length > 3 ? int.Parse(args[3]) : stories;
        BankGenerator.Write(BankGenerator.Create(stories, answers), dir);
        Console.WriteLine($"wrote {stories} stories and {answers} answers to {dir}");
        return 0;
    case ["once", var dir]:
        var total = Stopwatch.StartNew();
        var watch = Stopwatch.StartNew();
        var bank = BankLoader.Load(dir);
        var load = watch.Elapsed; watch.Restart();
        var found = Checker.Run(bank, dir);
        var check = watch.Elapsed; watch.Restart();
        var pages = JekyllSite.Render(bank);
        var build = watch.Elapsed;
        Console.WriteLine($"{bank.Stories.Length} stories, {bank.Answers.Length} answers: load {load.TotalMilliseconds:0} ms, check {check.TotalMilliseconds:0} ms ({found.Count} findings), build {build.TotalMilliseconds:0} ms ({pages.Sum(p => p.Content.Length) / 1024} KB), total {total.Elapsed.TotalMilliseconds:0} ms");
        return 0;
    case ["speech", var wav, var bankDir, ..]:
        SpeechBenchmark.Run(wav, bankDir, args.Length > 3 ? int.Parse(args[3]) : 3);
        return 0;
    case ["speech-live", var wav, var bankDir]:
        SpeechBenchmark.Live(wav, bankDir);
        return 0;
    case ["reload", var dir]:
        // What `tellme serve` does when a file changes: a full first load, then re-reading one edited file.
        var reader = new BankReader(dir);
        var full = reader.Load();
        var first = reader.LastLoad;
        string story = Path.Combine(dir, full.Stories[0].File);
        File.AppendAllText(story, "\n## Note\n\nEdited for the reload benchmark\n");
        var times = new List<double>();
        for (int run = 0; run < 9; run++)
        {
            File.SetLastWriteTimeUtc(story, DateTime.UtcNow.AddSeconds(run + 1));
            reader.Load();
            times.Add(reader.LastLoad.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"full load: {first.Files} files parsed in {first.Elapsed.TotalMilliseconds:0} ms; reload after one edit: {reader.LastLoad.Parsed} file parsed, median {times[4]:0.0} ms of 9");
        return 0;
    case ["practice"]:
        PracticeBenchmarks.Once();
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(BankBenchmarks).Assembly).Run(args);
        return 0;
}
