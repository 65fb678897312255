using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Competencies;
using TellMe.Diagnostics;
using TellMe.Match.Questions;
using TellMe.Prep;

namespace TellMe.Tests.Prep;

public sealed class CompanyFrameworkTests
{
    /// <summary>Help text reads the names without the question bank; they must be the same as the checked frameworks'.</summary>
    [Fact]
    public void The_names_for_help_text_are_those_of_the_shipped_frameworks()
    {
        Assert.Equal(CompanyFrameworks.Shipped.Select(f => f.Company ?? f.Name), CompanyFrameworks.ShippedCompanies);
        Assert.Equal(TellMe.Plan.InterviewerTypes.Embedded.All.Select(t => t.Id), TellMe.Plan.InterviewerTypes.EmbeddedIds);
        Assert.Contains("bar-raiser", TellMe.Plan.InterviewerTypes.EmbeddedIds);
    }

    [Fact]
    public void At_least_four_companies_ship_each_naming_a_public_source_and_mapping_every_value()
    {
        var shipped = CompanyFrameworks.Shipped;
        Assert.True(shipped.Length >= 4);
        Assert.Equal(["google", "meta", "microsoft", "netflix", "stripe"], shipped.Select(f => f.Id));
        foreach (var f in shipped)
        {
            Assert.NotNull(f.Company);
            Assert.NotEmpty(f.Sources);
            Assert.All(f.Sources, s => Assert.StartsWith("https://", s.Url));
            Assert.True(f.Principles.Length >= 4, f.Id);
            foreach (var p in f.Principles)
            {
                Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{f.Id}/{p.Id}");
                Assert.NotEmpty(p.Probes);
                Assert.All(p.Probes, probe => Assert.NotNull(QuestionBank.Embedded.Find(probe)));
                Assert.NotNull(p.Question);
            }
        }
    }

    [Fact]
    public void The_values_carry_the_names_the_companies_publish()
    {
        Assert.Equal(["Move Fast", "Focus on Long-Term Impact", "Build Awesome Things", "Live in the Future", "Be Direct and Respect Your Colleagues", "Meta, Metamates, Me"],
            CompanyFrameworks.Find("Meta", StoryBank.Empty)!.Principles.Select(p => p.Name));
        Assert.Equal(["Users first", "Move with urgency and focus", "Be meticulous in your craft", "Seek feedback", "Deliver outstanding results"],
            CompanyFrameworks.Find("stripe", StoryBank.Empty)!.Principles.Take(5).Select(p => p.Name));
    }

    [Theory]
    [InlineData("Meta", "meta")]
    [InlineData("facebook", "meta")]
    [InlineData("  GOOGLE ", "google")]
    [InlineData("Alphabet", "google")]
    [InlineData("Netflix", "netflix")]
    [InlineData("Amazon", "amazon")]
    public void A_company_is_found_by_name_alias_or_id(string company, string framework) =>
        Assert.Equal(framework, CompanyFrameworks.Find(company, StoryBank.Empty)?.Id);

    [Fact]
    public void An_unknown_company_has_no_framework() => Assert.Null(CompanyFrameworks.Find("Initech", StoryBank.Empty));

    [Fact]
    public void The_banks_own_file_wins_and_reads_with_the_banks_framework_reader()
    {
        using var bank = new ImportedBank();
        bank.Write("frameworks/stripe.yaml", """
            id: stripe
            name: Stripe as I read it
            company: Stripe
            sources:
              - title: My notes from the recruiter call
            principles:
              - id: users-first
                name: Users first
                probes: [amazon/customer-obsession]
                keywords: [our users]
                stories:
                  - story: CR1
            """);
        var loaded = bank.Load();
        Assert.DoesNotContain(loaded.LoadDiagnostics, d => d.Severity == Severity.Error);
        var framework = CompanyFrameworks.Find("Stripe", loaded)!;
        Assert.Equal("Stripe as I read it", framework.Name);
        Assert.Equal([CompetencyId.Parse("amazon/customer-obsession")], framework.Principles[0].Probes.ToArray());
        Assert.Null(framework.Sources[0].Url);
    }

    [Fact]
    public void The_new_keys_survive_a_write_and_read()
    {
        var meta = CompanyFrameworks.Find("Meta", StoryBank.Empty)!;
        var diagnostics = new List<Diagnostic>();
        var back = FrameworkFile.Read(FrameworkFile.Write(meta), "frameworks/meta.yaml", diagnostics)!;
        Assert.Empty(diagnostics);
        Assert.Equal(meta.Company, back.Company);
        Assert.Equal(meta.Aliases.ToArray(), back.Aliases.ToArray());
        Assert.Equal(meta.Sources.ToArray(), back.Sources.ToArray());
        Assert.Equal(meta.Principles.Select(p => (p.Name, p.Question, string.Join(",", p.Probes), string.Join(",", p.Keywords))),
            back.Principles.Select(p => (p.Name, p.Question, string.Join(",", p.Probes), string.Join(",", p.Keywords))));
    }
}
