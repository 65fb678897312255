using TellMe.Diagnostics;

namespace TellMe.Tests.Import;

/// <summary>
/// A page that groups its entries under headings of a higher level (<c>## Motivation</c> above <c>### Why us</c>)
/// used to lose each group heading into the answer before it (a warning, and a built page without it). The group
/// text is kept as the page's text before the entry that follows it, or after the last entry, and built back.
/// </summary>
public class GroupHeadingsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Questions = """
        # Behavioral

        ## Motivation

        ### Why Us
        - **Mission:** I like the product
        - **Team:** Strong platform team

        ### Why Leave
        - **Growth:** Bigger scope

        ## Stories

        Told in STAR order; the numbers are from the dashboards.

        ### Conflict
        - **Summary:** QA1. Settled a schema dispute between two teams
        - **Action:** Wrote both options down
        - **Result:** Both teams adopted the plan

        ## Still to write

        - Failure, Weakness

        """;

    [Fact]
    public void Group_headings_between_questions_stay_on_the_page_and_out_of_the_answers()
    {
        string path = _dir.File("bq.md");
        File.WriteAllText(path, Questions);
        using var bank = new LayoutBank(path);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code is InputCodes.MalformedPage or InputCodes.NotRoundTrip);
        var answers = bank.Load().Answers.OrderBy(a => a.Order).ToList();
        Assert.Equal(["Why Us", "Why Leave", "Conflict"], answers.Select(a => a.Key));
        Assert.DoesNotContain("Stories", bank.Read("answers/why-leave.md"));
        Assert.DoesNotContain("Still to write", bank.Read("answers/conflict.md"));
        Assert.DoesNotContain("Still to write", bank.Read("stories/QA1.md"));
        Assert.Equal(File.ReadAllBytes(path), LayoutCorpus.Built(bank.Load(), "bq.md"));
    }

    private const string Principles = """
        ## Customer-facing

        ### 1. Customer Obsession

        - **Value:** Leaders start with the customer
        - **Project:** QA1. Rebuilt the export API
          - **At:** Quill
          - **Result:** Tickets fell 90%

        ## Team

        ### 2. Ownership

        - **Value:** Leaders are owners
        - **Project:** QA2. Took over the nightly ETL
          - **At:** Quill
          - **Result:** No missed night

        """;

    [Fact]
    public void A_principles_page_grouped_under_headings_is_built_back_with_its_groups()
    {
        string path = _dir.File("lp.md");
        File.WriteAllText(path, Principles);
        using var bank = new LayoutBank(path);
        Assert.DoesNotContain(bank.Result.Diagnostics, d => d.Code is InputCodes.MalformedPage or InputCodes.NotRoundTrip);
        Assert.Equal(2, bank.Load().Frameworks.Single().Principles.Length);
        Assert.Equal(File.ReadAllBytes(path), LayoutCorpus.Built(bank.Load(), "lp.md"));
    }
}
