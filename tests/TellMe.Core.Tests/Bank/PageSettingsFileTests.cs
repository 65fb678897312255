using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Diagnostics;
using TellMe.Render.Jekyll;

namespace TellMe.Tests.Bank;

/// <summary>tellme.yaml keeps each page's layout, entries and drift, and a bank written before it did still builds.</summary>
public class PageSettingsFileTests
{
    // The demo bank's settings as they were before pages remembered their layout and entries.
    private const string Before = """
        title: Interview preparation
        check:
          max-principles-per-story: 1
          answer-minutes: 3
          words-per-minute: 150
        pages:
          - kind: leadership-principles
            file: leadership_principles.md
            framework: amazon
            front-matter:
              title: Leadership Principles
              nav_order: 12
              layout: default
            intro: |-
              # Leadership Principles

              [Leadership Principles](leadership_principles.md)

              * TOC
              {:toc}
            trailer: ' '
          - kind: behavioral-questions
            file: behavioral_questions.md
            columns:
              - Key
              - Value
            front-matter:
              title: Behavioral Questions
              nav_order: 11
              layout: default
            intro: '# Behavioral Question'
            trailer: ' '

        """;

    [Fact]
    public void A_bank_written_before_pages_remembered_their_layout_still_builds_both_pages_byte_for_byte()
    {
        using var bank = new ImportedBank();
        bank.Write(SettingsFile.Name, Before);
        var loaded = bank.Load();
        Assert.Empty(loaded.LoadDiagnostics);
        Assert.All(loaded.Settings.Pages, p => Assert.Null(p.Layout));
        Assert.True(loaded.Settings.Pages[1].Answers.IsDefault);
        var pages = JekyllSite.Render(loaded).ToDictionary(p => p.File, p => p.Content);
        Assert.Equal(File.ReadAllText(TestFiles.LeadershipPrinciples), pages["leadership_principles.md"]);
        Assert.Equal(File.ReadAllText(TestFiles.BehavioralQuestions), pages["behavioral_questions.md"]);
    }

    [Fact]
    public void Layout_entries_and_drift_are_written_and_read_back_unchanged()
    {
        var page = new PageSettings
        {
            Kind = PageKind.BehavioralQuestions,
            File = "q.md",
            Layout = new PageLayout
            {
                Kind = LayoutKind.PipeTable, Labels = TellMe.Text.LabelStyle.Plain, Points = PointForm.Plain, BoldKeys = false,
                CrLf = true, Bom = true, Break = "<br/>", Nest = "&emsp;", Rule = "| --- | --- |", OuterPipes = false, Pad = "", Bullets = "-*",
            },
            Answers = [new PageEntryRef("Vision"), new PageEntryRef("Why searching a new position", "Why searching<br>a new position")],
            FrontMatterRaw = "---\ntitle: \"Q\" # mine\n---\n",
            Drift = [new SegmentDrift("Vision", "0a1b2c3d", [new LineDrift { At = 2, Lead = "  * ", Trail = " \r" }, new LineDrift { At = 4, Blanks = ["", "  "] }])],
        };
        var settings = new BankSettings { Pages = [page] };
        string yaml = SettingsFile.Write(settings);
        var diagnostics = new List<Diagnostic>();
        var read = SettingsFile.Read(yaml, SettingsFile.Name, diagnostics)!.Pages.Single();
        Assert.Empty(diagnostics);
        Assert.Equal(page.Layout, read.Layout);
        Assert.Equal(page.Answers.ToArray(), read.Answers.ToArray());
        Assert.Equal(page.FrontMatterRaw, read.FrontMatterRaw);
        var drift = Assert.Single(read.Drift);
        Assert.Equal(("Vision", "0a1b2c3d"), (drift.Segment, drift.Hash));
        Assert.Equal("  * ", drift.Lines[0].Lead);
        Assert.Equal(" \r", drift.Lines[0].Trail);
        Assert.Equal(["", "  "], drift.Lines[1].Blanks!.Value.ToArray());
        Assert.Equal(yaml, SettingsFile.Write(new BankSettings { Pages = [read] }));
    }

    [Fact]
    public void An_unknown_layout_is_reported_at_its_line()
    {
        var diagnostics = new List<Diagnostic>();
        SettingsFile.Read("pages:\n  - kind: projects\n    file: a.md\n    layout: grid\n", SettingsFile.Name, diagnostics);
        var d = Assert.Single(diagnostics);
        Assert.Equal(4, d.Line);
        Assert.Contains("unknown layout 'grid'", d.Message);
    }
}
