using System.Collections;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TellMe.Bank.Files;

/// <summary>
/// Changes YAML in place, three-way: given the file's syntax, the tree the writer makes of what the file says
/// now (<c>before</c>) and of what it must say (<c>after</c>), it edits only the values that differ between
/// the two trees, where the file writes them.
/// </summary>
/// <remarks>
/// <para>Trees are what <see cref="YamlWriter"/> writes: ordered <c>Dictionary&lt;string, object&gt;</c>s, lists
/// and scalars. Comparing before with after (rather than the file with after) means that a value written in
/// another form than TellMe's (<c>yes</c> for <c>true</c>, a default left out, a key order of the user's own)
/// is left alone unless its meaning changes.</para>
/// <para>A changed scalar keeps its style (plain, quoted, literal block) and, where the file holds the value
/// character for character, only the changed characters are replaced (<see cref="MappedText"/>). A key the
/// after tree adds goes next to its siblings, in the after tree's order, at their indentation; a key it drops
/// is removed with its lines; a key neither tree knows (the user's own) is never touched, nor are comments and
/// blank lines. List items are matched by content (longest common subsequence), so an inserted or removed item
/// does not rewrite the ones after it. What cannot be changed in place (a flow collection, a value that
/// changes type) is rewritten as one entry, never more.</para>
/// </remarks>
internal sealed class YamlPatch
{
    private static readonly YamlDotNet.Serialization.ISerializer Plain = new YamlDotNet.Serialization.SerializerBuilder().Build();
    private readonly EditBuilder _edits;
    private readonly YamlSyntax _root;
    private List<(int Start, int End)>? _scalars;

    private YamlPatch(EditBuilder edits, YamlSyntax root)
    {
        _edits = edits;
        _root = root;
    }

    /// <summary>Adds to <paramref name="edits"/> what turns the YAML <paramref name="root"/> from <paramref name="before"/> into <paramref name="after"/>.</summary>
    /// <exception cref="CannotPatchException">The change cannot be made in place.</exception>
    public static void Diff(EditBuilder edits, YamlSyntax root, object before, object after) =>
        new YamlPatch(edits, root).Patch(root, before, after, Slot.Root);

    private abstract record Slot
    {
        public static Slot Root { get; } = new RootSlot();
    }

    private sealed record RootSlot : Slot;

    private sealed record EntrySlot(YamlEntry Entry) : Slot;

    private sealed record ItemSlot(YamlSyntax Item) : Slot;

    private void Patch(YamlSyntax node, object before, object after, Slot slot)
    {
        if (TreeEqual(before, after)) return;
        switch (after)
        {
            case IDictionary a when node is YamlMappingSyntax { Flow: false, Complex: false } m && m.Entries.Count > 0:
                PatchMapping(m, before as IDictionary ?? (IDictionary)ToTree(m), a);
                break;
            case IList a when node is YamlSequenceSyntax { Flow: false } q && q.Items.Count > 0:
                PatchSequence(q, before as IList ?? (IList)ToTree(q), a);
                break;
            case IList a when node is YamlSequenceSyntax { Flow: true } q && a.Count > 0 && a.Cast<object>().All(x => x is not (IDictionary or IList)):
                // [a, b] stays a flow list: only the brackets' content is written again.
                _edits.Add(TextEdit.Replace(q.Start, q.End, "[" + string.Join(", ", a.Cast<object>().Select(x => FlowScalar(Format(x)))) + "]"));
                break;
            case not (IDictionary or IList) when node is YamlScalarSyntax { Alias: false, IsEmpty: false } s:
                PatchScalar(s, Format(after), slot);
                break;
            default:
                ReplaceSlot(slot, after);
                break;
        }
    }

