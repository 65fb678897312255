using System.Collections.Immutable;

namespace TellMe.Bank;

/// <summary>
/// How one line of a page differs from the page's regular layout, in spelling only: the line's lead (indentation
/// and bullet), its trailing whitespace (a CR included), the blank lines before it, and how it spells characters
/// and gaps inside it (<c>&amp;#39;</c> for <c>'</c>, <c>&amp;nbsp;</c> or two spaces for one). Lines are counted
/// from 0 within their segment.
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

    /// <summary>How the page spells characters inside the line where the layout spells them otherwise, or null.</summary>
    public ImmutableArray<Respelling>? Spell { get; init; }
}

/// <summary>
/// One respelling inside a line: the <paramref name="Length"/> characters at <paramref name="At"/> of the line's
/// text (after its lead) as the layout writes them are written <paramref name="Text"/>, which means the same
/// (an entity for its character, another run of spaces for a gap).
/// </summary>
public sealed record Respelling(int At, int Length, string Text);

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
