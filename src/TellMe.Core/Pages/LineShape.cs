namespace TellMe.Pages;

/// <summary>
/// One line cut into what drift may change and what it may not: the lead (indentation and a list marker),
/// the body, and the trail (spaces, tabs and a CR after the last visible character).
/// </summary>
public readonly record struct LineShape(string Lead, string Body, string Trail)
{
    /// <summary>A line with nothing but whitespace.</summary>
    public bool IsBlank => Body.Length == 0 && Lead.Trim().Length == 0;

    /// <summary>
    /// What two lines must share to be the same line in another spelling: what the body says (entities decoded,
    /// gaps one space, see <see cref="Spelling"/>), and whether it is a list item.
    /// </summary>
    public string Key => (Lead.Trim().Length > 0 ? "\u2022" : "") + Spelling.Meaning(Body);

    /// <summary>Cuts a line (without its LF; a CR stays in the trail).</summary>
    public static LineShape Of(string line)
    {
        int end = line.Length;
        while (end > 0 && line[end - 1] is ' ' or '\t' or '\r') end--;
        int start = 0;
        while (start < end && line[start] is ' ' or '\t') start++;
        int marker = MarkerLength(line, start, end);
        if (marker > 0)
        {
            start += marker;
            while (start < end && line[start] is ' ' or '\t') start++;
        }
        return new LineShape(line[..start], line[start..end], line[end..]);
    }

    // "- ", "* ", "+ ", "1. ", "1) " (or the marker alone at the end of the line).
    private static int MarkerLength(string line, int at, int end)
    {
        if (at >= end) return 0;
        int i = at;
        if (line[i] is '-' or '*' or '+') i++;
        else
        {
            while (i < end && i - at < 9 && char.IsAsciiDigit(line[i])) i++;
            if (i == at || i >= end || line[i] is not ('.' or ')')) return 0;
            i++;
        }
        return i == end || line[i] is ' ' or '\t' ? i - at : 0;
    }

    /// <summary>Splits text into lines on LF; the last element is what follows the last LF (often empty).</summary>
    public static string[] Lines(string text) => text.Split('\n');
}
