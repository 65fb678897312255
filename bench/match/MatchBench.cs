#:project ../../src/TellMe.Core/TellMe.Core.csproj
#:property PublishAot=false

// Speed of tellme match and plan on a generated 1,000-story bank.
//   dotnet run -c Release bench/match/MatchBench.cs -- [OUT_DIR]
// Writes OUT_DIR/bank (the bank) and OUT_DIR/questions.txt (1,000 questions) for the whole-process batch timing:
//   time dotnet src/TellMe.Cli/bin/Release/net10.0/tellme.dll match --batch OUT_DIR/questions.txt --bank OUT_DIR/bank > /dev/null

using System.Diagnostics;
using System.Globalization;
using TellMe.Bank;
using TellMe.Match;
using TellMe.Plan;

string outDir = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "tellme-match-bench");
var bank = SyntheticBank.Create(1_000, seed: 1);
var questions = SyntheticBank.Questions(1_000, seed: 2);
string bankDir = Path.Combine(outDir, "bank");
if (Directory.Exists(bankDir)) Directory.Delete(bankDir, recursive: true);
var (_, refused) = BankWriter.Write(bankDir, BankWriter.Render(bank), force: true);
if (refused.Count > 0) throw new InvalidOperationException("could not write the bank");
File.WriteAllLines(Path.Combine(outDir, "questions.txt"), questions);
Console.WriteLine($"bank: {bank.Stories.Length} stories, {bank.Answers.Length} answers → {bankDir}");

var loaded = BankLoader.Load(bankDir);
var build = Stopwatch.StartNew();
var matcher = Matcher.Create(loaded);
build.Stop();
Console.WriteLine($"matcher built in {build.Elapsed.TotalMilliseconds:0.0} ms (question bank index included)");

var times = TimeMatches(matcher, questions);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"match: median {times[times.Length / 2]:0.000} ms, p90 {times[times.Length * 9 / 10]:0.000} ms, max {times[^1]:0.000} ms per question ({times.Length} questions)"));

// The same with 500 taught questions (questions.yaml): what learning from the user costs per question.
var rng = new Random(4);
var taughtBank = new StoryBank(loaded.Settings, loaded.Stories, loaded.Answers, loaded.Frameworks, loaded.LoadDiagnostics,
    SyntheticBank.Questions(500, seed: 3).Select(q => new TaughtQuestion { Text = q, Answer = loaded.Answers[rng.Next(loaded.Answers.Length)].Key }));
var taughtTimes = TimeMatches(Matcher.Create(taughtBank), questions);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"match with {taughtBank.Taught.Length} taught questions: median {taughtTimes[taughtTimes.Length / 2]:0.000} ms, p90 {taughtTimes[taughtTimes.Length * 9 / 10]:0.000} ms per question"));

var (slots, _) = LoopSlots.Generate(matcher, interviewers: 5, perInterviewer: 4, framework: "amazon", seed: 3);
var planTimes = new double[31];
LoopPlan? plan = null;
for (int run = -5; run < planTimes.Length; run++)
{
    long start = Stopwatch.GetTimestamp();
    plan = LoopPlanner.Plan(matcher, slots);
    if (run >= 0) planTimes[run] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}
Array.Sort(planTimes);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"plan: {slots.Length} slots over {loaded.Stories.Length} stories, median {planTimes[planTimes.Length / 2]:0.00} ms, max {planTimes[^1]:0.00} ms; {plan!.Unfilled} unfilled"));

// Each question's match time in ms, sorted, after a warm-up (JIT and tiering).
static double[] TimeMatches(Matcher matcher, IReadOnlyList<string> questions)
{
    for (int i = 0; i < 300; i++) matcher.Match(questions[i % questions.Count]);
    var times = new double[questions.Count];
    for (int i = 0; i < questions.Count; i++)
    {
        long start = Stopwatch.GetTimestamp();
        matcher.Match(questions[i]);
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    Array.Sort(times);
    return times;
}
