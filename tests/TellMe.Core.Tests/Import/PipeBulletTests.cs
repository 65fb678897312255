namespace TellMe.Tests.Import;

/// <summary>
/// A pipe table whose rows mark their bullets differently (<c>&lt;br&gt;- </c> in one row, <c>&lt;br&gt;* </c> in
/// another) was built back with one marker everywhere: the marker is spelling, not meaning, and comes back per line.
/// Found by the second blind page corpus.
/// </summary>
public class PipeBulletTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Page = """
        | Key | Value |
        |---|---|
        | **1. Customer Obsession** | **Value:** Leaders start with the customer<br>**Project:** QA1. Rebuilt the export API<br>- **At:** Quill<br>- **Result:** Tickets fell 90% |
        | **2. Ownership** | **Value:** Leaders are owners<br>**Project:** QA2. Took over the nightly ETL<br>* **At:** Quill<br>* **Situation:**<br>&nbsp;&nbsp;* Jobs failed every night<br>* **Result:** No missed night |
        | **3. Invent and Simplify** | **Value:** Leaders simplify<br>**Project:** QA3. Replaced 40 jobs with one dbt project<br>- **At:** Quill<br>- **Result:** 40 jobs became 1 |

        """;

    [Fact]
    public void Rows_that_mark_their_bullets_differently_are_built_back_byte_for_byte()
    {
        string path = _dir.File("lp.md");
        File.WriteAllText(path, Page);
        using var bank = new LayoutBank(path);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code == TellMe.Diagnostics.InputCodes.NotRoundTrip);
        Assert.Contains("## Situation\n\n- Jobs failed every night\n", bank.Read("stories/QA2.md"));
        Assert.Equal(File.ReadAllBytes(path), LayoutCorpus.Built(bank.Load(), "lp.md"));
    }
}
