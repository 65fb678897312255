using System.Globalization;
using Microsoft.Playwright;

namespace TellMe.Web.Tests;

/// <summary>
/// The web drill's Record button in Debian's Chromium, with an espeak-ng answer as its microphone
/// (<c>--use-file-for-fake-audio-capture</c>): a browser of its own, as the fake device is chosen at launch.
/// </summary>
[Collection("browser")]
public sealed class RecordingBrowserTests(BrowserFixture fx)
{
    [Fact]
    public async Task Recording_an_answer_in_the_drill_shows_its_spoken_feedback_before_the_rating()
    {
        using var answer = new SpokenAnswer();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + answer.Microphone],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fx.Url, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync("/drill");
        await page.GetByTestId("start").ClickAsync();
        await Assertions.Expect(page.GetByTestId("prompt")).ToBeVisibleAsync();
        var record = page.GetByTestId("record");
        await Assertions.Expect(record).ToBeEnabledAsync();
        await record.ClickAsync();
        await Assertions.Expect(page.GetByTestId("recording")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-elapsed]")).ToHaveTextAsync("0:03", new() { Timeout = 10000 });
        await BrowserFixture.Shot(page, "drill-recording");
        await Assertions.Expect(page.Locator("[data-elapsed]")).ToHaveTextAsync("0:08", new() { Timeout = 20000 });
        // Enter while recording stops it (the Stop button has the focus): it must not reveal the card and lose the recording.
        await Assertions.Expect(page.GetByTestId("stop")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("spoken")).ToBeVisibleAsync(new() { Timeout = 60000 });
        double wpm = double.Parse(await page.GetByTestId("wpm").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(wpm > 0, $"words a minute: {wpm}");
        await Assertions.Expect(page.GetByTestId("transcript")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("rate")).ToBeVisibleAsync();
        Assert.Empty(errors);
        await BrowserFixture.Shot(page, "drill-spoken-feedback");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Without_a_microphone_the_record_button_is_disabled_with_a_note()
    {
        var page = await fx.NewPage();
        await page.GotoAsync("/drill");
        await page.GetByTestId("start").ClickAsync();
        await page.GetByTestId("record").ClickAsync();
        await Assertions.Expect(page.GetByTestId("record")).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("recorder")).ToContainTextAsync("Answer aloud or type below.");
        await page.Context.CloseAsync();
    }
}
