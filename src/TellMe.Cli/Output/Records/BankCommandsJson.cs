using TellMe.Check.Fixes;

namespace TellMe.Cli.Output;

/// <summary><c>fix --json</c>: whether files were written, the changes (each with every line it touched), the files changed, and how many findings remain.</summary>
public sealed record FixJson(bool Written, IReadOnlyList<FixChange> Changes, IReadOnlyList<string> Files, int Remaining);

/// <summary><c>build --json</c>: the output folder and each page written.</summary>
public sealed record BuildJson(string Out, IReadOnlyList<BuiltPageJson> Pages);

/// <summary>A page written, relative to the output folder, and its size in UTF-8 bytes.</summary>
public sealed record BuiltPageJson(string File, int Bytes);

/// <summary><c>init --json</c>: the new bank's folder and the files created, relative to it.</summary>
public sealed record InitJson(string Bank, IReadOnlyList<string> Files);

/// <summary>
/// <c>import --json</c>: what was read, what the bank now holds, what was written, and what check finds;
/// <c>notes</c> (only when there are some) names the files that had to be written whole instead of edited in place.
/// </summary>
public sealed record ImportJson(
    string Bank,
    IReadOnlyList<ImportedPageJson> Pages,
    int Stories,
    int Answers,
    int Principles,
    ImportFilesJson Files,
    IReadOnlyList<string> ImportDiagnostics,
    IReadOnlyList<string> Unreadable,
    ImportFindingsJson CheckFindings,
    IReadOnlyList<string>? Notes = null);

/// <summary>A page imported: its file name, the format recognised, the layout it is written in, and how many entries it had.</summary>
public sealed record ImportedPageJson(string File, string Kind, string Layout, int Entries);

/// <summary>Bank files created, updated and left unchanged.</summary>
public sealed record ImportFilesJson(int Created, int Updated, int Unchanged);

/// <summary>What <c>tellme check</c> finds in the imported bank.</summary>
public sealed record ImportFindingsJson(int Errors, int Warnings, int Notes);
