#:project ../../src/TellMe.Core/TellMe.Core.csproj
#:property PublishAot=false

// Precision and recall of the interviewer-question extraction of `tellme debrief --transcript`.
//   dotnet run bench/debrief/ExtractionEval.cs [-- FOLDER] [-- -v]
// FOLDER (default tests/TellMe.Core.Tests/TestData/transcripts) holds transcripts (*.vtt, *.srt, *.txt) and,
// for each, NAME.expected.txt: one expected question per line, "~ " for a follow-up, "# interviewer: A, B"
// naming the interviewers. Runs with no options (TellMe decides who interviews), prints per-file and total
// figures for main questions and follow-ups, and whether the interviewers were found. -v lists the misses.

using System.Globalization;
using TellMe.Debrief.Transcripts;

string folder = args.FirstOrDefault(a => !a.StartsWith('-')) ?? Path.Combine("tests", "TellMe.Core.Tests", "TestData", "transcripts");
bool verbose = args.Contains("-v");
var total = ExtractionScore.Score.Zero;
var totalFollow = ExtractionScore.Score.Zero;
int files = 0, rightInterviewers = 0;
foreach (var expectedFile in Directory.GetFiles(folder, "*.expected.txt").Order(StringComparer.Ordinal))
{
    string name = Path.GetFileName(expectedFile)[..^".expected.txt".Length];
    string transcript = Directory.GetFiles(folder, name + ".*").First(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal));
    var lines = File.ReadAllLines(expectedFile);
    var expectedMain = lines.Where(l => l.Trim().Length > 0 && !l.StartsWith('#') && !l.StartsWith("~ ", StringComparison.Ordinal)).ToList();
    var expectedFollow = lines.Where(l => l.StartsWith("~ ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
    var interviewers = lines.FirstOrDefault(l => l.StartsWith("# interviewer:", StringComparison.Ordinal))?["# interviewer:".Length..]
        .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order().ToList() ?? [];

    var result = QuestionExtractor.Extract(File.ReadAllText(transcript));
    var main = ExtractionScore.Compare(expectedMain, [.. result.Questions.Select(q => q.Text)]);
    var follow = ExtractionScore.Compare(expectedFollow, [.. result.Questions.SelectMany(q => q.FollowUps)]);
    bool found = interviewers.SequenceEqual(result.Interviewers.Order());
    files++;
    if (found) rightInterviewers++;
    total = total.Add(main);
    totalFollow = totalFollow.Add(follow);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{Path.GetFileName(transcript),-34} {result.Format,-12} main P {main.Precision:P0} R {main.Recall:P0} ({main.TruePositives}/{expectedMain.Count})  follow-ups {follow.TruePositives}/{expectedFollow.Count}  interviewers {(found ? "right" : $"WRONG: {string.Join(", ", result.Interviewers)}")}"));
    if (verbose)
    {
        foreach (var q in main.Extra) Console.WriteLine($"    extra:  {q}");
        foreach (var q in main.Missed) Console.WriteLine($"    missed: {q}");
        foreach (var q in follow.Missed) Console.WriteLine($"    follow-up missed: {q}");
        foreach (var q in follow.Extra) Console.WriteLine($"    follow-up extra:  {q}");
    }
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"TOTAL {files} transcripts: main questions precision {total.Precision:P1} ({total.TruePositives}/{total.TruePositives + total.FalsePositives}), recall {total.Recall:P1} ({total.TruePositives}/{total.TruePositives + total.FalseNegatives}); " +
    $"follow-ups precision {totalFollow.Precision:P1}, recall {totalFollow.Recall:P1}; interviewers right in {rightInterviewers}/{files}"));
