using Microsoft.Playwright;
using TellMe.Data;

namespace TellMe.Web.Tests;

/// <summary>End to end in Chromium: what a person does in an evening, with screenshots to look at.</summary>
[Collection("browser")]
public sealed class BrowserTests(BrowserFixture fx)
{
    [Fact]
    public async Task The_dashboard_opens_and_reads_well_in_light_dark_and_narrow_windows()
    {
        foreach (var (scheme, width, name) in new[] { (ColorScheme.Light, 1280, "dashboard-light"), (ColorScheme.Dark, 1280, "dashboard-dark"), (ColorScheme.Light, 390, "dashboard-narrow") })
        {
            var page = await fx.NewPage(scheme, width, 860);
            var errors = new List<string>();
            page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
            await page.GotoAsync("/");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tonight" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("table.heatmap")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Readiness")).ToBeVisibleAsync();
            Assert.Empty(errors); // no CSP violation, no script error
            // The mastery table fits the window, on a phone too: nothing to scroll sideways.
            var mastery = page.Locator("[data-testid=mastery-principles] .table-wrap");
            await Assertions.Expect(mastery).ToBeVisibleAsync();
            Assert.True(await mastery.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), $"{name}: the mastery table scrolls sideways");
            await BrowserFixture.Shot(page, name);
            await page.Context.CloseAsync();
        }
        var other = await fx.NewPage(ColorScheme.Dark);
        foreach (var (url, name) in new[] { ("/stories", "stories-dark"), ("/stories/IT5", "story-dark"), ("/progress", "progress-dark") })
        {
            await other.GotoAsync(url);
            await BrowserFixture.Shot(other, name);
        }
        await other.Context.CloseAsync();
    }

    [Fact]
    public async Task Editing_a_story_previews_live_and_changes_the_file_on_disk()
    {
        var page = await fx.NewPage();
        await page.GotoAsync("/stories/EU1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        var editor = page.Locator("textarea#text");
        string text = await editor.InputValueAsync();
        await editor.FillAsync(text + "\n## Learned\n\nAsk for the **numbers** first; TODO add the date\n");
        // The preview (and the check) follow the typing, before anything is saved.
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("Ask for the numbers first");
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("TM005");
        await BrowserFixture.Shot(page, "editor-live-preview");
        await page.Locator("form#editor button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/stories/EU1");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved stories/EU1.md");
        Assert.Contains("Ask for the **numbers** first", fx.Bank.Read("stories/EU1.md"));
        Assert.DoesNotContain("\r", fx.Bank.Read("stories/EU1.md"));
        await BrowserFixture.Shot(page, "story-after-save");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Saving_over_a_file_changed_on_disk_shows_both_versions_and_loses_nothing()
    {
        var page = await fx.NewPage();
        await page.GotoAsync("/edit?file=stories%2FEN2.md");
        string disk = fx.Bank.Read("stories/EN2.md") + "\n## Learned\n\nWritten in another editor meanwhile\n";
        fx.Bank.Write("stories/EN2.md", disk);
        var editor = page.Locator("textarea#text");
        await editor.FillAsync((await editor.InputValueAsync()).Replace("---\n\n", "---\n\n## Note\n\nMy browser edit\n\n", StringComparison.Ordinal));
        await page.Locator("form#editor button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("conflict")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.diff")).ToContainTextAsync("Written in another editor meanwhile");
        await Assertions.Expect(page.Locator("table.diff")).ToContainTextAsync("My browser edit");
        Assert.Equal(disk, fx.Bank.Read("stories/EN2.md"));
        await BrowserFixture.Shot(page, "editor-conflict");
        // Choosing "save mine" after seeing both is an informed overwrite.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save mine over the disk version" }).ClickAsync();
        await page.WaitForURLAsync("**/stories/EN2");
        Assert.Contains("My browser edit", fx.Bank.Read("stories/EN2.md"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Drilling_three_cards_with_the_keyboard_saves_three_reviews()
    {
        var page = await fx.NewPage(ColorScheme.Dark);
        long before = File.Exists(SqlitePracticeStore.PathFor(fx.Bank.Root)) ? FormsTests.Reviews(fx.Bank.Root) : 0;
        await page.GotoAsync("/drill");
        await page.GetByTestId("start").ClickAsync();
        for (int i = 1; i <= 3; i++)
        {
            await Assertions.Expect(page.GetByTestId("prompt")).ToBeVisibleAsync();
            var clock = page.GetByTestId("countdown");
            string first = await clock.InnerTextAsync();
            await Assertions.Expect(clock).Not.ToHaveTextAsync(first, new() { Timeout = 3000 }); // it counts down
            if (i == 1)
            {
                await page.Locator("#answer").FillAsync("So, um, we basically rebuilt the pipeline and it was like much faster.");
                await BrowserFixture.Shot(page, "drill-card-dark");
                await page.GetByTestId("reveal").ClickAsync();
                await Assertions.Expect(page.GetByTestId("feedback")).ToContainTextAsync("fillers");
                await BrowserFixture.Shot(page, "drill-reveal-dark");
            }
            else
            {
                await page.Keyboard.PressAsync("Enter");
            }
            await Assertions.Expect(page.GetByTestId("revealed")).ToBeVisibleAsync();
            await page.Keyboard.PressAsync(i == 2 ? "1" : "3");
            await Assertions.Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
            Assert.Equal(before + i, FormsTests.Reviews(fx.Bank.Root));
        }
        // The reviews show in the progress charts and on the dashboard at once.
        await page.GotoAsync("/progress");
        await Assertions.Expect(page.GetByTestId("total-reviews")).Not.ToHaveTextAsync("0");
        await BrowserFixture.Shot(page, "progress-after-drill-dark");
        await page.Context.CloseAsync();
        var light = await fx.NewPage();
        await light.GotoAsync("/progress");
        await BrowserFixture.Shot(light, "progress-after-drill-light");
        await light.Context.CloseAsync();
    }

    [Fact]
    public async Task Matching_shows_ranked_answers_as_the_question_is_typed()
    {
        var page = await fx.NewPage();
        await page.GotoAsync("/match");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Question" }).PressSequentiallyAsync("Tell me about a time you had a conflict with a coworker", new() { Delay = 5 });
        await Assertions.Expect(page.GetByTestId("answers")).ToContainTextAsync("Conflict");
        await Assertions.Expect(page.GetByTestId("principles")).ToContainTextAsync("Earn trust");
        await Assertions.Expect(page.GetByTestId("probes")).ToContainTextAsync("Conflict with a peer");
        Assert.Contains("/match?q=", page.Url); // the address follows, so the result can be bookmarked
        await BrowserFixture.Shot(page, "match-live");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_plan_prints_on_one_page()
    {
        var page = await fx.NewPage();
        await page.GotoAsync("/plan");
        await page.Locator("input[name=interviewers]").FillAsync("4");
        await page.Locator("input[name=seed]").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan")).ToContainTextAsync("seed 7");
        await BrowserFixture.Shot(page, "plan");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await BrowserFixture.Shot(page, "plan-print");
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", Landscape = true, PreferCSSPageSize = true });
        string raw = System.Text.Encoding.Latin1.GetString(pdf);
        int pages = System.Text.RegularExpressions.Regex.Matches(raw, @"/Type\s*/Page[^s]").Count;
        Assert.Equal(1, pages);
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.Screenshots, "plan.pdf"), pdf);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_story_with_script_in_its_title_and_body_renders_as_text()
    {
        fx.Bank.Write("stories/XS1.md", SecurityTests.Hostile);
        var page = await fx.NewPage();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        IResponse? response;
        do
        {
            response = await page.GotoAsync("/stories/XS1");
        }
        while (response!.Status != 200 && DateTime.UtcNow < deadline);
        Assert.Equal(200, response.Status);
        await Assertions.Expect(page.GetByTestId("story-title")).ToContainTextAsync("<script>window.__xss = 1</script>");
        await Assertions.Expect(page.GetByTestId("story-body")).ToContainTextAsync("\"><img src=x onerror=");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Equal(0, await page.Locator("[data-testid=story-body] img, [data-testid=story-body] script").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "a link" }).ClickAsync(new() { Timeout = 2000 }).ContinueWith(_ => { });
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        await BrowserFixture.Shot(page, "xss-as-text");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_round_debriefed_in_the_form_lands_on_the_company_page()
    {
        var page = await fx.NewPage();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Companies" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Debrief a round" }).First.ClickAsync();
        await page.WaitForURLAsync("**/debrief");
        await page.GetByLabel("Company", new() { Exact = true }).FillAsync("Initech");
        await page.GetByLabel("Round", new() { Exact = true }).FillAsync("onsite 2");
        await page.GetByLabel("Day", new() { Exact = true }).FillAsync("2026-03-12");
        await page.Locator("select[name=Type]").SelectOptionAsync("bar-raiser");
        await page.Locator("input[name=Interviewer]").FillAsync("Grace");
        await page.Locator("textarea[name=Questions]").FillAsync(
            "Tell me about a time you disagreed with your manager | CR4 | 3\nTell me about a failure | IT9 | 1 | lost the thread halfway\nWhy do you want to work here?");
        await page.Locator("textarea[name=Notes]").FillAsync("Two interviewers; they asked for numbers twice.");
        await BrowserFixture.Shot(page, "debrief-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the round" }).ClickAsync();

        await page.WaitForURLAsync("**/companies/initech*");
        await Assertions.Expect(page.GetByTestId("recorded")).ToContainTextAsync("Recorded “onsite 2” with Initech on 2026-03-12 (bar-raiser): 3 question(s), 2 scheduled as review(s).");
        var round = page.GetByTestId("round").First;
        await Assertions.Expect(round).ToContainTextAsync("Tell me about a failure");
        await Assertions.Expect(round).ToContainTextAsync("1 again");
        await Assertions.Expect(round).ToContainTextAsync("lost the thread halfway");
        await Assertions.Expect(page.GetByTestId("told")).ToContainTextAsync("CR4");
        await Assertions.Expect(page.GetByTestId("next")).ToContainTextAsync("Answered weakly");
        Assert.Empty(errors); // no CSP violation, no script error
        await BrowserFixture.Shot(page, "company-light");

        using (var store = SqlitePracticeStore.OpenBank(fx.Bank.Root))
            Assert.Equal(["CR4", "IT9", null], Assert.Single(store.Rounds("initech")).Questions.Select(q => q.Story));

        var dark = await fx.NewPage(ColorScheme.Dark);
        await dark.GotoAsync("/companies/initech");
        await Assertions.Expect(dark.GetByTestId("rounds")).ToContainTextAsync("onsite 2");
        await BrowserFixture.Shot(dark, "company-dark");
        await dark.GotoAsync("/companies");
        await BrowserFixture.Shot(dark, "companies-dark");
        // Bad input in dark mode: the form again, the problem beside its field.
        await dark.GotoAsync("/debrief?company=Initech");
        await dark.GetByLabel("Round", new() { Exact = true }).FillAsync("onsite 3");
        await dark.Locator("textarea[name=Questions]").FillAsync("Tell me about a failure | CR99 | 5");
        await dark.GetByRole(AriaRole.Button, new() { Name = "Record the round" }).ClickAsync();
        await Assertions.Expect(dark.Locator("#err-questions")).ToContainTextAsync("'5' is not a rating");
        await BrowserFixture.Shot(dark, "debrief-form-error-dark");
        await page.Context.CloseAsync();
        await dark.Context.CloseAsync();
    }
}
