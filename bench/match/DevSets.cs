#:project ../../src/TellMe.Core/TellMe.Core.csproj
#:property PublishAot=false

// Every development set of bench/match (and bench/match/retired) scored in one process, with pooled figures.
//   dotnet run -c Release bench/match/DevSets.cs [-- [--bank DIR] [--misses] [Name=value[,value…] …]]
// Prints lp top-1/top-3 and bq top-1/top-3 per set with 95 % Wilson intervals, then pooled over the
// non-canonical sets (the retired sets are in the question bank now, so their figures here flatter them: see
// LeaveOneSetOut.cs); --misses lists every miss (rank of the right answer, the top three). Name=value varies a
// MatchTuning property as bench/match/CrossValidate.cs does, so a weight can be checked on the sets after CV.

using System.Globalization;
using TellMe.Bank;
using TellMe.Match;
using TellMe.Match.Evaluation;

string bankDir = "examples/bank";
bool misses = false;
var settings = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--bank") bankDir = args[++i];
    else if (args[i] == "--misses") misses = true;
    else settings.Add(args[i]);
}

var grid = new List<MatchTuning> { MatchTuning.Default };
foreach (var arg in settings)
{
    var (name, values) = (arg.Split('=')[0], arg.Split('=')[1].Split(','));
    var property = typeof(MatchTuning).GetProperty(name) ?? throw new ArgumentException($"no tuning '{name}'");
    grid = [.. grid.SelectMany(t => values.Select(v =>
    {
        var copy = t with { };
        property.SetValue(copy, Convert.ChangeType(v, property.PropertyType, CultureInfo.InvariantCulture));
        return copy;
    }))];
}

var sets = Directory.GetFiles("bench/match", "*.tsv").Concat(Directory.GetFiles("bench/match/retired", "*.tsv")).Order(StringComparer.Ordinal).ToArray();
var bank = BankLoader.Load(bankDir);
foreach (var tuning in grid)
{
    var matcher = ReferenceEquals(tuning, MatchTuning.Default) ? Matcher.Create(bank) : Matcher.Create(bank, tuning: tuning);
    if (settings.Count > 0)
        Console.WriteLine(string.Join(" ", settings.Select(a => a.Split('=')[0]).Select(n => $"{n}={typeof(MatchTuning).GetProperty(n)!.GetValue(tuning)}")));
    var pooled = new Dictionary<(string Group, EvalKind Kind), (int Count, int Top1, int Top3)>();
    foreach (var path in sets)
    {
        var (cases, problems) = EvalFile.Parse(File.ReadAllText(path));
        var report = Evaluator.Run(matcher, cases, problems);
        string name = Path.GetFileNameWithoutExtension(path);
        var line = new List<string>();
        foreach (var score in report.Scores)
        {
            string kind = score.Kind == EvalKind.Principle ? "lp" : "bq";
            line.Add(string.Create(CultureInfo.InvariantCulture, $"{kind} {Short(score.Top1Share)} / {Short(score.Top3Share)}"));
            string group = name == "canonical-set" ? "canonical" : path.Contains("retired", StringComparison.Ordinal) ? "retired" : "dev";
            foreach (var g in new[] { group, group == "canonical" ? null : "all" })
            {
                if (g is null) continue;
                var p = pooled.GetValueOrDefault((g, score.Kind));
                pooled[(g, score.Kind)] = (p.Count + score.Count, p.Top1 + score.Top1, p.Top3 + score.Top3);
            }
        }
        Console.WriteLine($"{name,-22} {string.Join("   ", line)}");
        if (report.Problems.Length > 0) Console.WriteLine($"  {report.Problems.Length} problems, first: line {report.Problems[0].Line}: {report.Problems[0].Message}");
        if (!misses) continue;
        foreach (var score in report.Scores)
            foreach (var miss in score.Misses)
                Console.WriteLine($"  {(score.Kind == EvalKind.Principle ? "lp" : "bq")} {name}:{miss.Line} #{miss.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"} want {string.Join(";", miss.Expected)} got {string.Join(" | ", miss.Predicted)} :: {miss.Question}");
    }
    foreach (var group in new[] { "dev", "retired", "all" })
    {
        var parts = new List<string>();
        foreach (var kind in new[] { EvalKind.Principle, EvalKind.Answer })
            if (pooled.TryGetValue((group, kind), out var p))
                parts.Add($"{(kind == EvalKind.Principle ? "lp" : "bq")} {Short(new Proportion(p.Top1, p.Count))} / {Short(new Proportion(p.Top3, p.Count))}");
        Console.WriteLine($"pooled {group,-15} {string.Join("   ", parts)}");
    }
}

static string Short(Proportion p) =>
    string.Create(CultureInfo.InvariantCulture, $"{100 * p.Value:0.0} ({p.Hits}/{p.Count}; {100 * p.Low:0.0}–{100 * p.High:0.0})");