    private void PatchMapping(YamlMappingSyntax map, IDictionary before, IDictionary after)
    {
        var entries = map.Entries;
        var kept = new bool[entries.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            string key = e.Key.Value;
            kept[i] = true;
            if (!seen.Add(key)) continue; // a repeated key: the reader took the first one
            bool inAfter = after.Contains(key), inBefore = before.Contains(key);
            if (inAfter) Patch(e.Value, inBefore ? before[key]! : ToTree(e.Value), after[key]!, new EntrySlot(e));
            else if (inBefore) kept[i] = false; // the model dropped it; a key neither tree knows is the user's own
        }

        // New keys go after the nearest key before them (in the after tree's order) that the file keeps.
        var groups = new SortedDictionary<int, List<(string Key, object Value)>>();
        int anchor = -1;
        foreach (DictionaryEntry de in after)
        {
            string key = (string)de.Key;
            int at = entries.FindIndex(e => e.Key.Value == key);
            if (at >= 0)
            {
                if (kept[at]) anchor = Math.Max(anchor, at);
                continue;
            }
            // Not in the file and not changed by the model: a default the file leaves out, and keeps leaving out.
            if (before.Contains(key) && TreeEqual(before[key], de.Value)) continue;
            if (!groups.TryGetValue(anchor, out var group)) groups[anchor] = group = [];
            group.Add((key, de.Value!));
        }

        int column = _edits.Column(entries[0].Key.Start);
        bool sharesLine = !_edits.StartsLine(entries[0].Key.Start); // "- key: value": the first key follows the dash
        int firstKept = Array.IndexOf(kept, true);
        bool headChanges = sharesLine && (firstKept != 0 || groups.ContainsKey(-1));
        int from = headChanges ? Math.Max(firstKept, 0) : 0;

        if (headChanges)
        {
            string head = groups.TryGetValue(-1, out var first) ? RenderEntries(first, column, indentFirst: false) : "";
            var e0 = entries[0];
            if (firstKept == 0)
                _edits.Add(TextEdit.Insert(e0.Key.Start, head + new string(' ', column)));
            else if (firstKept > 0)
            {
                int end = _edits.LineStart(entries[firstKept].Key.Start);
                var comments = CommentsIn(e0.Key.Start, end);
                _edits.Add(head.Length > 0
                    ? TextEdit.Replace(e0.Key.Start, end, KeepComments(head, comments, column))
                    : comments.Count > 0
                        // "- # comment": the first kept key moves to the next line, where it already is.
                        ? TextEdit.Replace(e0.Key.Start, end, comments[0] + "\n" + string.Concat(comments.Skip(1).Select(c => new string(' ', column) + c + "\n")))
                        : TextEdit.Replace(e0.Key.Start, entries[firstKept].Key.Start, ""));
            }
            else
                _edits.ReplaceLines(e0.Key.Start, EntryEnd(entries[^1]), KeepComments(head.Length > 0 ? head : "{}\n", CommentsIn(e0.Key.Start, EntryEnd(entries[^1])), column));
            if (firstKept < 0) return;
        }
        for (int i = from; i < entries.Count; i++)
        {
            if (kept[i] || (headChanges && i < firstKept)) continue;
            DeleteKeepingComments(_edits.LineStart(entries[i].Key.Start), EntryEnd(entries[i]), column);
        }
        foreach (var (at, group) in groups)
        {
            if (at < 0)
            {
                if (!headChanges) _edits.InsertLines(_edits.LineStart(entries[0].Key.Start), RenderEntries(group, column, indentFirst: true));
                continue;
            }
            _edits.InsertLines(EntryEnd(entries[at]), RenderEntries(group, column, indentFirst: true));
        }
    }

    private void PatchSequence(YamlSequenceSyntax seq, IList before, IList after)
    {
        var items = seq.Items;
        if (before.Count != items.Count) before = (IList)ToTree(seq);
        int dash = _edits.Column(seq.Start);
        foreach (var item in items)
            if (!_edits.StartsLine(ItemDash(item)) || _edits.Column(ItemDash(item)) != dash)
                throw new CannotPatchException("a list whose items are not one per line");

        var pairs = Align(before, after);
        int lastBefore = -1;
        int nextAfter = 0;
        foreach (var (bi, ai) in pairs.Append((before.Count, after.Count)))
        {
            // The gap between two matched items: pair what is left by position, then insert or delete the rest.
            int gapB = bi - lastBefore - 1, gapA = ai - nextAfter;
            int paired = Math.Min(gapB, gapA);
            for (int k = 0; k < paired; k++)
                Patch(items[lastBefore + 1 + k], before[lastBefore + 1 + k]!, after[nextAfter + k]!, new ItemSlot(items[lastBefore + 1 + k]));
            for (int k = paired; k < gapB; k++)
            {
                var item = items[lastBefore + 1 + k];
                DeleteKeepingComments(_edits.LineStart(ItemDash(item)), _edits.LineEndAfter(item.ContentEnd(_edits.Text)), dash);
            }
            if (gapA > paired)
            {
                var added = Enumerable.Range(nextAfter + paired, gapA - paired).Select(k => after[k]!).ToList();
                int afterItem = lastBefore + paired; // the last item kept before the gap
                int at = afterItem >= 0 ? _edits.LineEndAfter(items[afterItem].ContentEnd(_edits.Text)) : _edits.LineStart(ItemDash(items[0]));
                _edits.InsertLines(at, EditBuilder.IndentAll(YamlWriter.Write(added), dash));
            }
            lastBefore = bi;
            nextAfter = ai + 1;
        }
    }

