using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace TellMe.Web.Tests;

/// <summary>A copy of the demo bank in a fresh temporary folder, removed at the end.</summary>
public sealed class TempBank : IDisposable
{
    public TempBank()
    {
        Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "bank"), Root);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "tellme-web-tests", Guid.NewGuid().ToString("N"));

    public string File(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => System.IO.File.ReadAllText(File(relative));

    public void Write(string relative, string text) => System.IO.File.WriteAllText(File(relative), text);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) System.IO.File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The app on a temporary bank, in memory (Mvc.Testing's TestServer).</summary>
public sealed class WebApp : WebApplicationFactory<Program>
{
    private readonly string? _token;
    private readonly string? _host;

    public WebApp(string? token = null, string? host = null)
    {
        (_token, _host) = (token, host);
    }

    public TempBank Bank { get; } = new();

    /// <summary>The app's clock, when a test fixes it (else the system's).</summary>
    public TimeProvider? Time { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (Time is { } time) builder.ConfigureTestServices(s => s.AddSingleton(time));
        builder.UseSetting("bank", Bank.Root);
        if (_token is not null) builder.UseSetting("token", _token);
        if (_host is not null) builder.UseSetting("host", _host);
    }

    /// <summary>A client that keeps cookies and does not follow redirects (tests look at them).</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Bank.Dispose();
    }
}

/// <summary>A clock stopped at one instant, in UTC.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

public static partial class Http
{
    [GeneratedRegex("name=\"__csrf\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<input type=\"hidden\" name=\"Hash\" value=\"([0-9a-f]+)\"")]
    private static partial Regex HashField();

    /// <summary>The antiforgery token of a page's form.</summary>
    public static string Csrf(string html)
    {
        var m = Token().Match(html);
        if (!m.Success) m = Regex.Match(html, "name=\"__csrf\" value=\"([^\"]+)\"");
        Assert.True(m.Success, "the page has no antiforgery token");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    /// <summary>The editor's hash field.</summary>
    public static string Hash(string html)
    {
        var m = HashField().Match(html);
        Assert.True(m.Success, "the editor has no hash field");
        return m.Groups[1].Value;
    }

    public static async Task<string> Ok(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        return body;
    }

    public static Task<HttpResponseMessage> Post(this HttpClient client, string url, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    public static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));
}
