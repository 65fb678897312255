#:project ../../src/TellMe.Core/TellMe.Core.csproj
#:property PublishAot=false

// Leave-one-set-out: every development set of bench/match and bench/match/retired scored by a matcher whose
// question bank (data/questions/*.yaml, read from disk) holds none of that set's lines. The retired rounds are
// in the question bank (data/questions/retired-rounds.yaml), so scoring them with the plain matcher would
// flatter it; this is their honest figure. Sets never added to the bank score the same as in DevSets.cs.
//   dotnet run -c Release bench/match/LeaveOneSetOut.cs [-- [--bank DIR] [--without FILE.yaml] [--by-round] [--misses] [Name=value …]]
// Name=value sets a MatchTuning property (one value each; run once per value to compare).
// --without leaves a whole question file out of every build (e.g. retired-rounds.yaml, for the figures before it).
// --by-round holds out a whole round instead of one set (every retired set whose name starts "round1-" when
// scoring any of them): stricter, since the writers of one round shared a brief and sometimes a phrasing.
// Prints lp top-1/top-3 and bq top-1/top-3 per set with 95 % Wilson intervals, then pooled.

using System.Globalization;
using System.Text;
using TellMe.Bank;
using TellMe.Match;
using TellMe.Match.Evaluation;
using TellMe.Match.Questions;

string bankDir = "examples/bank";
string? without = null;
bool misses = false;
bool byRound = false;
var settings = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--bank") bankDir = args[++i];
    else if (args[i] == "--without") without = args[++i];
    else if (args[i] == "--misses") misses = true;
    else if (args[i] == "--by-round") byRound = true;
    else settings.Add(args[i]);
}

var tuning = MatchTuning.Default;
foreach (var arg in settings)
{
    var (name, value) = (arg.Split('=')[0], arg.Split('=')[1]);
    var property = typeof(MatchTuning).GetProperty(name) ?? throw new ArgumentException($"no tuning '{name}'");
    tuning = tuning with { };
    property.SetValue(tuning, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
}

string competencies = File.ReadAllText("data/competencies.yaml");
var files = Directory.GetFiles("data/questions", "*.yaml").Order(StringComparer.Ordinal)
    .Where(f => without is null || Path.GetFileName(f) != without)
    .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
var full = QuestionBank.Parse(competencies, files);
var bank = BankLoader.Load(bankDir);
var sets = Directory.GetFiles("bench/match", "*.tsv").Concat(Directory.GetFiles("bench/match/retired", "*.tsv")).Order(StringComparer.Ordinal).ToArray();
var pooled = new Dictionary<(string Group, EvalKind Kind), (int Count, int Top1, int Top3)>();
foreach (var path in sets)
{
    var (cases, problems) = EvalFile.Parse(File.ReadAllText(path));
    var held = cases.Select(c => Key(c.Question)).ToHashSet(StringComparer.Ordinal);
    string round = Path.GetFileNameWithoutExtension(path).Split('-')[0];
    if (byRound && path.Contains("retired", StringComparison.Ordinal))
        foreach (var other in sets.Where(s => s.Contains("retired", StringComparison.Ordinal) && Path.GetFileName(s).StartsWith(round + "-", StringComparison.Ordinal)))
            foreach (var c in EvalFile.Parse(File.ReadAllText(other)).Cases) held.Add(Key(c.Question));
    var kept = full.Questions.Where(q => !held.Contains(Key(q.Text))).ToArray();
    var questions = kept.Length == full.Questions.Length ? full : QuestionBank.Parse(competencies, [("kept.yaml", Yaml(kept))]);
    var report = Evaluator.Run(Matcher.Create(bank, questions, tuning), cases, problems);
    string name = Path.GetFileNameWithoutExtension(path);
    string group = name == "canonical-set" ? "canonical" : path.Contains("retired", StringComparison.Ordinal) ? "retired" : "dev";
    var line = new List<string>();
    foreach (var score in report.Scores)
    {
        line.Add(string.Create(CultureInfo.InvariantCulture, $"{(score.Kind == EvalKind.Principle ? "lp" : "bq")} {Short(score.Top1Share)} / {Short(score.Top3Share)}"));
        foreach (var g in new[] { group, group == "canonical" ? null : "all" })
        {
            if (g is null) continue;
            var p = pooled.GetValueOrDefault((g, score.Kind));
            pooled[(g, score.Kind)] = (p.Count + score.Count, p.Top1 + score.Top1, p.Top3 + score.Top3);
        }
    }
    Console.WriteLine($"{name,-22} (bank {questions.Questions.Length,5}) {string.Join("   ", line)}");
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

static string Key(string text) => string.Join(' ', text.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

static string Yaml(IEnumerable<LabelledQuestion> questions)
{
    var yaml = new StringBuilder("questions:\n");
    foreach (var q in questions)
        yaml.Append("  - text: \"").Append(q.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal))
            .Append("\"\n    competencies: [").Append(string.Join(", ", q.Competencies)).Append("]\n");
    return yaml.ToString();
}

static string Short(Proportion p) =>
    string.Create(CultureInfo.InvariantCulture, $"{100 * p.Value:0.0} ({p.Hits}/{p.Count}; {100 * p.Low:0.0}–{100 * p.High:0.0})");
