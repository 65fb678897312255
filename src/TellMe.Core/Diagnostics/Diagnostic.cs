namespace TellMe.Diagnostics;

/// <summary>How bad a finding is. Errors make <c>tellme check</c> exit 1.</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails a check.</summary>
    Info,
    /// <summary>Probably a mistake in the bank.</summary>
    Warning,
    /// <summary>The bank is wrong or could not be read.</summary>
    Error,
}

/// <summary>
/// One finding, shaped like a compiler's: a stable code, where it is (bank-relative file, 1-based line and
/// column), what is wrong, and a one-line hint on how to fix it.
/// </summary>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    /// <summary>The compiler-style line: <c>stories/CR2.md:12:3: warning TM007: …</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}

/// <summary>Codes of diagnostics that are not check rules: reading files and pages.</summary>
public static class InputCodes
{
    /// <summary>A file could not be read: missing, binary, too large, not UTF-8.</summary>
    public const string Unreadable = "TM101";
    /// <summary>A YAML header or file is malformed.</summary>
    public const string BadYaml = "TM102";
    /// <summary>Two story files claim one ID.</summary>
    public const string DuplicateId = "TM103";
    /// <summary>A page whose format TellMe does not recognise.</summary>
    public const string UnknownFormat = "TM104";
    /// <summary>A page that is recognised but whose structure is broken (a table cut off half way).</summary>
    public const string MalformedPage = "TM105";
    /// <summary>A bank file whose content does not fit the bank format (missing key, wrong type).</summary>
    public const string BadBankFile = "TM106";
    /// <summary>A write that would overwrite an existing file without --force.</summary>
    public const string WouldOverwrite = "TM107";
    /// <summary>A page read as Key/Value entries that is no interview page (a work history, a profile): skipped.</summary>
    public const string NotInterviewPage = "TM108";
    /// <summary>A page that <c>tellme build</c> will not write back exactly as it was imported.</summary>
    public const string NotRoundTrip = "TM109";
    /// <summary>An import that would drop text only the bank has (pass --prune to drop it).</summary>
    public const string WouldDrop = "TM110";
    /// <summary>Something an import decided for the user to know: a (New) story renumbered, an answer key shared by two pages.</summary>
    public const string ImportNote = "TM111";
}
