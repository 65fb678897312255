using System.Collections.Immutable;
using System.Text;
using TellMe.Diagnostics;

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
public static class QuestionsFile
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
    /// The file's text with one more question at the end of its list. Appending text (rather than rewriting
    /// the YAML) keeps the user's comments and layout; the caller must check that the result still reads as
    /// the old list plus this entry, since a hand-written file may not end with the list.
    /// </summary>
    /// <param name="existing">The current text, or null when there is no file yet.</param>
    /// <param name="question">The question to add.</param>
    public static string Append(string? existing, TaughtQuestion question)
    {
        var text = new StringBuilder(string.IsNullOrWhiteSpace(existing) ? Header : existing);
        if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
        text.Append("  - question: ").Append(Scalar(question.Text)).Append('\n');
        if (question.Answer is { } answer) text.Append("    answer: ").Append(Scalar(answer)).Append('\n');
        else text.Append("    principle: ").Append(Scalar(question.Principle ?? "")).Append('\n');
        return text.ToString();
    }

    /// <summary>A one-line scalar, always double-quoted: questions are full of ':' , '#' and quotes.</summary>
    private static string Scalar(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n' or '\r' or '\t': quoted.Append(' '); break;
                case < ' ': break;
                default: quoted.Append(c); break;
            }
        }
        return quoted.Append('"').ToString();
    }
}
