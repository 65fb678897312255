using System.Net;
using System.Net.Http.Headers;

namespace TellMe.Web.Tests;

/// <summary>The browser is an attack surface: encoding, paths, hosts, body limits and the token.</summary>
public sealed class SecurityTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly HttpClient _client;

    public SecurityTests() => _client = _app.Client();

    public void Dispose() => _app.Dispose();

    public const string Hostile = "---\nid: XS1\ntitle: \"<script>window.__xss = 1</script> and \\\"><img src=x onerror=window.__xss=2>\"\ncompany: \"<b>Evil</b>\"\n---\n\n" +
        "## Situation\n\n<script>window.__xss = 3</script>\n\n## Action\n\n- \"><img src=x onerror=\"window.__xss=4\"> and [a link](javascript:window.__xss=5)\n";

    [Fact]
    public async Task User_text_with_markup_is_shown_as_text_everywhere()
    {
        _app.Bank.Write("stories/XS1.md", Hostile);
        ((TellMe.Data.BankWorkspace)_app.Services.GetService(typeof(TellMe.Data.BankWorkspace))!).Refresh();
        foreach (var url in new[] { "/stories/XS1", "/stories?q=script", "/edit?file=stories%2FXS1.md", "/match?q=script+img", "/" })
        {
            string html = await _client.Ok(url);
            Assert.DoesNotContain("<script>window", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b>Evil", html);
            Assert.DoesNotContain("href=\"javascript:", html);
        }
        string story = await _client.Ok("/stories/XS1");
        Assert.Contains("&lt;script&gt;window.__xss = 1&lt;/script&gt;", story);
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("..%252f..%252f..%252fetc%252fpasswd")]
    [InlineData("stories/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("stories%2f..%2f..%2ftellme.yaml")]
    [InlineData("%2fetc%2fpasswd")]
    [InlineData("/etc/passwd")]
    [InlineData("stories/../../outside.md")]
    [InlineData("stories\\..\\..\\outside.md")]
    [InlineData(".tellme/practice.db")]
    [InlineData("stories/CR2.md%00.yaml")]
    public async Task No_editor_url_reaches_outside_the_bank(string path)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_app.Bank.Root)!, "outside.md"), "secret outside the bank");
        var response = await _client.GetAsync("/edit?file=" + path);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-testid=\"refused\"", html);
        Assert.DoesNotContain("root:", html);
        Assert.DoesNotContain("secret outside", html);
        string page = await _client.Ok("/edit?file=stories%2FCR2.md");
        var save = await _client.Post("/edit", ("__csrf", Http.Csrf(page)), ("File", WebUtility.UrlDecode(path)), ("Hash", ""), ("Text", "overwritten"));
        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
    }

    [Theory]
    [InlineData("/stories/..%2f..%2fetc%2fpasswd")]
    [InlineData("/stories/..%252f..%252fetc%252fpasswd")]
    [InlineData("/answers/..%2f..%2ftellme")]
    [InlineData("/assets/..%2f..%2fappsettings.json")]
    [InlineData("/assets/%2fetc%2fpasswd")]
    [InlineData("/stories/%2fetc%2fpasswd")]
    public async Task No_page_url_reaches_outside_the_bank(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_link_in_the_bank_that_points_outside_is_neither_read_nor_written()
    {
        string outside = Path.Combine(Path.GetTempPath(), "tellme-web-tests", "outside-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(outside, "---\nid: LK1\ntitle: Secret from outside\n---\n\n## Situation\n\nprivate text outside the bank\n");
        try
        {
            File.CreateSymbolicLink(_app.Bank.File("stories/LK1.md"), outside);
            ((TellMe.Data.BankWorkspace)_app.Services.GetService(typeof(TellMe.Data.BankWorkspace))!).Refresh();
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/stories/LK1")).StatusCode);
            Assert.DoesNotContain("Secret from outside", await _client.Ok("/stories?q=secret"));
            var edit = await _client.GetAsync("/edit?file=stories%2FLK1.md");
            Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
            Assert.DoesNotContain("private text", await edit.Content.ReadAsStringAsync());
            Assert.Contains("outside the bank", Http.Text(await _client.Ok("/check")));
            string page = await _client.Ok("/edit?file=stories%2FCR2.md");
            var save = await _client.Post("/edit", ("__csrf", Http.Csrf(page)), ("File", "stories/LK1.md"), ("Hash", ""), ("Text", "overwritten"));
            Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
            Assert.Contains("private text outside the bank", File.ReadAllText(outside));
            // A folder of the bank that is a link out is refused the same way.
            string outDir = Path.Combine(Path.GetTempPath(), "tellme-web-tests", "outdir-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(outDir);
            File.WriteAllText(Path.Combine(outDir, "a.md"), "---\nkey: Leak\n---\n");
            Directory.Delete(_app.Bank.File("answers"), recursive: true);
            Directory.CreateSymbolicLink(_app.Bank.File("answers"), outDir);
            Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/edit?file=answers%2Fa.md")).StatusCode);
        }
        finally { File.Delete(outside); }
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("attacker.localhost.example")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task A_foreign_host_name_is_refused(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host;
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var ok in new[] { "localhost", "127.0.0.1:5178", "[::1]:5178" })
        {
            var fine = new HttpRequestMessage(HttpMethod.Get, "/");
            fine.Headers.Host = ok;
            Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(fine)).StatusCode);
        }
    }

    [Fact]
    public async Task A_request_body_over_the_limit_is_refused()
    {
        string before = _app.Bank.Read("stories/CR2.md");
        var big = new ByteArrayContent(new byte[7 * 1024 * 1024]);
        big.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var response = await _client.PostAsync("/edit", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, _app.Bank.Read("stories/CR2.md"));
    }

    [Fact]
    public async Task Security_headers_are_sent()
    {
        var response = await _client.GetAsync("/");
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        string csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }
}

/// <summary>A server with a token lets nobody in before the login page.</summary>
public sealed class TokenTests : IDisposable
{
    private const string Token = "correct-horse-battery";
    private readonly WebApp _app = new(token: Token, host: "0.0.0.0");

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Without_the_cookie_every_page_sends_to_the_login()
    {
        var client = _app.Client();
        foreach (var url in new[] { "/", "/stories/CR2", "/edit?file=stories%2FCR2.md", "/progress" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/login?returnUrl=", response.Headers.Location!.OriginalString);
        }
        var post = await client.Post("/drill", ("Seconds", "60"));
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Fact]
    public async Task The_login_page_sets_an_httponly_samesite_strict_cookie_for_the_right_token_only()
    {
        var client = _app.Client();
        string login = await client.Ok("/login?returnUrl=%2Fstories%2FCR2");
        var wrong = await client.Post("/login", ("__csrf", Http.Csrf(login)), ("Token", "wrong-token-here"), ("ReturnUrl", "/stories/CR2"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(wrong.Headers.TryGetValues("Set-Cookie", out var none) && none.Any(c => c.StartsWith("tellme_auth", StringComparison.Ordinal)));

        var right = await client.Post("/login", ("__csrf", Http.Csrf(login)), ("Token", Token), ("ReturnUrl", "/stories/CR2"));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/stories/CR2", right.Headers.Location!.OriginalString);
        string cookie = right.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tellme_auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Token, cookie);
        Assert.Contains("thread dumps", Http.Text(await client.Ok("/stories/CR2")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        // Never a redirect to another site after login.
        var offsite = await client.Post("/login", ("__csrf", Http.Csrf(login)), ("Token", Token), ("ReturnUrl", "https://evil.example/"));
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
    }
}
