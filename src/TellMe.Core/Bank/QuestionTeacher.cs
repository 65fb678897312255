using TellMe.Bank.Files;
using TellMe.Diagnostics;
using TellMe.Language;

namespace TellMe.Bank;

/// <summary>How teaching a question ended.</summary>
public enum TeachOutcome
{
    /// <summary>The question was added to <c>questions.yaml</c>.</summary>
    Added,
    /// <summary>The same question was already taught with the same label; nothing was written.</summary>
    AlreadyTaught,
    /// <summary>Nothing was written: the question, the label or the file is not usable (see the message).</summary>
    Refused,
}

/// <summary>What <see cref="QuestionTeacher.Teach"/> did, with a message for the user.</summary>
/// <param name="Outcome">Whether anything was written.</param>
/// <param name="Question">The entry as taught (labels spelled as the bank spells them), when there is one.</param>
/// <param name="Message">One sentence for the user.</param>
public sealed record TeachResult(TeachOutcome Outcome, TaughtQuestion? Question, string Message);

/// <summary>
/// Adds a question to the bank's <c>questions.yaml</c>, labelled with one of the bank's answers or principles.
/// The file gets one in-place insertion (the user's comments, encoding and line endings stay), the result is
/// read back to prove it says what was meant, and only then written, atomically.
/// </summary>
public static class QuestionTeacher
{
    /// <summary>The longest question that can be taught: a question, not a document.</summary>
    public const int MaxLength = 1000;

    /// <summary>Teaches <paramref name="question"/> as <paramref name="label"/> (an answer key, or a principle's name or ID).</summary>
    public static TeachResult Teach(string root, StoryBank bank, string question, string label)
    {
        ArgumentNullException.ThrowIfNull(bank);
        string text = string.Join(' ', (question ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length == 0) return Refuse("the question is empty");
        if (text.Length > MaxLength) return Refuse($"the question is {text.Length:N0} characters long; only questions up to {MaxLength:N0} characters can be taught");

        TaughtQuestion entry;
        if (bank.FindAnswer(label ?? "") is { } answer) entry = new TaughtQuestion { Text = text, Answer = answer.Key };
        else if (bank.FindPrinciple(label ?? "") is { } found) entry = new TaughtQuestion { Text = text, Principle = found.Principle.Name };
        else
        {
            var names = bank.Answers.Select(a => a.Key).Concat(bank.Frameworks.SelectMany(f => f.Principles).Select(p => p.Name));
            return Refuse($"'{label}' is neither an answer key nor a principle of this bank; "
                + (NameFold.Closest(label ?? "", names) is { } closest ? $"did you mean '{closest}'?" : "answer keys are the `key:` of answers/*.md, principles the names in frameworks/*.yaml"));
        }

        string folded = NameFold.Of(text);
        foreach (var taught in bank.Taught)
        {
            if (NameFold.Of(taught.Text) != folded) continue;
            bool same = taught.Answer is not null && entry.Answer is not null ? NameFold.Of(taught.Answer) == NameFold.Of(entry.Answer)
                : taught.Principle is not null && entry.Principle is not null && NameFold.Of(taught.Principle) == NameFold.Of(entry.Principle);
            return same
                ? new TeachResult(TeachOutcome.AlreadyTaught, taught, $"'{text}' is already taught as '{taught.Answer ?? taught.Principle}'")
                : Refuse($"'{text}' is already taught as '{taught.Answer ?? taught.Principle}' ({QuestionsFile.Name} line {taught.Line}); edit that entry to change it");
        }

        string path = Path.Combine(root, QuestionsFile.Name);
        var diagnostics = new List<Diagnostic>();
        SourceText? existing = null;
        if (File.Exists(path))
        {
            existing = SafeFile.Read(path, QuestionsFile.Name, diagnostics);
            if (existing is null) return Refuse($"{QuestionsFile.Name} cannot be read: {diagnostics.FirstOrDefault()?.Message}");
        }
        var before = existing is null ? [] : QuestionsFile.Read(existing.Text, QuestionsFile.Name, diagnostics);
        if (diagnostics.Count > 0)
            return Refuse($"{QuestionsFile.Name} has a problem at line {diagnostics[0].Line} ({diagnostics[0].Message}); fix it first (`tellme check`)");

        var updated = QuestionsFile.Append(existing, entry);
        var after = QuestionsFile.Read(updated.Text, QuestionsFile.Name, diagnostics);
        if (diagnostics.Count > 0 || after.Length != before.Length + 1 || !SameEntry(after[^1], entry))
            return Refuse($"{QuestionsFile.Name} does not end with its 'questions:' list, so TellMe cannot add to it safely; add the question by hand");

        try { SafeFile.WriteAtomic(path, updated); }
        catch (FileTransactionException ex) { return Refuse(ex.Message); }
        return new TeachResult(TeachOutcome.Added, after[^1], $"taught '{text}' as '{entry.Answer ?? entry.Principle}' in {QuestionsFile.Name}");
    }

    private static bool SameEntry(TaughtQuestion read, TaughtQuestion meant) =>
        read.Text == meant.Text && read.Answer == meant.Answer && read.Principle == meant.Principle;

    private static TeachResult Refuse(string message) => new(TeachOutcome.Refused, null, message);
}
