using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellMe.Web.Security;

namespace TellMe.Web.Pages;

/// <summary>The login page of a server started with a token: the token once, then an HttpOnly, SameSite=Strict cookie.</summary>
public sealed class LoginModel(ServeOptions options) : PageModel
{
    /// <summary>The token typed.</summary>
    [BindProperty] public string? Token { get; set; }
    /// <summary>Where to go after.</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    /// <summary>True after a wrong token.</summary>
    public bool Wrong { get; private set; }

    /// <summary>Shows the form (or goes home when no token is needed).</summary>
    public IActionResult OnGet() => options.Token is null ? Redirect("/") : Page();

    /// <summary>Checks the token and sets the cookie.</summary>
    public IActionResult OnPost()
    {
        if (options.Token is null) return Redirect("/");
        if (!TokenGate.Matches(options.Token, Token))
        {
            Wrong = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        Response.Cookies.Append(TokenGate.Cookie, TokenGate.Proof(options.Token), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(30),
        });
        // Only a local path: never redirect to another site.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
