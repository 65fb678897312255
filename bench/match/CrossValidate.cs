#:project ../../src/TellMe.Core/TellMe.Core.csproj
#:property PublishAot=false

// 10-fold cross-validation of the competency classifier over the question bank (data/questions/*.yaml).
//   dotnet run -c Release bench/match/CrossValidate.cs
// Prints top-1/top-3 Amazon-principle accuracy (questions whose first label is a principle) and top-1/top-3
// competency accuracy over all questions. Tune on this; confirm on bench/match/dev-set.tsv.

using System.Globalization;
using TellMe.Match.Evaluation;

var r = CrossValidation.Run(folds: 10);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"10-fold CV: amazon top-1 {100.0 * r.AmazonTop1 / r.AmazonCount:0.0} % top-3 {100.0 * r.AmazonTop3 / r.AmazonCount:0.0} % (n={r.AmazonCount}); all top-1 {100.0 * r.AllTop1 / r.AllCount:0.0} % top-3 {100.0 * r.AllTop3 / r.AllCount:0.0} % (n={r.AllCount})"));
