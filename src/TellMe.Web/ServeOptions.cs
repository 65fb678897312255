using System.Net;
using Microsoft.Extensions.Configuration;

namespace TellMe.Web;

/// <summary>How <c>tellme serve</c> was asked to run.</summary>
public sealed record ServeOptions
{
    /// <summary>The environment variable that can hold the token instead of <c>--token</c> (kept out of shell history).</summary>
    public const string TokenVariable = "TELLME_TOKEN";

    /// <summary>The default port.</summary>
    public const int DefaultPort = 5178;

    /// <summary>The bank folder.</summary>
    public string Bank { get; init; } = ".";

    /// <summary>The address to listen on; 127.0.0.1 unless the user asks otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The secret a browser must give once (login page) before it sees anything; null when not required.</summary>
    public string? Token { get; init; }

    /// <summary>True when the address is a loopback one: only this machine can connect.</summary>
    public bool IsLoopback => Host is "localhost" || (IPAddress.TryParse(Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Why these options must not be served, or null when they may.</summary>
    public string? Problem()
    {
        if (Port is < 0 or > 65535) return $"--port {Port} is not a port (0-65535)";
        if (Host != "localhost" && !IPAddress.TryParse(Host.Trim('[', ']'), out _))
            return $"--host '{Host}' is not an IP address; give one such as 127.0.0.1, 0.0.0.0 or 192.168.1.20";
        if (!IsLoopback && string.IsNullOrEmpty(Token))
            return $"--host {Host} lets other machines connect: give a secret with --token SECRET (or the {TokenVariable} environment variable) so that only people who know it get in";
        if (Token is { Length: < 8 }) return "the token must be at least 8 characters long";
        return null;
    }

    /// <summary>Options from configuration keys (<c>--bank</c>, <c>--host</c>, <c>--port</c>, <c>--token</c>) and the environment.</summary>
    public static ServeOptions From(IConfiguration configuration) => new()
    {
        Bank = configuration["bank"] ?? ".",
        Host = configuration["host"] ?? "127.0.0.1",
        Port = int.TryParse(configuration["port"], out int port) ? port : DefaultPort,
        Token = NullIfEmpty(configuration["token"]) ?? NullIfEmpty(Environment.GetEnvironmentVariable(TokenVariable)),
    };

    /// <summary>Options from command-line style arguments.</summary>
    public static ServeOptions FromArgs(string[] args) => From(new ConfigurationBuilder().AddCommandLine(args).Build());

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
