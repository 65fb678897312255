using Spectre.Console;
using TellMe.Check;
using TellMe.Diagnostics;

namespace TellMe.Cli.Output;

/// <summary>Prints diagnostics as compiler-style text, JSON or SARIF 2.1.0.</summary>
public static class DiagnosticsOutput
{
    /// <summary>Compiler-style lines with a hint under each, and a closing count.</summary>
    public static void Text(Terminal terminal, IReadOnlyList<Diagnostic> diagnostics, string? basePath = null)
    {
        foreach (var d in diagnostics)
        {
            string file = basePath is null ? d.File : Path.Combine(basePath, d.File);
            string where = $"{file}:{d.Line}:{d.Column}:";
            string severity = d.Severity.ToString().ToLowerInvariant();
            if (!terminal.Interactive)
            {
                // One finding per line, never wrapped, so grep and editors' error parsers read it.
                terminal.Out.WriteLine($"{where} {severity} {d.Code}: {d.Message}");
                if (d.Hint is not null) terminal.Out.WriteLine($"  hint: {d.Hint}");
                continue;
            }
            string colour = d.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "blue" };
            terminal.Console.MarkupLine($"[bold]{Markup.Escape(where)}[/] [{colour}]{severity} {d.Code}[/]: {Markup.Escape(d.Message)}");
            if (d.Hint is not null) terminal.Console.MarkupLine($"  [dim]hint: {Markup.Escape(d.Hint)}[/]");
        }
        Summary(terminal, diagnostics);
    }

    /// <summary>The closing line: counts by severity.</summary>
    public static void Summary(Terminal terminal, IReadOnlyList<Diagnostic> diagnostics)
    {
        int errors = diagnostics.Count(d => d.Severity == Severity.Error);
        int warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        int infos = diagnostics.Count(d => d.Severity == Severity.Info);
        string line = $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "note")}";
        if (!terminal.Interactive)
        {
            terminal.Out.WriteLine(line);
            return;
        }
        string colour = errors > 0 ? "red" : warnings > 0 ? "yellow" : "green";
        terminal.Console.MarkupLine($"[{colour}]{line}[/]");
    }

    private static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";

    /// <summary>The diagnostics and their counts as JSON.</summary>
    public static void JsonArray(Terminal terminal, IReadOnlyList<Diagnostic> diagnostics) =>
        Json.Write(terminal.Out, DiagnosticsJson.From(diagnostics));

    /// <summary>SARIF 2.1.0, so code-scanning UIs show the findings on the bank's files.</summary>
    public static void Sarif(Terminal terminal, IReadOnlyList<Diagnostic> diagnostics)
    {
        var rules = Checker.Rules.Select(r => new SarifRule(r.Code, r.Title, new SarifText(r.Title), new SarifConfiguration(Level(r.Severity)),
            "docs/check-rules.md#" + r.Code.ToLowerInvariant())).ToList();
        var results = diagnostics.Select(d => new SarifResult(d.Code, Level(d.Severity),
            new SarifText(d.Hint is null ? d.Message : $"{d.Message}. Hint: {d.Hint}"),
            [new SarifLocation(new SarifPhysicalLocation(new SarifArtifact(d.File), new SarifRegion(d.Line, d.Column)))])).ToList();
        Json.Write(terminal.Out, new SarifLog("https://json.schemastore.org/sarif-2.1.0.json", "2.1.0",
            [new SarifRun(new SarifTool(new SarifDriver("TellMe", "docs/check-rules.md", rules)), results)]));
    }

    private static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
}
