using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace TellMe.Web.Tests;

/// <summary>
/// The real thing for end-to-end tests: `tellme serve`'s app on Kestrel (a free loopback port) over a temporary copy
/// of the demo bank, and Debian's Chromium driven by Playwright (headless, no sandbox, no background networking).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private WebApplication? _app;

    public TempBank Bank { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public string Url { get; private set; } = "";
    public WebApplication App => _app!;

    /// <summary>Where screenshots go: TestResults/screenshots at the repository root (kept as test artifacts, ignored by git).</summary>
    public static string Screenshots { get; } = FindScreenshots();

    public async Task InitializeAsync()
    {
        _app = TellMeServer.Build([], new ServeOptions { Bank = Bank.Root, Port = 0 });
        await _app.StartAsync();
        Url = _app.Urls.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPage(ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Url,
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = true,
        });
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) => throw new InvalidOperationException($"a dialog opened: {dialog.Message}");
        return page;
    }

    public static Task Shot(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = fullPage });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Bank.Dispose();
    }

    private static string FindScreenshots()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TellMe.slnx"))) dir = dir.Parent;
        string path = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