    // Where an item's "- " is: the item's text starts after it.
    private int ItemDash(YamlSyntax item)
    {
        int p = item.Start - 1;
        while (p >= 0 && _edits.Text[p] is ' ' or '\t') p--;
        if (p < 0 || _edits.Text[p] != '-') throw new CannotPatchException("a list item without its dash");
        return p;
    }

    private void PatchScalar(YamlScalarSyntax s, string value, Slot slot)
    {
        if (s.Value == value) return;
        string text = _edits.Text;
        if (s.IsBlock)
        {
            if (s.Style == ScalarStyle.Literal && SameChomping(text, s, value))
            {
                int contentStart = _edits.LineEndAfter(s.Start + 1);
                int indent = 0;
                while (contentStart + indent < s.End && text[contentStart + indent] == ' ') indent++;
                if (MappedText.Align(s.Value, text, contentStart, s.End, new string(' ', indent))?.EditsTo(value) is { } edits)
                {
                    _edits.AddRange(edits);
                    return;
                }
            }
            ReplaceSlot(slot, value);
            return;
        }
        if (value.Contains('\n'))
        {
            ReplaceSlot(slot, value);
            return;
        }
        // An empty value can only be written quoted, which says nothing of how the user writes: the new value
        // then takes the style the writer gives it.
        bool quoted = s.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted && s.Value.Length > 0;
        string open = !quoted ? "" : s.Style == ScalarStyle.DoubleQuoted ? "\"" : "'";
        if ((quoted || s.Style == ScalarStyle.Plain) && Scalar(value, s.Style) == open + value + open && s.End - s.Start >= 2 * open.Length
            && MappedText.Align(s.Value, text, s.Start + open.Length, s.End - open.Length, "")?.EditsTo(value) is { } inline)
        {
            _edits.AddRange(inline);
            return;
        }
        string written = Scalar(value, quoted ? s.Style : ScalarStyle.Plain);
        if (written.Contains('\n')) ReplaceSlot(slot, value);
        else _edits.Add(TextEdit.Replace(s.Start, s.End, written));
    }

    // A literal block's header says how its final line breaks are read: the new value must end the same way.
    private static bool SameChomping(string text, YamlScalarSyntax s, string value)
    {
        int header = s.Start + 1;
        string indicator = "";
        while (header < text.Length && text[header] is '-' or '+' or (>= '1' and <= '9')) indicator += text[header++];
        if (value.Length == 0 || value[0] is ' ' or '\n') return false;
        if (indicator.Contains('+')) return false;
        if (indicator.Contains('-')) return !value.EndsWith('\n');
        return value.EndsWith('\n') && !value.EndsWith("\n\n", StringComparison.Ordinal);
    }

    private void ReplaceSlot(Slot slot, object value)
    {
        switch (slot)
        {
            case EntrySlot { Entry: var e }:
            {
                int column = _edits.Column(e.Key.Start);
                string entry = RenderEntries([(e.Key.Value, value)], column, indentFirst: false);
                _edits.ReplaceLines(e.Key.Start, EntryEnd(e), KeepComments(entry, CommentsIn(e.Key.Start, EntryEnd(e)), column));
                break;
            }
            case ItemSlot { Item: var item }:
            {
                int dash = _edits.Column(ItemDash(item));
                string written = EditBuilder.IndentRest(YamlWriter.Write(new List<object> { value }), dash);
                // The item's text starts after "- ": drop the dash and spaces the writer put in front of it.
                written = written[(written.IndexOf('-') + 1)..].TrimStart(' ');
                int end = _edits.LineEndAfter(item.ContentEnd(_edits.Text));
                _edits.ReplaceLines(item.Start, end, KeepComments(written, CommentsIn(item.Start, end), dash + 2));
                break;
            }
            default:
                throw new CannotPatchException("the whole document would change type");
        }
    }

