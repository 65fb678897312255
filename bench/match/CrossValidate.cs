#:project ../../src/TellMe.Core/TellMe.Core.csproj
#:property PublishAot=false

// 10-fold cross-validation of the competency classifier over the question bank (data/questions/*.yaml).
//   dotnet run -c Release bench/match/CrossValidate.cs [-- Name=value[,value…] …]
// Prints top-1/top-3 Amazon-principle accuracy (questions whose first label is a principle) and top-1/top-3
// competency accuracy over all questions, each with its 95 % Wilson interval, for the default MatchTuning or for every combination of the
// given values (e.g. ModelShare=0,0.3,0.5 ModelL2=1e-4,1e-3). Tune on this; confirm on bench/match/dev-set.tsv.

using System.Globalization;
using TellMe.Match;
using TellMe.Match.Evaluation;

var grid = new List<MatchTuning> { MatchTuning.Default };
foreach (var arg in args)
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
foreach (var tuning in grid)
{
    var r = CrossValidation.Run(tuning: tuning, folds: 10);
    string label = string.Join(" ", args.Select(a => a.Split('=')[0]).Select(n => $"{n}={typeof(MatchTuning).GetProperty(n)!.GetValue(tuning)}"));
    Console.WriteLine($"{label} 10-fold CV: amazon top-1 {r.Amazon.Top1}, top-3 {r.Amazon.Top3}; all top-1 {r.All.Top1}, top-3 {r.All.Top3}");
}
