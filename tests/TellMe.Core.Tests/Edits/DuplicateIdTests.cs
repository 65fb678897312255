using TellMe.Bank;
using TellMe.Diagnostics;

namespace TellMe.Tests.Edits;

/// <summary>Two files claiming one story ID or answer key: the one named after it is read, the other is an error.</summary>
public sealed class DuplicateIdTests : IDisposable
{
    private readonly TempDir _dir = new();

    public DuplicateIdTests()
    {
        File.WriteAllText(_dir.File("tellme.yaml"), "title: x\n");
        Directory.CreateDirectory(_dir.File("stories"));
        Directory.CreateDirectory(_dir.File("answers"));
    }

    public void Dispose() => _dir.Dispose();

    private void Story(string file, string id, string title) =>
        File.WriteAllText(_dir.File($"stories/{file}"), $"---\nid: {id}\ntitle: {title}\n---\n\n## Result\n\nDone\n");

    private void Answer(string file, string key, string point) =>
        File.WriteAllText(_dir.File($"answers/{file}"), $"---\nkey: {key}\norder: 1\n---\n\n- **Point:** {point}\n");

    [Fact]
    public void The_story_file_named_after_its_id_wins_over_a_copy_that_sorts_first()
    {
        // "CR2-copy.md" sorts before "CR2.md".
        Story("CR2-copy.md", "CR2", "The copy");
        Story("CR2.md", "CR2", "The original");
        var bank = BankLoader.Load(_dir.Path);
        Assert.Equal("The original", Assert.Single(bank.Stories).Title);
        Assert.Equal("stories/CR2.md", bank.Stories[0].File);
        var error = Assert.Single(bank.LoadDiagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((InputCodes.DuplicateId, "stories/CR2-copy.md", 2), (error.Code, error.File, error.Line));
        Assert.Equal("story ID CR2 is the ID of stories/CR2.md, whose name matches it; this file is ignored", error.Message);
    }

    [Fact]
    public void When_no_file_is_named_after_the_id_the_first_wins_and_the_other_is_still_an_error()
    {
        Story("a.md", "CR2", "First");
        Story("b.md", "CR2", "Second");
        var bank = BankLoader.Load(_dir.Path);
        Assert.Equal("First", Assert.Single(bank.Stories).Title);
        var error = Assert.Single(bank.LoadDiagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("stories/b.md", 2), (error.File, error.Line));
        Assert.Equal("story ID CR2 is already used by stories/a.md; this file is ignored", error.Message);
        var warning = Assert.Single(bank.LoadDiagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal(("stories/a.md", "the file is named a.md but holds story CR2", "rename it to stories/CR2.md"), (warning.File, warning.Message, warning.Hint));
    }

    [Fact]
    public void The_answer_file_named_after_its_key_wins()
    {
        Answer("conflict-old.md", "Conflict", "the old telling");
        Answer("conflict.md", "conflict", "the telling I keep");
        var bank = BankLoader.Load(_dir.Path);
        var answer = Assert.Single(bank.Answers);
        Assert.Equal("answers/conflict.md", answer.File);
        Assert.Equal("the telling I keep", answer.Points[0].Content.Inline);
        var error = Assert.Single(bank.LoadDiagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((InputCodes.DuplicateId, "answers/conflict-old.md", 2), (error.Code, error.File, error.Line));
        Assert.Equal("answer key 'Conflict' is the key of answers/conflict.md, whose name matches it; this file is ignored", error.Message);
    }
}
