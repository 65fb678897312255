namespace TellMe.Bank.Files;

/// <summary>
/// A value as a reader returns it (a paragraph's text, a bullet's text, a YAML scalar) tied character by
/// character to where each character is written in the file. A reader keeps the user's characters but drops
/// some layout (a continuation line's indentation, trailing spaces, a block scalar's indentation); the map
/// records which file character each value character is, so that a change of the value becomes an edit of
/// exactly the file characters that changed, and the dropped layout around them stays.
/// </summary>
internal sealed class MappedText
{
    // For each value character, its position in the file; -1 for a character the file does not hold as such
    // (the blank line a reader puts between two blocks it joins).
    private readonly int[] _source;

    private MappedText(string value, int[] source, string continuation)
    {
        Value = value;
        _source = source;
        Continuation = continuation;
    }

    /// <summary>The value as read.</summary>
    public string Value { get; }

    /// <summary>What follows a line break the edit inserts (the indentation of the value's later lines).</summary>
    public string Continuation { get; }

    /// <summary>
    /// Ties <paramref name="value"/> to <c>text[from..to)</c>: each value character must be the next file
    /// character, skipping only spaces and tabs (indentation, trailing spaces) and, right after a line break,
    /// blank lines. Null when the value is not written that way (an escape in a quoted scalar, folded lines):
    /// whatever a reader makes of a text, it is mapped only if its characters are the file's, in order.
    /// </summary>
    public static MappedText? Align(string value, string text, int from, int to, string continuation)
    {
        var source = new int[value.Length];
        int s = from;
        for (int v = 0; v < value.Length; v++)
        {
            // Skippable: indentation and trailing spaces; after a line break, the blank lines a reader joins over.
            while (s < to && text[s] != value[v] && (text[s] is ' ' or '\t' || text[s] == '\n' && v > 0 && value[v - 1] == '\n')) s++;
            if (s >= to || text[s] != value[v]) return null;
            source[v] = s++;
        }
        return new MappedText(value, source, continuation);
    }

    /// <summary>Joins mapped pieces with a separator the file does not hold as such (blocks joined by a blank line).</summary>
    public static MappedText Join(IReadOnlyList<MappedText> pieces, string separator, string continuation)
    {
        var value = new System.Text.StringBuilder();
        var source = new List<int>();
        for (int i = 0; i < pieces.Count; i++)
        {
            if (i > 0)
            {
                value.Append(separator);
                source.AddRange(Enumerable.Repeat(-1, separator.Length));
            }
            value.Append(pieces[i].Value);
            source.AddRange(pieces[i]._source);
        }
        return new MappedText(value.ToString(), [.. source], continuation);
    }

    /// <summary>
    /// The edits that turn the file's text of this value into <paramref name="newValue"/>: line by line when
    /// both have as many lines (so an untouched line between two changed ones keeps its layout), else one
    /// edit from the first to the last changed character. Null when a changed character is not in the file as
    /// such.
    /// </summary>
    public IReadOnlyList<TextEdit>? EditsTo(string newValue)
    {
        if (newValue == Value) return [];
        var edits = new List<TextEdit>();
        var oldLines = LineStarts(Value);
        var newLines = LineStarts(newValue);
        if (oldLines.Count == newLines.Count)
        {
            for (int i = 0; i < oldLines.Count; i++)
            {
                var (os, ol) = oldLines[i];
                var (ns, nl) = newLines[i];
                if (string.CompareOrdinal(Value, os, newValue, ns, Math.Max(ol, nl)) == 0 && ol == nl) continue;
                if (Region(os, ol, newValue.Substring(ns, nl)) is not { } edit) return null;
                edits.Add(edit);
            }
            return edits;
        }
        return Region(0, Value.Length, newValue) is { } whole ? [whole] : null;
    }

    // The edit replacing Value[start..start+length) by replacement, trimmed to what differs.
    private TextEdit? Region(int start, int length, string replacement)
    {
        int prefix = 0;
        int max = Math.Min(length, replacement.Length);
        while (prefix < max && Value[start + prefix] == replacement[prefix]) prefix++;
        int suffix = 0;
        while (suffix < max - prefix && Value[start + length - 1 - suffix] == replacement[^(suffix + 1)]) suffix++;
        int from = start + prefix, to = start + length - suffix;
        string insert = replacement[prefix..(replacement.Length - suffix)];
        if (from == to)
        {
            // An insertion goes right after the character before it, or right before the one after it.
            if (from > 0 && _source[from - 1] >= 0) return TextEdit.Insert(_source[from - 1] + 1, Indent(insert));
            if (from < Value.Length && _source[from] >= 0) return TextEdit.Insert(_source[from], Indent(insert));
            if (from == 0) return null;
            from--;
            insert = Value[from] + insert;
        }
        // Widen over characters the file does not hold as such; they are the same in old and new.
        while (_source[from] < 0)
        {
            if (from == 0) return null;
            from--;
            insert = Value[from] + insert;
        }
        while (_source[to - 1] < 0)
        {
            if (to == Value.Length) return null;
            insert += Value[to];
            to++;
        }
        int fileStart = _source[from], fileEnd = _source[to - 1] + 1;
        return TextEdit.Replace(fileStart, fileEnd, Indent(insert));
    }

    private string Indent(string insert) =>
        Continuation.Length == 0 ? insert : insert.Replace("\n", "\n" + Continuation, StringComparison.Ordinal);

    private static List<(int Start, int Length)> LineStarts(string text)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        while (true)
        {
            int nl = text.IndexOf('\n', start);
            if (nl < 0) { lines.Add((start, text.Length - start)); return lines; }
            lines.Add((start, nl - start));
            start = nl + 1;
        }
    }
}
