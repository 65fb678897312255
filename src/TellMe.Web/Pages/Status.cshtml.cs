using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TellMe.Web.Pages;

/// <summary>The page for an error status (404, 400, 500): plain words, no stack trace; a failure is logged on the console.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(ILogger<StatusModel> logger) : PageModel
{
    /// <summary>The status code.</summary>
    public int Code { get; private set; }

    /// <summary>Shows it.</summary>
    public void OnGet(int code)
    {
        // A re-executed POST whose form could not be read (a NUL in a value) binds nothing: read the route itself.
        if (code == 0 && int.TryParse(RouteData.Values["code"] as string, out int fromRoute)) code = fromRoute;
        Code = code is >= 400 and <= 599 ? code : 500;
        Response.StatusCode = Code;
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
            logger.LogError(failure.Error, "{Method} {Path} failed", Request.Method, failure.Path);
    }

    /// <summary>The same, when a failed POST is re-executed here.</summary>
    public void OnPost(int code) => OnGet(code);
}
