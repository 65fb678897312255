using TellMe.Diagnostics;
using TellMe.Import;

namespace TellMe.Tests.Import;

/// <summary>
/// GitHub-flavoured pipe tables as users write them: without the pipes at the ends of a row, with alignment colons
/// or spaces in the rule, with some rows missing their closing pipe. Each variant of a real page of the corpus
/// imports to the same bank as the page in its usual <c>| Key | Value |</c> form and builds back byte for byte.
/// </summary>
public class PipeTableVariantTests
{
    /// <summary>The variants: how the header and each row write their ends, and the rule under the header.</summary>
    public static TheoryData<string> Variants => ["bare", "aligned", "right-aligned", "spaced-rule", "mixed", "leading-only", "closing-only", "bare-header"];

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_principles_page_in_a_pipe_table_variant_imports_to_the_same_bank_and_builds_back_byte_for_byte(string variant) =>
        AssertVariant("lp-pipe-table.md", variant);

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_questions_page_in_a_pipe_table_variant_imports_to_the_same_bank_and_builds_back_byte_for_byte(string variant) =>
        AssertVariant("bq-pipe-table.md", variant);

    [Fact]
    public void A_table_without_outer_pipes_imports_as_its_key_value_twin_and_remembers_its_pipes()
    {
        using var dir = new TempDir();
        string twin = dir.File("twin.md");
        File.WriteAllText(twin, """
            | Key | Value |
            |---|---|
            | Conflict | **Summary:** QA1. Settled a schema dispute between two teams<br>**Action:** Wrote both options down<br>**Result:** Both teams adopted the plan |
            | Why Us | **Mission:** I like the product<br>**Team:** Strong platform team |

            """);
        string bare = LayoutCorpus.Page("bq-pipe-bare.md");
        var expected = PageImport.Import([twin]);
        var actual = PageImport.Import([bare]);
        Assert.False(actual.HasErrors, string.Join("\n", actual.Diagnostics));
        Assert.Equal(["Conflict", "Why Us"], actual.Bank.Answers.Select(a => a.Key));
        Assert.Equal(LayoutCorpus.Files(expected), LayoutCorpus.Files(actual));

        using var bank = new LayoutBank(bare);
        string yaml = bank.Read("tellme.yaml");
        Assert.Contains("outer-pipes: false", yaml);
        Assert.Contains("rule: :-- | :--", yaml);
        Assert.Equal(File.ReadAllBytes(bare), LayoutCorpus.Built(bank.Load(), "bq-pipe-bare.md"));
    }

    [Fact]
    public void Rows_that_drop_their_closing_pipe_are_remembered_by_key()
    {
        using var dir = new TempDir();
        string page = dir.File("bq.md");
        File.WriteAllText(page, Variant(File.ReadAllText(LayoutCorpus.Page("bq-pipe-table.md")), "mixed"));
        using var bank = new LayoutBank(page);
        string yaml = bank.Read("tellme.yaml");
        Assert.Contains("row-pipes:", yaml);
        Assert.Contains("Career Goal: leading", yaml);
        Assert.DoesNotContain("Vision: leading", yaml);
        Assert.DoesNotContain("outer-pipes", yaml);
    }

    [Fact]
    public void A_pipe_over_a_setext_underline_is_not_a_table()
    {
        // 'Cost | benefit' over '---' is a heading: the rule has one cell, the header two.
        var diagnostics = new List<Diagnostic>();
        var source = PageSource.FromText("Cost | benefit\n---\n\nSome text.\n", "notes.md", diagnostics)!;
        Assert.Null(new TellMe.Import.Layouts.PipeTableReader().Read(source, diagnostics));
    }

    private static void AssertVariant(string original, string variant)
    {
        using var dir = new TempDir();
        string path = dir.File(original);
        string text = File.ReadAllText(LayoutCorpus.Page(original));
        string written = Variant(text, variant);
        Assert.NotEqual(text, written);
        File.WriteAllText(path, written);

        var expected = PageImport.Import([LayoutCorpus.Page(original)]);
        var actual = PageImport.Import([path]);
        Assert.False(actual.HasErrors, string.Join("\n", actual.Diagnostics));
        Assert.Equal(expected.Pages.Select(p => p.Settings.Kind), actual.Pages.Select(p => p.Settings.Kind));
        var want = LayoutCorpus.Files(expected);
        var got = LayoutCorpus.Files(actual);
        Assert.Equal(want.Keys.Order(), got.Keys.Order());
        foreach (var (file, content) in want) Assert.True(content == got[file], $"{file} differs:\n{got[file]}");

        using var bank = new LayoutBank(path);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code == InputCodes.NotRoundTrip);
        var loaded = bank.Load();
        Assert.Empty(loaded.LoadDiagnostics);
        Assert.Equal(File.ReadAllBytes(path), LayoutCorpus.Built(loaded, original));
    }

    /// <summary>Rewrites the page's one <c>| a | b |</c> table in a variant, row by row; other lines unchanged.</summary>
    internal static string Variant(string page, string variant)
    {
        var lines = page.Split('\n');
        int row = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line == "|---|---|")
            {
                lines[i] = variant switch
                {
                    "bare" => ":-- | :--",
                    "aligned" => "|:---|:---:|",
                    "right-aligned" => "| ---: | --- |",
                    "spaced-rule" => "| --- | --- |",
                    "leading-only" => "| --- | ---",
                    "closing-only" => "--- | --- |",
                    "bare-header" => "-|-",
                    _ => line,
                };
                continue;
            }
            if (!line.StartsWith("| ", StringComparison.Ordinal) || !line.EndsWith(" |", StringComparison.Ordinal)) continue;
            string inner = line[2..^2];
            bool header = row++ == 0;
            lines[i] = variant switch
            {
                "bare" => inner,
                "mixed" when !header && row % 2 == 1 => "| " + inner,
                "leading-only" => "| " + inner,
                "closing-only" => inner + " |",
                "bare-header" => header || row % 3 != 0 ? inner : line,
                _ => line,
            };
        }
        return string.Join('\n', lines);
    }
}
