using Microsoft.AspNetCore.Http.Features;

namespace TellMe.Web.Security;

/// <summary>
/// Refuses a request body over <see cref="TellMeServer.MaxRequestBody"/> with 413 before anything reads it, whether
/// the client announces its length or streams it (Kestrel then stops reading at the limit).
/// </summary>
public sealed class BodyLimit(RequestDelegate next)
{
    /// <summary>Checks the length, then runs the rest of the pipeline.</summary>
    public Task Invoke(HttpContext context)
    {
        if (context.Request.ContentLength > TellMeServer.MaxRequestBody)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return context.Response.WriteAsync("The request is too large.");
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = TellMeServer.MaxRequestBody;
        return next(context);
    }
}
