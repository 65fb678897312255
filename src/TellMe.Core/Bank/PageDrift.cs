using System.Collections.Immutable;

namespace TellMe.Bank;

/// <summary>
/// How one line of a page differs from the page's regular layout, in whitespace and list markers only: the
/// line's lead (indentation and bullet), its trailing whitespace (a CR included), or the blank lines before it.
/// Lines are counted from 0 within their segment.
/// </summary>
public sealed record LineDrift
{
    /// <summary>The line within the segment, as the regular layout writes it (0-based).</summary>
    public required int At { get; init; }

    /// <summary>The line's lead as the page writes it (indentation and list marker), when it differs.</summary>
    public string? Lead { get; init; }

    /// <summary>What follows the line's last visible character, when it differs: spaces, a CR, nothing.</summary>
    public string? Trail { get; init; }

    /// <summary>The blank lines before this line as the page writes them, when they differ.</summary>
    public ImmutableArray<string>? Blanks { get; init; }
}

/// <summary>
/// The drift of one segment of a page (an entry, or the table around them). It applies only while the segment
/// renders exactly as it did at import (<see cref="Hash"/>): once the user changes the entry, the entry is written
/// in the page's regular layout, so stale whitespace never lands on other lines.
/// </summary>
public sealed record SegmentDrift(string Segment, string Hash, ImmutableArray<LineDrift> Lines);

/// <summary>An entry a page shows, and how the page writes its key when that is not the key itself.</summary>
/// <param name="Id">The answer key (or principle ID) the entry shows.</param>
/// <param name="Shown">The key as the page writes it, in Markdown (<c>Why searching&lt;br&gt;a new position</c>), or null.</param>
public sealed record PageEntryRef(string Id, string? Shown = null);
