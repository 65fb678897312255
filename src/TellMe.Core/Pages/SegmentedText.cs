using System.Text;

namespace TellMe.Pages;

/// <summary>
/// A page written in named segments (the front matter, an entry, the table around the entries), so that the
/// drift a page records for one entry is applied to that entry and nowhere else.
/// </summary>
public sealed class SegmentedText
{
    private readonly List<(string Segment, StringBuilder Text)> _segments = [];

    /// <summary>Starts a segment and returns where to write it.</summary>
    public StringBuilder Begin(string segment)
    {
        var sb = new StringBuilder();
        _segments.Add((segment, sb));
        return sb;
    }

    /// <summary>The segments written so far, in order.</summary>
    public IReadOnlyList<(string Segment, string Text)> Segments => [.. _segments.Select(s => (s.Segment, s.Text.ToString()))];
}
