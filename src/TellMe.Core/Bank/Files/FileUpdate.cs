namespace TellMe.Bank.Files;

/// <summary>
/// What updating one existing bank file to a new model did: its text before and after, the edits made, and
/// whether they were made in place (<see cref="InPlace"/>) or the file had to be written out whole.
/// </summary>
/// <param name="Before">The file as it was read.</param>
/// <param name="After">The file to write (the same object as <paramref name="Before"/> when nothing changes).</param>
/// <param name="Edits">The edits, positioned in <paramref name="Before"/>'s text; empty when the file was written out whole.</param>
/// <param name="InPlace">True when only the edits change the file, everything else kept byte for byte.</param>
/// <param name="Notes">Where the update had to rewrite more than the changed characters (a whole section, the whole file), for the user.</param>
public sealed record FileUpdate(SourceText Before, SourceText After, IReadOnlyList<TextEdit> Edits, bool InPlace, IReadOnlyList<string> Notes)
{
    /// <summary>True when the file's content changes.</summary>
    public bool Changed => !ReferenceEquals(Before, After) && Before.Original != After.Original;

    /// <summary>
    /// The 1-based lines of <see cref="Before"/> the update touches: each line an edit replaces or deletes,
    /// and for an insertion the line it is inserted before. These are the lines a <c>git diff</c> of the file
    /// shows as changed.
    /// </summary>
    public IReadOnlyList<int> Lines => InPlace ? LinesOf(Before.Text, Edits) : [.. Enumerable.Range(1, Before.LineOf(Before.Text.Length))];

    /// <summary>The lines of <paramref name="text"/> touched by <paramref name="edits"/> (see <see cref="Lines"/>).</summary>
    public static IReadOnlyList<int> LinesOf(string text, IEnumerable<TextEdit> edits)
    {
        var lines = new SortedSet<int>();
        var insertions = new List<TextEdit>();
        foreach (var e in edits)
        {
            if (e.Length == 0)
            {
                insertions.Add(e);
                continue;
            }
            // A deletion of whole lines ends at the next line's start: that line is not touched.
            int first = LineAt(text, e.Start), last = LineAt(text, e.End - 1);
            for (int l = first; l <= last; l++) lines.Add(l);
        }
        foreach (var e in insertions)
        {
            // Lines inserted right after a changed line belong to that change, as a diff shows them.
            int line = LineAt(text, e.Start);
            bool atLineStart = e.Start == 0 || text[e.Start - 1] == '\n';
            if (!(atLineStart && lines.Contains(line - 1))) lines.Add(line);
        }
        return [.. lines];
    }

    private static int LineAt(string text, int position)
    {
        int line = 1;
        for (int i = 0; i < Math.Min(position, text.Length); i++) if (text[i] == '\n') line++;
        return line;
    }
}

/// <summary>
/// Runs an in-place update and proves it: the patch's edits are applied, the result is read back, and it must
/// say exactly what the new model says (compared as the writer writes both). When the patch cannot place a
/// change, or the proof fails, the file is written out whole from the model instead, in its own encoding and
/// line endings, and a note says so: never a silent loss, never a wrong file.
/// </summary>
internal static class FileUpdater
{
    /// <param name="source">The file as read.</param>
    /// <param name="patch">Adds the edits (and notes) that turn the file into the new model; may throw <see cref="CannotPatchException"/>.</param>
    /// <param name="canonical">What the writer writes for the model a text reads as (null when it does not read).</param>
    /// <param name="wanted">What the writer writes for the new model.</param>
    public static FileUpdate Run(SourceText source, Action<EditBuilder, List<string>> patch, Func<string, string?> canonical, string wanted)
    {
        var edits = new EditBuilder(source.Text);
        var notes = new List<string>();
        string? reason;
        try
        {
            patch(edits, notes);
            var after = source.Apply(edits.Edits);
            if (canonical(after.Text) == wanted)
                return new FileUpdate(source, edits.Edits.Count == 0 ? source : after, [.. TextEdit.Ordered(edits.Edits, source.Text.Length)], true, notes);
            reason = "the edited file would not read back as intended";
        }
        catch (CannotPatchException ex)
        {
            reason = ex.Message;
        }
        catch (Exception ex)
        {
            // A patcher bug (overlapping edits, a span out of range) is caught here, never written: the file
            // is then written whole from the model, which the note says.
            reason = $"{ex.GetType().Name}: {ex.Message}";
        }
        var whole = source.WithText(wanted);
        return new FileUpdate(source, whole, [], false, [.. notes, $"the file was written out whole ({reason}): comments and layout in it were not kept"]);
    }
}
