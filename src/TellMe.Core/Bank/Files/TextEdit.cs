namespace TellMe.Bank.Files;

/// <summary>
/// One surgical change to a file: the characters <c>[Start, Start + Length)</c> of its <see cref="SourceText.Text"/>
/// replaced by <see cref="Text"/> (an insertion when <see cref="Length"/> is 0, a deletion when the text is empty).
/// Every writer of an existing bank file expresses what it changes as such edits, so everything outside them
/// (comments, blank lines, list markers, HTML, key order, unknown keys) is kept byte for byte.
/// </summary>
/// <param name="Start">Where the replaced characters start.</param>
/// <param name="Length">How many characters are replaced.</param>
/// <param name="Text">The new characters, with <c>\n</c> line breaks.</param>
public readonly record struct TextEdit(int Start, int Length, string Text)
{
    /// <summary>Where the replaced characters end (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>An insertion at <paramref name="at"/>.</summary>
    public static TextEdit Insert(int at, string text) => new(at, 0, text);

    /// <summary>A deletion of <c>[start, end)</c>.</summary>
    public static TextEdit Delete(int start, int end) => new(start, end - start, "");

    /// <summary>A replacement of <c>[start, end)</c>.</summary>
    public static TextEdit Replace(int start, int end, string text) => new(start, end - start, text);

    /// <summary>True when the edit changes nothing.</summary>
    public bool IsEmpty => Length == 0 && Text.Length == 0;

    /// <summary>
    /// The edits sorted by position, empty ones dropped. Insertions at one position keep the order they were
    /// made in and come before a replacement that starts there; overlapping replacements are a bug in the
    /// caller and throw.
    /// </summary>
    public static IReadOnlyList<TextEdit> Ordered(IEnumerable<TextEdit> edits, int textLength)
    {
        var list = edits.Select((e, i) => (Edit: e, Order: i)).Where(x => !x.Edit.IsEmpty).ToList();
        list.Sort((a, b) =>
        {
            int c = a.Edit.Start.CompareTo(b.Edit.Start);
            if (c != 0) return c;
            c = a.Edit.Length.CompareTo(b.Edit.Length); // insertions first
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
        int end = 0;
        foreach (var (e, _) in list)
        {
            if (e.Start < 0 || e.End > textLength) throw new ArgumentOutOfRangeException(nameof(edits), $"edit [{e.Start}, {e.End}) is outside the text (length {textLength})");
            if (e.Start < end) throw new ArgumentException($"edits overlap at {e.Start}", nameof(edits));
            end = Math.Max(end, e.End);
        }
        return [.. list.Select(x => x.Edit)];
    }

    /// <summary>Applies edits to a plain string (positions in it).</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = Ordered(edits, text.Length);
        if (ordered.Count == 0) return text;
        var sb = new System.Text.StringBuilder(text.Length + 64);
        int at = 0;
        foreach (var e in ordered)
        {
            sb.Append(text, at, e.Start - at).Append(e.Text);
            at = e.End;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }
}
