using TellMe.Bank.Files;
using TellMe.Diagnostics;
using TellMe.Language;

namespace TellMe.Check.Rules;

/// <summary>
/// TM017: a question in <c>questions.yaml</c> names an answer key or principle the bank does not have, so
/// the matcher cannot learn from it (typically an answer renamed after the question was taught).
/// </summary>
public sealed class UnknownTaughtLabelRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM017";
    /// <inheritdoc />
    public string Title => "taught question names an unknown answer or principle";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var bank = context.Bank;
        foreach (var taught in bank.Taught)
        {
            if (taught.Answer is { } key && bank.FindAnswer(key) is null)
                context.Report(this, QuestionsFile.Name, taught.LabelLine,
                    $"'{taught.Text}' is taught as answer '{key}', which the bank does not have",
                    Closest(key, bank.Answers.Select(a => a.Key), "answer"), key);
            else if (taught.Principle is { } name && bank.FindPrinciple(name) is null)
                context.Report(this, QuestionsFile.Name, taught.LabelLine,
                    $"'{taught.Text}' is taught as principle '{name}', which no framework has",
                    Closest(name, bank.Frameworks.SelectMany(f => f.Principles).Select(p => p.Name), "principle"), name);
        }
    }

    private static string Closest(string wanted, IEnumerable<string> names, string what) =>
        NameFold.Closest(wanted, names) is { } best
            ? $"did you mean '{best}'? correct the {what} name or remove the question"
            : $"use an {what} name as the bank spells it, or remove the question";
}
