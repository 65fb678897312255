using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Language;

namespace TellMe.Check.Fixes;

/// <summary>
/// Repairs TM009: re-decodes text that was UTF-8 read as Windows-1252. Each story, answer and framework with
/// garbled text is updated in place, so only the garbled characters change; each changed line is listed
/// with what was repaired on it.
/// </summary>
public sealed class MojibakeFix : IFix
{
    /// <inheritdoc />
    public string Code => "TM009";

    /// <inheritdoc />
    public IReadOnlyList<FixChange> Apply(BankEditor editor)
    {
        var changes = new List<FixChange>();
        var bank = editor.Bank;
        foreach (var story in bank.Stories)
            if (Garbled(BankText.All(Only(bank, stories: [story]))))
                Report(editor.Update(Repair(story)), $"story {story.Id}");
        foreach (var answer in bank.Answers)
            if (Garbled(BankText.All(Only(bank, answers: [answer]))))
                Report(editor.Update(Repair(answer)), $"answer '{answer.Key}'");
        foreach (var framework in bank.Frameworks)
            if (Garbled(BankText.All(Only(bank, frameworks: [framework]))))
                Report(editor.Update(Repair(framework)), $"framework {framework.Id}");
        return changes;

        void Report(EditResult result, string where)
        {
            if (!result.Applied) return;
            foreach (var edit in result.Edits)
            {
                var found = Mojibake.Find(edit.Before);
                string what = found.Count > 0
                    ? string.Join(", ", found.Select(f => $"'{f.Garbled}' → '{f.Repaired}'"))
                    : $"'{edit.Before}' → '{edit.After}'";
                changes.Add(new FixChange(Code, result.File, edit.Line, $"{what} in {where}"));
            }
        }
    }

    private static bool Garbled(IEnumerable<TextAt> texts) => texts.Any(t => Mojibake.Find(t.Text).Count > 0);

    private static StoryBank Only(StoryBank bank, IEnumerable<Story>? stories = null, IEnumerable<Answer>? answers = null, IEnumerable<Framework>? frameworks = null) =>
        new(bank.Settings, stories ?? [], answers ?? [], frameworks ?? []);

    private static Story Repair(Story story) => TextMap.Apply(Only(StoryBank.Empty, stories: [story]), Mojibake.Repair).Stories[0];

    private static Answer Repair(Answer answer) => TextMap.Apply(Only(StoryBank.Empty, answers: [answer]), Mojibake.Repair).Answers[0];

    private static Framework Repair(Framework framework) => TextMap.Apply(Only(StoryBank.Empty, frameworks: [framework]), Mojibake.Repair).Frameworks[0];
}
