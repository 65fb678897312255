using System.Collections.Frozen;
using System.Security.Cryptography;

namespace TellMe.Web;

/// <summary>
/// The stylesheet, script and icon, embedded in the assembly and served from memory with a content hash as ETag and
/// in the URL (<c>/assets/site.css?v=…</c>), so a browser caches them until TellMe changes. Only these names exist:
/// no path from a URL ever reaches the file system.
/// </summary>
public static class AssetEndpoints
{
    private sealed record Asset(byte[] Bytes, string ContentType, string Hash);

    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    /// <summary>The URL of an asset, with its version.</summary>
    public static string Url(string name) => $"/assets/{name}?v={Assets[name].Hash}";

    /// <summary>
    /// Maps <c>GET /assets/{name}</c>. A plain <see cref="RequestDelegate"/>: a handler with parameters would go through
    /// the request delegate factory, whose reflection and code generation cost a tenth of a second at every start.
    /// </summary>
    public static void Map(WebApplication app) => app.MapGet("/assets/{name}", (RequestDelegate)Serve);

    private static Task Serve(HttpContext context)
    {
        if (context.Request.RouteValues["name"] is not string name || !Assets.TryGetValue(name, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        string etag = $"\"{asset.Hash}\"";
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Bytes.Length;
        return context.Response.Body.WriteAsync(asset.Bytes).AsTask();
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(AssetEndpoints).Assembly;
        const string prefix = "TellMe.Web.Assets.";
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            string name = resource[prefix.Length..];
            string type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            assets[name] = new Asset(bytes, type, Convert.ToHexString(SHA256.HashData(bytes))[..16].ToLowerInvariant());
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
