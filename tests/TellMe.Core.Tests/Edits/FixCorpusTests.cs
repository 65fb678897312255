using System.Text;
using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Check;
using TellMe.Check.Fixes;

namespace TellMe.Tests.Edits;

/// <summary>
/// `tellme fix` on a bank a user edited by hand: YAML comments, numbered lists, HTML blocks and comments, keys
/// TellMe does not know, trailing spaces, CRLF, no final newline, UTF-16 and a BOM. The git diff of the bank
/// must be exactly the lines the fixes list.
/// </summary>
public sealed class FixCorpusTests : IDisposable
{
    private readonly HandEditedBank _bank = new();

    public void Dispose() => _bank.Dispose();

    private IReadOnlyList<FixChange> Fix()
    {
        var editor = BankEditor.Open(_bank.Root);
        Assert.DoesNotContain(editor.Bank.LoadDiagnostics, d => d.Severity == TellMe.Diagnostics.Severity.Error);
        var changes = Fixer.Apply(editor);
        editor.Commit();
        return changes;
    }

    [Fact]
    public void The_git_diff_of_the_bank_is_exactly_the_lines_the_fixes_list()
    {
        var git = Git.Init(_bank.Root);
        git.CommitAll();

        var changes = Fix();

        var listed = new SortedSet<(string, int)>(changes.SelectMany(c => c.Lines.Select(l => (c.File, l))));
        var diffed = git.ChangedLines();
        Assert.True(listed.SetEquals(diffed),
            $"listed but not changed: {string.Join(", ", listed.Except(diffed))}\nchanged but not listed: {string.Join(", ", diffed.Except(listed))}\n{git.Run("diff", "-a")}");
        // Every kind of certain repair is in the corpus, and each is listed where it is.
        Assert.Equal(11, changes.Count(c => c.Code == "TM009"));
        Assert.Single(changes, c => c.Code == "TM004");
        Assert.Single(changes, c => c.Code == "TM016");
        Assert.Contains(changes, c => c is { Code: "TM009", File: "stories/CR2.md", Line: 4 } && c.Description == "'â€”' → '—' in story CR2");
        // Only bank files changed: no temporary file, backup or new file is left behind.
        Assert.All(git.Status().Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith(" M ", line));

        // The repairs are made and nothing else is left to repair.
        var after = BankLoader.Load(_bank.Root);
        Assert.DoesNotContain(Checker.Run(after, _bank.Root), d => d.Code is "TM009" or "TM004" or "TM016");
    }

    [Fact]
    public void Each_file_keeps_its_form_and_every_byte_the_fix_did_not_mean_to_change()
    {
        Fix();
        static string Repaired(string text) => text.Replace("â€”", "—").Replace("â€“", "–").Replace("â†’", "→");

        // Comments, an unknown key, a flow list, an HTML comment and block, a numbered list, '*' and '+' bullets, trailing spaces.
        Assert.Equal(Encoding.UTF8.GetBytes(Repaired(HandEditedBank.Original("stories/CR2.md"))), _bank.Bytes("stories/CR2.md"));
        // CRLF stays CRLF.
        Assert.Equal(HandEditedBank.Encode(Repaired(HandEditedBank.Original("stories/IT2.md")), "crlf"), _bank.Bytes("stories/IT2.md"));
        // No final newline stays so.
        Assert.Equal(HandEditedBank.Encode(Repaired(HandEditedBank.Original("stories/IT4.md")), "no-final-newline"), _bank.Bytes("stories/IT4.md"));
        // UTF-16 stays UTF-16, with its byte-order mark.
        Assert.Equal(HandEditedBank.Encode(Repaired(HandEditedBank.Original("stories/EN1.md")), "utf16le"), _bank.Bytes("stories/EN1.md"));
        // A BOM stays, the HTML comment and the paragraph point stay where they are.
        Assert.Equal(HandEditedBank.Encode(Repaired(HandEditedBank.Original("answers/why-sre-swe.md")), "bom"), _bank.Bytes("answers/why-sre-swe.md"));
        // Untouched files are untouched.
        Assert.Equal(HandEditedBank.Encode(HandEditedBank.Original("answers/teamwork.md"), ""), _bank.Bytes("answers/teamwork.md"));
        Assert.Equal(HandEditedBank.Encode(HandEditedBank.Original("tellme.yaml"), ""), _bank.Bytes("tellme.yaml"));

        // The framework: encoding repaired in place, the entry relinked to CR2 keeping only its own words, the
        // bare label's list gone; every comment (the relinked entry's too), blank line and unknown key kept, CRLF kept.
        string expected = Repaired(HandEditedBank.Original("frameworks/amazon.yaml"))
            .Replace("""
                      - ref: 2   # lost its prefix when I pasted it
                        title: Analyzed thread dumps — and heap dumps
                        company: Cybereason
                        own:
                """, """
                      - story: CR2   # lost its prefix when I pasted it
                        parts:
                          - Problem
                        own:
                """)
            .Replace("""
                      - story: IT2
                        bare-labels:
                          - Action

                """, """
                      - story: IT2

                """);
        Assert.Equal(HandEditedBank.Encode(expected, "crlf"), _bank.Bytes("frameworks/amazon.yaml"));
    }

    [Fact]
    public void A_dry_run_lists_the_same_changes_and_writes_nothing()
    {
        var before = _bank.Snapshot();
        var editor = BankEditor.Open(_bank.Root);
        var changes = Fixer.Apply(editor);
        Assert.Equal(13, changes.Count);
        Assert.Equal(["answers/why-sre-swe.md", "frameworks/amazon.yaml", "stories/CR2.md", "stories/EN1.md", "stories/IT2.md", "stories/IT4.md"], editor.Changed.Select(c => c.File));
        Assert.Equal(before, _bank.Snapshot());
        Assert.DoesNotContain(Checker.Run(editor.Bank), d => d.Code is "TM009" or "TM004" or "TM016");
    }
}
