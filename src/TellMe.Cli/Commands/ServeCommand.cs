using System.CommandLine;
using System.Diagnostics;
using System.Net.Sockets;
using TellMe.Cli.Output;
using TellMe.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using TellMe.Web;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme serve</c>: the bank as a local web app.</summary>
public static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var bank = BankOption.Create();
        var host = new Option<string>("--host") { Description = "The address to listen on. Anything but 127.0.0.1/localhost needs --token.", DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var port = new Option<int>("--port", "-p") { Description = "The port (0 picks a free one).", DefaultValueFactory = _ => ServeOptions.DefaultPort, HelpName = "N" };
        var token = new Option<string?>("--token") { Description = $"A secret a browser must enter once before it sees the bank (or set {ServeOptions.TokenVariable}).", HelpName = "SECRET" };
        var open = new Option<bool>("--open") { Description = "Open the app in the default browser." };
        var command = new Command("serve", $"""
            Serve the bank as a web app on this machine: the dashboard (check findings, cards due, coverage,
            mastery, readiness), stories and answers with search and an editor with live preview, match, plan,
            drill and progress. The app follows the bank folder: an edit made in your editor shows on the next
            page load. Nothing leaves your machine; it listens on 127.0.0.1 unless you pass --host, which then
            needs --token (or {ServeOptions.TokenVariable}). Ctrl-C stops it.

            Examples:
              tellme serve --bank examples/bank
              tellme serve --port 8080 --open
              TELLME_TOKEN=correct-horse tellme serve --host 0.0.0.0
            """) { bank, host, port, token, open };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(bank)!;
            if (BankWorkspace.Problem(dir.ToString()) is { } problem)
            {
                terminal.Fail(problem);
                return ExitCodes.Usage;
            }
            var options = new ServeOptions
            {
                Bank = dir.FullName,
                Host = parse.GetValue(host)!,
                Port = parse.GetValue(port),
                Token = parse.GetValue(token) is { Length: > 0 } t ? t : Environment.GetEnvironmentVariable(ServeOptions.TokenVariable) is { Length: > 0 } e ? e : null,
            };
            if (options.Problem() is { } refused)
            {
                terminal.Fail(refused);
                return ExitCodes.Usage;
            }
            WebApplication app;
            try
            {
                app = TellMeServer.Build([], options);
                app.Start();
            }
            catch (IOException ex) when (ex.InnerException is SocketException || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                terminal.Fail($"cannot listen on {options.Host}:{options.Port}: the port is in use. Pass --port N (or --port 0 for any free port).");
                return ExitCodes.Usage;
            }
            catch (SocketException ex)
            {
                terminal.Fail($"cannot listen on {options.Host}:{options.Port}: {ex.Message}");
                return ExitCodes.Usage;
            }
            string url = app.Urls.FirstOrDefault() is { } bound ? bound.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/" : "";
            terminal.Out.WriteLine($"TellMe is serving {dir} at {url}");
            terminal.Out.WriteLine(options.Token is null ? "Only this machine can connect. Press Ctrl-C to stop." : "Browsers must sign in with the token. Press Ctrl-C to stop.");
            terminal.Out.Flush();
            if (parse.GetValue(open)) OpenBrowser(terminal, url);
            app.WaitForShutdown();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            terminal.Out.WriteLine("Stopped.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void OpenBrowser(Terminal terminal, string url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            terminal.Fail($"could not open a browser ({ex.Message}); open {url} yourself");
        }
    }
}
