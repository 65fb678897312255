using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TellMe.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace TellMe.Bank.Files;

/// <summary>
/// <c>questions.yaml</c>: the questions the user has taught TellMe, each with the answer key or principle
/// that fits it. Importing never writes it, so what the user taught survives a re-import.
/// </summary>
/// <example>
/// <code>
/// questions:
///   - question: Why did you take the job you have now?
///     answer: Why Cybereason
///   - question: When did you ship before you had all the data?
///     principle: Bias for action
/// </code>
/// </example>
public static partial class QuestionsFile
{
    /// <summary>The file name, at the bank's root.</summary>
    public const string Name = "questions.yaml";

    private const string Header = """
        # Questions you have been asked, each with the answer or principle that fits it.
        # `tellme match "QUESTION" --teach KEY` adds to this list; `tellme match` learns from it.
        questions:

        """;

    /// <summary>Reads the file; entries that are not a question with exactly one label become diagnostics.</summary>
    public static ImmutableArray<TaughtQuestion> Read(string text, string file, List<Diagnostic> diagnostics)
    {
        var (doc, root) = YamlDoc.Parse(text, file, 1, diagnostics);
        if (root is null) return [];
        var taught = ImmutableArray.CreateBuilder<TaughtQuestion>();
        if (YamlDoc.Get(root, "questions") is YamlScalarNode { Value: null or "" }) return []; // "questions:" with nothing yet
        foreach (var entry in doc.Mappings(root, "questions"))
        {
            string? question = doc.String(entry, "question");
            string? answer = doc.String(entry, "answer");
            string? principle = doc.String(entry, "principle");
            if (string.IsNullOrWhiteSpace(question))
            {
                doc.Error(entry, YamlDoc.Get(entry, "question") is null ? "'question' is missing" : "the question is empty",
                    "write the question as it was asked: `- question: …`");
                continue;
            }
            if ((answer is null) == (principle is null))
            {
                doc.Error(entry, $"'{question}' needs exactly one of 'answer' (an answer key) or 'principle' (a principle name)",
                    "add `answer: KEY` or `principle: NAME` under the question");
                continue;
            }
            var label = YamlDoc.Get(entry, answer is not null ? "answer" : "principle")!;
            taught.Add(new TaughtQuestion
            {
                Text = question.Trim(),
                Answer = answer?.Trim(),
                Principle = principle?.Trim(),
                Line = doc.LineOf(entry),
                LabelLine = doc.LineOf(label),
            });
        }
        return taught.ToImmutable();
    }

    /// <summary>
    /// The file with one more question at the end of its list, as an in-place edit: the user's comments,
    /// layout, encoding and line endings stay, and a file without a final newline keeps having none. The caller
    /// must check that the result still reads as the old list plus this entry, since a hand-written file may
    /// not end with the list. A file that holds no question yet (none, only comments, <c>questions:</c> or
    /// <c>questions: []</c>) gets the list started.
    /// </summary>
    /// <param name="existing">The current file, or null when there is none yet.</param>
    /// <param name="question">The question to add.</param>
    public static SourceText Append(SourceText? existing, TaughtQuestion question)
    {
        var entry = new Dictionary<string, object> { ["question"] = question.Text };
        if (question.Answer is { } answer) entry["answer"] = answer;
        else entry["principle"] = question.Principle ?? "";
        // YamlDotNet quotes what needs quoting (a ':' or '#' in a question); the list item is indented under 'questions:'.
        string item = string.Concat(YamlWriter.Write(new List<object> { entry }).Split('\n')
            .Where(line => line.Length > 0).Select(line => $"  {line}\n"));

        if (existing is null) return SourceText.FromText(Header + item);
        string text = existing.Text;
        if (string.IsNullOrWhiteSpace(text)) return existing.WithText(Header + item);
        var edits = new EditBuilder(text);
        var lines = text.Split('\n');
        if (lines.All(line => line.TrimStart().Length == 0 || line.TrimStart().StartsWith('#') || EmptyList().IsMatch(line)))
        {
            int at = 0;
            foreach (var line in lines)
            {
                int next = Math.Min(at + line.Length + 1, text.Length);
                if (EmptyList().IsMatch(line)) edits.DeleteLines(at, next);
                at = next;
            }
            edits.InsertLines(text.Length, "questions:\n" + item);
        }
        else edits.InsertLines(text.Length, item);
        return existing.Apply(edits.Edits);
    }

    [GeneratedRegex(@"^questions:\s*(\[\s*\])?\s*(#.*)?$")]
    private static partial Regex EmptyList();
}
