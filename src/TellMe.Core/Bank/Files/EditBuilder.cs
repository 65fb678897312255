namespace TellMe.Bank.Files;

/// <summary>Thrown inside a patcher when a change cannot be made in place; the caller then falls back.</summary>
internal sealed class CannotPatchException(string reason) : Exception(reason);

/// <summary>
/// Collects the edits of one file and knows its lines: where a line starts and ends, how to delete, insert or
/// replace whole lines so that a file without a final newline keeps having none.
/// </summary>
internal sealed class EditBuilder(string text)
{
    private readonly List<TextEdit> _edits = [];

    /// <summary>The file's text (<c>\n</c> line endings).</summary>
    public string Text { get; } = text;

    /// <summary>The edits so far.</summary>
    public IReadOnlyList<TextEdit> Edits => _edits;

    public void Add(TextEdit edit)
    {
        if (!edit.IsEmpty) _edits.Add(edit);
    }

    /// <summary>Drops the edits added after the first <paramref name="count"/>.</summary>
    public void Truncate(int count) => _edits.RemoveRange(count, _edits.Count - count);

    public void AddRange(IEnumerable<TextEdit> edits)
    {
        foreach (var e in edits) Add(e);
    }

    /// <summary>Where the line holding <paramref name="position"/> starts.</summary>
    public int LineStart(int position)
    {
        int p = Math.Min(position, Text.Length);
        while (p > 0 && Text[p - 1] != '\n') p--;
        return p;
    }

    /// <summary>Where the line after the one holding the character before <paramref name="position"/> starts (the file's end on its last line).</summary>
    public int LineEndAfter(int position)
    {
        if (position > 0 && position <= Text.Length && Text[position - 1] == '\n') return position;
        int nl = Text.IndexOf('\n', Math.Min(position, Text.Length));
        return nl < 0 ? Text.Length : nl + 1;
    }

    /// <summary>The column (0-based) of a position.</summary>
    public int Column(int position) => position - LineStart(position);

    /// <summary>True when only spaces come before <paramref name="position"/> on its line.</summary>
    public bool StartsLine(int position)
    {
        for (int p = LineStart(position); p < position; p++)
            if (Text[p] is not (' ' or '\t')) return false;
        return true;
    }

    /// <summary>Deletes whole lines <c>[start, end)</c> (<paramref name="end"/> at a line start or the file's end).</summary>
    public void DeleteLines(int start, int end)
    {
        if (end == Text.Length && end > 0 && Text[end - 1] != '\n' && start > 0)
            start--; // the last line has no newline: take the one before it, so the file still ends without one
        Add(TextEdit.Delete(start, end));
    }

    /// <summary>Inserts whole lines (<paramref name="lines"/> ends with a newline) at a line start or the file's end.</summary>
    public void InsertLines(int at, string lines)
    {
        if (lines.Length == 0) return;
        if (at == Text.Length && at > 0 && Text[at - 1] != '\n')
            lines = "\n" + lines[..^1]; // after a last line without newline: keep the file ending without one
        Add(TextEdit.Insert(at, lines));
    }

    /// <summary>Replaces <c>[start, end)</c>, where <paramref name="end"/> is a line start or the file's end, by lines ending with a newline.</summary>
    public void ReplaceLines(int start, int end, string lines)
    {
        if (end == Text.Length && end > 0 && Text[end - 1] != '\n' && lines.EndsWith('\n')) lines = lines[..^1];
        Add(TextEdit.Replace(start, end, lines));
    }

    /// <summary>Indents every line of <paramref name="block"/> but the first by <paramref name="indent"/> spaces (blank lines stay empty).</summary>
    public static string IndentRest(string block, int indent)
    {
        if (indent == 0) return block;
        var lines = block.Split('\n');
        for (int i = 1; i < lines.Length; i++)
            if (lines[i].Length > 0) lines[i] = new string(' ', indent) + lines[i];
        return string.Join('\n', lines);
    }

    /// <summary>Indents every line of <paramref name="block"/> by <paramref name="indent"/> spaces (blank lines stay empty).</summary>
    public static string IndentAll(string block, int indent) =>
        indent == 0 || block.Length == 0 ? block : new string(' ', indent) + IndentRest(block, indent);
}