    /// <summary>
    /// The comments written in <c>[start, end)</c>, in order, each from its <c>#</c> to the end of its line: a
    /// <c>#</c> at a line's start or after a space, outside every scalar (a quoted or block value may hold one).
    /// </summary>
    private List<string> CommentsIn(int start, int end)
    {
        _scalars ??= [.. Scalars(_root).Select(s => (s.Start, s.End))];
        string text = _edits.Text;
        var found = new List<string>();
        for (int i = start; i < end; i++)
        {
            if (text[i] != '#' || (i > 0 && text[i - 1] is not (' ' or '\t' or '\n'))) continue;
            int at = i;
            if (_scalars.Any(s => at >= s.Start && at < s.End)) continue;
            int lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0 || lineEnd > end) lineEnd = end;
            found.Add(text[i..lineEnd].TrimEnd(' ', '\t', '\r'));
            i = lineEnd;
        }
        return found;
    }

    private static IEnumerable<YamlScalarSyntax> Scalars(YamlSyntax node) =>
        node is YamlScalarSyntax s ? [s] : node.Children().SelectMany(Scalars);

    /// <summary>
    /// The user's comments from text an edit replaces, kept with what replaces it: the first at the end of its
    /// first line, the others on lines of their own below that line, at <paramref name="column"/>. A comment is
    /// the user's words: a fix that rewrites an entry must not take them with it.
    /// </summary>
    private static string KeepComments(string replacement, List<string> comments, int column)
    {
        if (comments.Count == 0) return replacement;
        int newline = replacement.IndexOf('\n');
        string first = newline < 0 ? replacement : replacement[..newline], rest = newline < 0 ? "" : replacement[newline..];
        var result = new System.Text.StringBuilder(first).Append("   ").Append(comments[0]);
        foreach (string c in comments.Skip(1)) result.Append('\n').Append(' ', column).Append(c);
        return result.Append(rest).ToString();
    }

    /// <summary>Deletes whole lines, leaving the comments they held on lines of their own at <paramref name="column"/>.</summary>
    private void DeleteKeepingComments(int start, int end, int column)
    {
        var comments = CommentsIn(start, end);
        if (comments.Count == 0) _edits.DeleteLines(start, end);
        else _edits.ReplaceLines(start, end, string.Concat(comments.Select(c => new string(' ', column) + c + "\n")));
    }

    private int EntryEnd(YamlEntry e) =>
        _edits.LineEndAfter(Math.Max(e.Key.End, e.Value is YamlScalarSyntax { IsEmpty: true } ? e.Key.End : e.Value.ContentEnd(_edits.Text)));

    private static string RenderEntries(IEnumerable<(string Key, object Value)> entries, int column, bool indentFirst)
    {
        var map = new Dictionary<string, object>();
        foreach (var (k, v) in entries) map[k] = v;
        string yaml = YamlWriter.Write(map);
        return indentFirst ? EditBuilder.IndentAll(yaml, column) : EditBuilder.IndentRest(yaml, column);
    }

    /// <summary>A scalar as YAML writes it in <paramref name="style"/> (another style when that one cannot hold it).</summary>
    public static string Scalar(string value, ScalarStyle style)
    {
        var writer = new StringWriter();
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, true));
        emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
        emitter.Emit(new Scalar("k"));
        emitter.Emit(new Scalar(null, null, value, style == ScalarStyle.Any ? ScalarStyle.Plain : style, true, true));
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        string yaml = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        return yaml.StartsWith("k: ", StringComparison.Ordinal) ? yaml[3..].TrimEnd('\n') : yaml[2..].TrimEnd('\n');
    }

    // Inside [ ] a comma or bracket would end a plain scalar: such a value is quoted.
    private static string FlowScalar(string value) =>
        Scalar(value, value.IndexOfAny([',', '[', ']', '{', '}']) >= 0 ? ScalarStyle.DoubleQuoted : ScalarStyle.Plain);

    private static List<(int Before, int After)> Align(IList before, IList after) =>
        Sequences.Align(before.Cast<object?>().ToList(), after.Cast<object?>().ToList(), TreeEqual);

    /// <summary>Equality of two writer trees: mappings regardless of key order, lists in order, scalars as text.</summary>
    public static bool TreeEqual(object? x, object? y) => (x, y) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (IDictionary a, IDictionary b) => a.Count == b.Count && a.Keys.Cast<object>().All(k => b.Contains(k) && TreeEqual(a[k], b[k])),
        (IList a, IList b) => a.Count == b.Count && Enumerable.Range(0, a.Count).All(i => TreeEqual(a[i], b[i])),
        (IDictionary or IList, _) or (_, IDictionary or IList) => false,
        _ => Format(x) == Format(y),
    };

    /// <summary>A scalar of a writer tree as the text YAML reads back.</summary>
    public static string Format(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double or float => Plain.Serialize(value).TrimEnd('\n', '\r'),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The writer tree of what the file says.</summary>
    public static object ToTree(YamlSyntax node) => node switch
    {
        YamlMappingSyntax m => m.Entries.GroupBy(e => e.Key.Value).ToDictionary(g => g.Key, g => ToTree(g.First().Value)),
        YamlSequenceSyntax q => q.Items.Select(ToTree).ToList(),
        YamlScalarSyntax s => s.Value,
        _ => "",
    };
}
