using System.Collections.Immutable;
using TellMe.Bank;

namespace TellMe.Pages;

/// <summary>What comparing a page with its layout's rendering found.</summary>
/// <param name="Drift">The whitespace and bullet differences, per segment.</param>
/// <param name="FirstDifference">The first line of the page (1-based) that differs in more than whitespace, or null.</param>
public sealed record DriftResult(ImmutableArray<SegmentDrift> Drift, int? FirstDifference);

/// <summary>
/// Measures how a page the user wrote differs from what its layout writes: line by line, in leads (indentation,
/// bullet characters), trailing whitespace, line ends, blank lines, and the spelling of characters and gaps
/// inside a line (an entity for its character, <c>&amp;nbsp;</c> or two spaces for a space; see
/// <see cref="Spelling"/>). Lines are aligned on what they say, so a page with a stray blank line, a <c>*</c>
/// bullet among <c>-</c> ones or a <c>&amp;#39;</c> for an apostrophe is still written back byte for byte.
/// Anything else that differs is reported, never patched over with the user's text.
/// </summary>
public static class DriftRecorder
{
    // Pages have a few hundred lines; a full alignment table beyond this many cells falls back to in-order matching.
    private const long MaxCells = 16_000_000;

    /// <summary>Compares the original page text (without BOM; CRs kept) with the layout's rendering.</summary>
    public static DriftResult Record(ComposedPage composed, string original)
    {
        var canon = composed.Lines;
        string[] orig = LineShape.Lines(original);
        var cShapes = canon.Select(l => LineShape.Of(l.Text)).ToArray();
        var oShapes = orig.Select(LineShape.Of).ToArray();
        int[] cn = [.. Enumerable.Range(0, canon.Length).Where(i => !cShapes[i].IsBlank)];
        int[] on = [.. Enumerable.Range(0, orig.Length).Where(i => !oShapes[i].IsBlank)];
        var pairs = Align(cn.Select(i => cShapes[i].Key).ToArray(), on.Select(i => oShapes[i].Key).ToArray());

        var ops = new Dictionary<string, List<LineDrift>>(StringComparer.Ordinal);
        int? first = null;
        int prevC = -1, prevO = -1;
        foreach (var (pc, po) in pairs)
        {
            int c = cn[pc], o = on[po];
            Gap(c, o);
            var (cs, os) = (cShapes[c], oShapes[o]);
            var spell = cs.Body == os.Body ? null : Spelling.Diff(cs.Body, os.Body);
            if (cs.Body != os.Body && spell is null) first ??= o + 1;
            if (cs.Lead != os.Lead || cs.Trail != os.Trail || spell is { Length: > 0 })
            {
                var line = canon[c];
                Add(line.Segment, new LineDrift
                {
                    At = line.At,
                    Lead = cs.Lead == os.Lead ? null : os.Lead,
                    Trail = cs.Trail == os.Trail ? null : os.Trail,
                    Spell = spell is { Length: > 0 } ? spell : null,
                });
            }
            prevC = c;
            prevO = o;
        }
        Gap(canon.Length, orig.Length);
        var drift = ops.Select(kv => new SegmentDrift(kv.Key, kv.Key == PageComposer.End ? "" : composed.HashOf(kv.Key) ?? "", [.. kv.Value]));
        return new DriftResult([.. drift], first);

        // The lines between two aligned lines must be blank on both sides; only then is their difference whitespace.
        void Gap(int c, int o)
        {
            var cBlank = new List<string>();
            var oBlank = new List<string>();
            for (int i = prevC + 1; i < c; i++)
                if (cShapes[i].IsBlank) cBlank.Add(canon[i].Text);
            for (int i = prevO + 1; i < o; i++)
            {
                if (oShapes[i].IsBlank) oBlank.Add(orig[i]);
                else first ??= i + 1;
            }
            if (first is null)
                for (int i = prevC + 1; i < c; i++)
                    if (!cShapes[i].IsBlank) { first = Math.Min(prevO + 2, orig.Length); break; }
            if (cBlank.SequenceEqual(oBlank)) return;
            if (c < canon.Length)
                Add(canon[c].Segment, new LineDrift { At = canon[c].At, Blanks = [.. oBlank] });
            else
                Add(PageComposer.End, new LineDrift { At = 0, Blanks = [.. oBlank] });
        }

        void Add(string segment, LineDrift op)
        {
            if (!ops.TryGetValue(segment, out var list)) ops[segment] = list = [];
            int existing = list.FindIndex(l => l.At == op.At);
            if (existing < 0) list.Add(op);
            else list[existing] = list[existing] with { Lead = op.Lead ?? list[existing].Lead, Trail = op.Trail ?? list[existing].Trail, Blanks = op.Blanks ?? list[existing].Blanks, Spell = op.Spell ?? list[existing].Spell };
        }
    }

    /// <summary>The longest common subsequence of two line lists, as index pairs in order.</summary>
    private static List<(int C, int O)> Align(string[] c, string[] o)
    {
        var pairs = new List<(int, int)>();
        // The usual case: the same lines in the same order.
        if (c.Length == o.Length && c.AsSpan().SequenceEqual(o))
        {
            for (int i = 0; i < c.Length; i++) pairs.Add((i, i));
            return pairs;
        }
        if ((long)c.Length * o.Length > MaxCells)
        {
            for (int i = 0, j = 0; i < c.Length && j < o.Length; i++, j++)
                if (c[i] == o[j]) pairs.Add((i, j));
            return pairs;
        }
        var table = new int[c.Length + 1, o.Length + 1];
        for (int i = c.Length - 1; i >= 0; i--)
            for (int j = o.Length - 1; j >= 0; j--)
                table[i, j] = c[i] == o[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        for (int i = 0, j = 0; i < c.Length && j < o.Length;)
        {
            if (c[i] == o[j]) { pairs.Add((i, j)); i++; j++; }
            else if (table[i + 1, j] >= table[i, j + 1]) i++;
            else j++;
        }
        return pairs;
    }
}
