using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace TellMe.Web.Security;

/// <summary>
/// The Host headers the app answers: loopback names, plus the address it was asked to listen on. A DNS-rebinding page
/// (evil.example resolving to 127.0.0.1) sends its own name and gets 400. Listening on every address (0.0.0.0, ::)
/// needs a token, and then any name is accepted, because the login cookie is what keeps strangers out.
/// </summary>
public sealed class HostNames(ServeOptions options) : IConfigureOptions<HostFilteringOptions>
{
    /// <inheritdoc />
    public void Configure(HostFilteringOptions o)
    {
        o.AllowEmptyHosts = false;
        o.IncludeFailureMessage = false;
        bool everywhere = options.Host is "0.0.0.0" or "::" or "[::]";
        o.AllowedHosts = everywhere && options.Token is not null ? ["*"] : ["localhost", "127.0.0.1", "[::1]", options.Host];
    }
}
