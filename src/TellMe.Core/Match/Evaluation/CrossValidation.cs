using System.Collections.Immutable;
using TellMe.Match.Questions;
using TellMe.Competencies;

namespace TellMe.Match.Evaluation;

/// <summary>Accuracy of the competency classifier on question-bank questions it did not learn from.</summary>
/// <param name="AmazonCount">Held-out questions whose first label is an Amazon principle.</param>
/// <param name="AmazonTop1">Of those, how many had one of their labels as the top Amazon principle.</param>
/// <param name="AmazonTop3">… among the top three Amazon principles.</param>
/// <param name="AllCount">Every held-out question.</param>
/// <param name="AllTop1">How many had one of their labels as the top competency of any framework.</param>
/// <param name="AllTop3">… among the top three.</param>
public sealed record CrossValidationReport(int AmazonCount, int AmazonTop1, int AmazonTop3, int AllCount, int AllTop1, int AllTop3)
{
    /// <summary>Top-1 Amazon principle accuracy, 0 to 1.</summary>
    public double AmazonAccuracy => AmazonCount == 0 ? 0 : (double)AmazonTop1 / AmazonCount;

    /// <summary>Top-1 competency accuracy over all questions, 0 to 1.</summary>
    public double AllAccuracy => AllCount == 0 ? 0 : (double)AllTop1 / AllCount;

    /// <summary>Amazon-principle top-1 and top-3, with their 95 % Wilson intervals.</summary>
    public (Proportion Top1, Proportion Top3) Amazon => (new(AmazonTop1, AmazonCount), new(AmazonTop3, AmazonCount));

    /// <summary>All-competency top-1 and top-3, with their 95 % Wilson intervals.</summary>
    public (Proportion Top1, Proportion Top3) All => (new(AllTop1, AllCount), new(AllTop3, AllCount));
}

/// <summary>
/// k-fold cross-validation of the competency classifier over the labelled question bank: question i is held
/// out in fold i mod k, and every part of the classifier (neighbours, phrase precisions, learnt weights) is
/// rebuilt from the other folds. This, not the development set, is what the weights are tuned on: the
/// development set only confirms.
/// </summary>
public static class CrossValidation
{
    /// <summary>Runs <paramref name="folds"/>-fold cross-validation (default: the embedded bank, the default weights).</summary>
    public static CrossValidationReport Run(QuestionBank? bank = null, MatchTuning? tuning = null, int folds = 10)
    {
        bank ??= QuestionBank.Embedded;
        tuning ??= MatchTuning.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var labelIndex = new Dictionary<CompetencyId, int>();
        for (int c = 0; c < bank.Competencies.Length; c++) labelIndex[bank.Competencies[c].Id] = c;
        var isAmazon = bank.Competencies.Select(c => c.Framework == "amazon").ToArray();

        var results = new (bool Amazon, bool A1, bool A3, bool All1, bool All3)[bank.Questions.Length];
        Parallel.For(0, folds, fold =>
        {
            var training = bank.Subset(i => i % folds != fold);
            var classifier = CompetencyClassifier.Build(training, tuning);
            var scores = new double[bank.Competencies.Length];
            for (int q = fold; q < bank.Questions.Length; q += folds)
            {
                var question = bank.Questions[q];
                classifier.Classify(question.Text, scores);
                var labels = question.Competencies.Select(l => labelIndex[l]).ToHashSet();
                var amazon = Ranked(scores, c => isAmazon[c]);
                var all = Ranked(scores, _ => true);
                results[q] = (isAmazon[labelIndex[question.Competencies[0]]],
                    amazon.Take(1).Any(labels.Contains), amazon.Take(3).Any(labels.Contains),
                    all.Take(1).Any(labels.Contains), all.Take(3).Any(labels.Contains));
            }
        });
        var amazonOnly = results.Where(r => r.Amazon).ToArray();
        return new CrossValidationReport(amazonOnly.Length, amazonOnly.Count(r => r.A1), amazonOnly.Count(r => r.A3),
            results.Length, results.Count(r => r.All1), results.Count(r => r.All3));
    }

    private static ImmutableArray<int> Ranked(double[] scores, Func<int, bool> include) =>
        [.. Enumerable.Range(0, scores.Length).Where(c => include(c) && scores[c] > 0).OrderByDescending(c => scores[c]).ThenBy(c => c)];
}
