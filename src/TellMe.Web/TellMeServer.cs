using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using TellMe.Data;
using TellMe.Web.Files;
using TellMe.Web.Security;
using TellMe.Web.Services;

namespace TellMe.Web;

/// <summary>Builds the web app: services, security middleware, pages and assets. Used by <c>tellme serve</c> and by tests.</summary>
public static class TellMeServer
{
    /// <summary>The largest request body accepted: a bank file is at most 4 MB, and a form adds its encoding.</summary>
    public const long MaxRequestBody = 6 * 1024 * 1024;

    /// <summary>
    /// Builds the app. With <paramref name="options"/> (the CLI), those options are used and Kestrel listens where they
    /// say; without (Mvc.Testing), options come from configuration (<c>bank</c>, <c>token</c>, <c>host</c>) when the
    /// services are first used, so a test can set them.
    /// </summary>
    public static WebApplication Build(string[] args, ServeOptions? options = null)
    {
        // The check, the loader and the matcher run parallel loops on the thread pool; with the pool's default of one
        // thread per core, a request arriving meanwhile would wait for a thread to be injected (half a second each).
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), io);
        // With the bank known up front (the CLI), it is read, and then checked, while the web host is built: on two cores
        // the two overlap, and the first page finds the findings it shows ready or nearly so.
        var opening = options is null ? null : Task.Run(() =>
        {
            var workspace = BankWorkspace.Open(options.Bank, watch: true);
            var snapshot = workspace.Current;
            _ = Task.Run(() => (snapshot.Deck, snapshot.Diagnostics));
            return workspace;
        });
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            // Pages are compiled into this assembly; when the CLI hosts the app, its entry assembly is tellme.dll.
            ApplicationName = typeof(TellMeServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        // A port in use is reported by `tellme serve` in one line; the host's own stack trace would only repeat it.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Error);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);

        if (options is not null)
        {
            builder.Services.AddSingleton(options);
            builder.WebHost.ConfigureKestrel(k =>
            {
                var address = options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Host.Trim('[', ']'));
                k.Listen(address, options.Port);
                k.AddServerHeader = false;
                k.Limits.MaxRequestBodySize = MaxRequestBody;
                k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            });
        }
        else builder.Services.AddSingleton(sp => ServeOptions.From(sp.GetRequiredService<IConfiguration>()));

        builder.Services.AddSingleton(sp => opening is not null ? opening.GetAwaiter().GetResult() : BankWorkspace.Open(sp.GetRequiredService<ServeOptions>().Bank, watch: true));
        builder.Services.AddSingleton<BankViews>();
        builder.Services.AddSingleton<MatchService>();
        builder.Services.AddSingleton<PracticeViews>();
        builder.Services.AddSingleton<DashboardViews>();
        builder.Services.AddSingleton<DrillSessions>();
        builder.Services.AddSingleton<Debriefs>();
        builder.Services.AddSingleton<SpokenAnswers>();
        builder.Services.AddSingleton(TimeProvider.System);
        // Antiforgery tokens and the post-save message are protected with keys that live in memory only: nothing is
        // written outside the bank, and a restart simply asks for a page reload.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();

        // Razor Pages validate the antiforgery token of every POST handler by default; no page opts out.
        builder.Services.AddRazorPages();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "tellme_csrf";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__csrf";
        });
        builder.Services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = (int)MaxRequestBody;
            o.MultipartBodyLengthLimit = MaxRequestBody;
        });
        // DNS rebinding: a page on another site that resolves its name to 127.0.0.1 sends its own name as Host.
        builder.Services.AddHostFiltering(_ => { });
        builder.Services.AddSingleton<IConfigureOptions<HostFilteringOptions>, HostNames>();
        builder.Services.AddRouting(o => o.LowercaseUrls = true);

        var app = builder.Build();
        // The bank is read before the server listens (a missing bank fails here, not on the first request), and what
        // the pages derive from it is computed in the background as soon as the server is up: the matcher last, once the
        // first page has gone out (or after a few seconds without one), as it is the largest, only the match and plan
        // pages need it, and on two cores building it would slow the first page down.
        var views = app.Services.GetRequiredService<BankViews>();
        var firstPage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Lifetime.ApplicationStarted.Register(() => new Thread(() =>
        {
            try
            {
                views.Current.Warm();
                _ = app.Services.GetRequiredService<PracticeViews>().Current;
                firstPage.Task.Wait(TimeSpan.FromSeconds(3), app.Lifetime.ApplicationStopping);
                _ = app.Services.GetRequiredService<MatchService>().Matcher;
            }
            catch (Exception ex) when (ex is ObjectDisposedException or OperationCanceledException)
            {
                // The server stopped before the warm-up finished (a short-lived test host on a loaded machine): nothing to warm.
            }
        }) { IsBackground = true, Priority = ThreadPriority.BelowNormal, Name = "TellMe warm-up" }.Start());
        app.Use(async (context, next) =>
        {
            await next(context);
            if (!firstPage.Task.IsCompleted) firstPage.TrySetResult();
        });
        app.UseExceptionHandler("/status/500");
        app.UseHostFiltering();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<BodyLimit>();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        AssetEndpoints.Map(app);
        app.UseMiddleware<TokenGate>();
        app.MapRazorPages();
        return app;
    }
}
