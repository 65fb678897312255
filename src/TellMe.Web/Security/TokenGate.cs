using System.Security.Cryptography;
using System.Text;

namespace TellMe.Web.Security;

/// <summary>
/// When the app has a token, nothing but the login page and the assets is served until the browser proves it knows
/// the token: the login page sets an HttpOnly, SameSite=Strict cookie holding an HMAC of the token (never the token
/// itself), compared in constant time on every request.
/// </summary>
public sealed class TokenGate(RequestDelegate next, ServeOptions options)
{
    /// <summary>The cookie's name.</summary>
    public const string Cookie = "tellme_auth";

    /// <summary>The cookie value for a token.</summary>
    public static string Proof(string token) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), "tellme-login-v1"u8));

    /// <summary>True when <paramref name="given"/> is the token.</summary>
    public static bool Matches(string? token, string? given) =>
        token is not null && given is not null &&
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));

    /// <summary>True when the request carries the login cookie (or no token is required).</summary>
    public static bool IsSignedIn(HttpContext context, ServeOptions options)
    {
        if (options.Token is null) return true;
        string? cookie = context.Request.Cookies[Cookie];
        return cookie is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(Proof(options.Token)));
    }

    /// <summary>Lets the request through, or sends it to the login page.</summary>
    public Task Invoke(HttpContext context)
    {
        var path = context.Request.Path;
        if (IsSignedIn(context, options) || path.StartsWithSegments("/login") || path.StartsWithSegments("/assets") || path.StartsWithSegments("/status"))
            return next(context);
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            string back = context.Request.Path + context.Request.QueryString;
            context.Response.Redirect("/login?returnUrl=" + Uri.EscapeDataString(back));
        }
        else context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
