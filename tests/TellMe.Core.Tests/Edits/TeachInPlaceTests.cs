using System.Text;
using TellMe.Bank;
using TellMe.Bank.Files;

namespace TellMe.Tests.Edits;

/// <summary>`match --teach` adds one entry to questions.yaml as an in-place edit: the file's form stays.</summary>
public sealed class TeachInPlaceTests : IDisposable
{
    private readonly ImportedBank _bank = new();

    public void Dispose() => _bank.Dispose();

    private string Path => _bank.Path(QuestionsFile.Name);

    [Fact]
    public void A_utf16_crlf_file_without_a_final_newline_gets_one_entry_and_keeps_its_form()
    {
        const string original = "# asked at my last loops\r\nquestions:\r\n  - question: Why now?   # a recruiter\r\n    answer: Why US";
        File.WriteAllBytes(Path, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(original)]);

        var result = QuestionTeacher.Teach(_bank.Root, _bank.Load(), "Why did you take the job you have now?", "Why Cybereason");

        Assert.Equal(TeachOutcome.Added, result.Outcome);
        string expected = original + "\r\n  - question: Why did you take the job you have now?\r\n    answer: Why Cybereason";
        Assert.Equal([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(expected)], File.ReadAllBytes(Path));
        Assert.Equal(["Why now?", "Why did you take the job you have now?"], _bank.Load().Taught.Select(t => t.Text));
    }

    [Fact]
    public void A_utf8_file_with_a_bom_keeps_it()
    {
        File.WriteAllBytes(Path, [0xEF, 0xBB, 0xBF, .. "questions:\n  - question: Why now?\n    answer: Why US\n"u8.ToArray()]);
        Assert.Equal(TeachOutcome.Added, QuestionTeacher.Teach(_bank.Root, _bank.Load(), "Why this team?", "Why applied").Outcome);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. "questions:\n  - question: Why now?\n    answer: Why US\n  - question: Why this team?\n    answer: Why applied\n"u8.ToArray()], File.ReadAllBytes(Path));
    }
}
