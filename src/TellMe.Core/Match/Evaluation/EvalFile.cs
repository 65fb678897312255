using System.Collections.Immutable;

namespace TellMe.Match.Evaluation;

/// <summary>
/// Reads an evaluation file: one <c>type&lt;TAB&gt;question&lt;TAB&gt;label;label</c> line per question, type
/// <c>lp</c> (principle names) or <c>bq</c> (answer keys). Blank lines and lines starting with <c>#</c> are
/// skipped. A bad line becomes a problem with its line number and the rest is still read.
/// </summary>
public static class EvalFile
{
    /// <summary>Parses the file's text.</summary>
    public static (ImmutableArray<EvalCase> Cases, ImmutableArray<EvalProblem> Problems) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cases = ImmutableArray.CreateBuilder<EvalCase>();
        var problems = ImmutableArray.CreateBuilder<EvalProblem>();
        int number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            string line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                problems.Add(new EvalProblem(number, $"expected 3 tab-separated fields (type, question, labels), found {fields.Length}"));
                continue;
            }
            EvalKind? kind = fields[0].Trim().ToLowerInvariant() switch { "lp" => EvalKind.Principle, "bq" => EvalKind.Answer, _ => null };
            if (kind is null)
            {
                problems.Add(new EvalProblem(number, $"unknown type '{fields[0].Trim()}': use lp (principle names) or bq (answer keys)"));
                continue;
            }
            string question = fields[1].Trim();
            if (question.Length == 0)
            {
                problems.Add(new EvalProblem(number, "the question is empty"));
                continue;
            }
            var labels = SplitLabels(fields[2]);
            if (labels.IsEmpty)
            {
                problems.Add(new EvalProblem(number, "no label: list the expected principle names or answer keys, separated by ';'"));
                continue;
            }
            cases.Add(new EvalCase(number, kind.Value, question, labels));
        }
        return (cases.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>
    /// Splits labels on ';' not followed by a space: "Have Backbone; Disagree and Commit" is one principle
    /// name, while "Ownership;Dive deep" is two labels.
    /// </summary>
    public static ImmutableArray<string> SplitLabels(string field)
    {
        var labels = ImmutableArray.CreateBuilder<string>();
        int start = 0;
        for (int i = 0; i <= field.Length; i++)
        {
            bool end = i == field.Length || (field[i] == ';' && (i + 1 == field.Length || !char.IsWhiteSpace(field[i + 1])));
            if (!end) continue;
            string label = field[start..i].Trim();
            if (label.Length > 0) labels.Add(label);
            start = i + 1;
        }
        return labels.ToImmutable();
    }
}
