using TellMe.Diagnostics;

namespace TellMe.Cli.Output;

/// <summary><c>check --json</c> (and import's refusals): every finding and the counts by severity.</summary>
public sealed record DiagnosticsJson(IReadOnlyList<DiagnosticJson> Diagnostics, int Errors, int Warnings, int Notes)
{
    /// <summary>The JSON of a list of diagnostics.</summary>
    public static DiagnosticsJson From(IReadOnlyList<Diagnostic> diagnostics) => new(
        [.. diagnostics.Select(d => new DiagnosticJson(d.Code, d.Severity, d.File, d.Line, d.Column, d.Message, d.Hint))],
        diagnostics.Count(d => d.Severity == Severity.Error),
        diagnostics.Count(d => d.Severity == Severity.Warning),
        diagnostics.Count(d => d.Severity == Severity.Info));
}

/// <summary>One finding: rule, severity, place (file relative to the bank, 1-based line and column), message and hint.</summary>
public sealed record DiagnosticJson(string Code, Severity Severity, string File, int Line, int Column, string Message, string? Hint);
