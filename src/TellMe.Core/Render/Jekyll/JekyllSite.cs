using TellMe.Bank;
using TellMe.Pages;
using TellMe.Render.Jekyll.Layouts;

namespace TellMe.Render.Jekyll;

/// <summary>Every page of a bank, rendered for Jekyll under the file names the pages were imported from.</summary>
public static class JekyllSite
{
    /// <summary>The pages a new bank builds when it has none configured.</summary>
    public static IReadOnlyList<PageSettings> DefaultPages { get; } =
    [
        new PageSettings
        {
            Kind = PageKind.LeadershipPrinciples, File = "leadership_principles.md", Framework = "amazon",
            FrontMatter = [new("title", "Leadership Principles"), new("layout", "default")],
            Intro = "\n# Leadership Principles\n\n",
        },
        new PageSettings
        {
            Kind = PageKind.BehavioralQuestions, File = "behavioral_questions.md",
            FrontMatter = [new("title", "Behavioral Questions"), new("layout", "default")],
            Intro = "\n# Behavioral Questions\n\n",
        },
    ];

    /// <summary>Renders every page: (file name, content). Private stories never reach a page.</summary>
    public static IReadOnlyList<(string File, string Content)> Render(StoryBank bank)
    {
        bank = PublicView.Of(bank);
        var pages = bank.Settings.Pages.IsDefaultOrEmpty ? DefaultPages : bank.Settings.Pages;
        return [.. pages.Select(p => (p.File, RenderPage(bank, p)))];
    }

    /// <summary>Renders one page: its kind's entries, written in its layout, with its recorded drift.</summary>
    public static string RenderPage(StoryBank bank, PageSettings page) => PageComposer.Finish(page, Compose(bank, page));

    /// <summary>One page as its layout writes it, before drift: what import compares the user's page with.</summary>
    public static ComposedPage Compose(StoryBank bank, PageSettings page)
    {
        var document = page.Kind switch
        {
            PageKind.LeadershipPrinciples => LeadershipPrinciplesPage.Model(bank, page),
            PageKind.BehavioralQuestions => BehavioralQuestionsPage.Model(bank, page),
            PageKind.Projects => ProjectsPage.Model(bank, page),
            _ => throw new ArgumentOutOfRangeException(nameof(page)),
        };
        var output = new SegmentedText();
        LayoutWriters.For(document.Layout.Kind).Write(output, document, page);
        return PageComposer.Compose(page, output.Segments);
    }
}
