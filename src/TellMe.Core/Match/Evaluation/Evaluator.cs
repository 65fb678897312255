using System.Collections.Immutable;
using TellMe.Language;

namespace TellMe.Match.Evaluation;

/// <summary>
/// Scores a matcher against labelled questions: for <c>lp</c> lines the bank principles the question is
/// classified into (<see cref="MatchResult.Principles"/>), for <c>bq</c> lines the answers it is matched to; top-1 and top-3 accuracy per kind.
/// </summary>
/// <remarks>
/// Labels are compared with the bank's names ignoring case, spacing and encoding damage, because an
/// evaluation file typed by hand says "Why SRE → SWE" where an imported page may hold "Why SRE â†’ SWE". A
/// label the bank does not have is reported with its line, never silently counted as a miss.
/// </remarks>
public static class Evaluator
{
    /// <summary>Runs every case; <paramref name="problems"/> (from parsing) are carried into the report.</summary>
    /// <param name="matcher">The matcher to score.</param>
    /// <param name="cases">The labelled questions.</param>
    /// <param name="problems">Lines the parser skipped.</param>
    /// <param name="framework">For a bank with several frameworks, the one whose principles <c>lp</c> lines are
    /// scored on (see <see cref="Matcher.Frameworks"/>); null for all of them.</param>
    public static EvalReport Run(Matcher matcher, IReadOnlyList<EvalCase> cases, IReadOnlyList<EvalProblem>? problems = null, string? framework = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(cases);
        var allProblems = new List<EvalProblem>(problems ?? []);
        var principles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in matcher.Space.Entries)
            if (entry.Principle is not null && (framework is null || entry.Framework == framework)) principles.TryAdd(Fold(entry.Name), entry.Name);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var answer in matcher.Bank.Answers) answers.TryAdd(Fold(answer.Key), answer.Key);

        var scores = ImmutableArray.CreateBuilder<EvalScore>();
        foreach (var kind in new[] { EvalKind.Principle, EvalKind.Answer })
        {
            var known = kind == EvalKind.Principle ? principles : answers;
            string what = kind == EvalKind.Principle ? "a principle" : "an answer key";
            int count = 0, top1 = 0, top3 = 0;
            var misses = ImmutableArray.CreateBuilder<EvalMiss>();
            foreach (var test in cases)
            {
                if (test.Kind != kind) continue;
                var expected = new HashSet<string>(StringComparer.Ordinal);
                foreach (var label in test.Labels)
                {
                    if (known.TryGetValue(Fold(label), out var name)) expected.Add(Fold(name));
                    else allProblems.Add(new EvalProblem(test.Line, $"'{label}' is not {what} in this bank"));
                }
                if (expected.Count == 0) continue;

                var predicted = Predict(matcher, test, framework);
                int? rank = null;
                for (int i = 0; i < predicted.Length && rank is null; i++)
                    if (expected.Contains(Fold(predicted[i]))) rank = i + 1;
                count++;
                if (rank == 1) top1++;
                if (rank <= 3) top3++;
                if (rank != 1) misses.Add(new EvalMiss(test.Line, test.Question, test.Labels, predicted, rank));
            }
            if (count > 0) scores.Add(new EvalScore(kind, count, top1, top3, misses.ToImmutable()));
        }
        return new EvalReport(scores.ToImmutable(), [.. allProblems.OrderBy(p => p.Line)]);
    }

    private static ImmutableArray<string> Predict(Matcher matcher, EvalCase test, string? framework)
    {
        var result = matcher.Match(test.Question, 3, framework);
        return test.Kind == EvalKind.Answer
            ? [.. result.Answers.Select(a => a.Key)]
            : [.. result.Principles.Select(p => p.Name)];
    }

    private static string Fold(string label) => NameFold.Of(label);
}
