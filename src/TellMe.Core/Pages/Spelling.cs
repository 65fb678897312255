using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using TellMe.Bank;

namespace TellMe.Pages;

/// <summary>
/// The spelling of a line as against its meaning: <c>&amp;#39;</c>, <c>&amp;apos;</c> and <c>'</c> mean the same
/// character, <c>&amp;nbsp;</c>, a space and a run of two spaces the same gap. The bank holds the characters;
/// the page's own spelling of them is drift (<see cref="Respelling"/>), applied only where the line still means
/// exactly what it meant, so a respelling can never bring back a word. A <c>&amp;lt;</c> is never respelled
/// <c>&lt;</c>: what the layout encodes so that it cannot run stays encoded.
/// </summary>
public static partial class Spelling
{
    [GeneratedRegex(@"\G&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")]
    private static partial Regex EntityAt();

    /// <summary>What a line says: entities decoded, every run of spaces, tabs and no-break spaces one space.</summary>
    public static string Meaning(string text)
    {
        if (text.AsSpan().IndexOfAny("&\u00A0\t  ") < 0) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var unit in Units(text)) sb.Append(unit.Meaning);
        return sb.ToString();
    }

    /// <summary>
    /// The respellings that turn <paramref name="canonical"/> into <paramref name="original"/>, or null when the
    /// two do not mean the same (then nothing may be respelled).
    /// </summary>
    public static ImmutableArray<Respelling>? Diff(string canonical, string original)
    {
        var c = Units(canonical);
        var o = Units(original);
        if (c.Count != o.Count) return null;
        var ops = ImmutableArray.CreateBuilder<Respelling>();
        for (int i = 0; i < c.Count; i++)
        {
            if (c[i].Meaning != o[i].Meaning) return null;
            if (c[i].Raw == o[i].Raw) continue;
            // Neighbouring respellings are one.
            if (ops.Count > 0 && ops[^1].At + ops[^1].Length == c[i].At)
                ops[^1] = ops[^1] with { Length = ops[^1].Length + c[i].Raw.Length, Text = ops[^1].Text + o[i].Raw };
            else
                ops.Add(new Respelling(c[i].At, c[i].Raw.Length, o[i].Raw));
        }
        return ops.ToImmutable();
    }

    /// <summary>
    /// Applies respellings to a line as the layout writes it; the line unchanged when any of them no longer fits
    /// (out of range, or it would change what the line says).
    /// </summary>
    public static string Apply(string canonical, ImmutableArray<Respelling> respellings)
    {
        if (respellings.IsDefaultOrEmpty) return canonical;
        var sb = new StringBuilder(canonical.Length + 16);
        int at = 0;
        foreach (var r in respellings)
        {
            if (r.At < at || r.Length < 0 || r.At + r.Length > canonical.Length) return canonical;
            sb.Append(canonical, at, r.At - at).Append(r.Text);
            at = r.At + r.Length;
        }
        sb.Append(canonical, at, canonical.Length - at);
        string result = sb.ToString();
        return Meaning(result) == Meaning(canonical) ? result : canonical;
    }

    // A line cut into what it says: an entity, a run of whitespace, or one character (a surrogate pair whole).
    private static List<(int At, string Raw, string Meaning)> Units(string text)
    {
        var units = new List<(int, string, string)>();
        for (int i = 0; i < text.Length;)
        {
            if (IsSpace(text, i, out int len))
            {
                int start = i;
                while (i < text.Length && IsSpace(text, i, out len)) i += len;
                units.Add((start, text[start..i], " "));
                continue;
            }
            // A '<' is never the same as its entity: the layout encodes it so that no text becomes a tag, and a
            // respelling must not undo that.
            if (text[i] == '&' && EntityAt().Match(text, i) is { Success: true } m && WebUtility.HtmlDecode(m.Value) is var decoded && decoded != m.Value && decoded != "<")
            {
                units.Add((i, m.Value, decoded));
                i += m.Length;
                continue;
            }
            // In a pipe cell a bullet is "<br>- ", "<br>* " or "<br>+ " (after any indent): one bullet, however marked.
            if (text[i] is '-' or '*' or '+' && i + 1 < text.Length && text[i + 1] == ' ' && AfterLineBreak(units))
            {
                units.Add((i, text[i].ToString(), "-"));
                i++;
                continue;
            }
            int n = char.IsSurrogatePair(text, i) ? 2 : 1;
            units.Add((i, text.Substring(i, n), text.Substring(i, n)));
            i += n;
        }
        return units;
    }

    // True when the units so far end with a line break of a pipe cell (<br> or <br/>) and, maybe, spaces.
    private static bool AfterLineBreak(List<(int At, string Raw, string Meaning)> units)
    {
        int k = units.Count - 1;
        while (k >= 0 && units[k].Meaning == " ") k--;
        var tail = new StringBuilder();
        for (int j = Math.Max(0, k - 4); j <= k; j++) tail.Append(units[j].Raw);
        string t = tail.ToString();
        return t.EndsWith("<br>", StringComparison.OrdinalIgnoreCase) || t.EndsWith("<br/>", StringComparison.OrdinalIgnoreCase);
    }

    // A space, tab or no-break space, written or as an entity.
    private static bool IsSpace(string text, int i, out int length)
    {
        length = 1;
        if (text[i] is ' ' or '\t' or '\u00A0') return true;
        if (text[i] == '&' && EntityAt().Match(text, i) is { Success: true } m && WebUtility.HtmlDecode(m.Value) is "\u00A0" or " " or "\t")
        {
            length = m.Length;
            return true;
        }
        return false;
    }

    /// <summary>Writes a respelling as <c>tellme.yaml</c> holds it: <c>at:length:text</c>.</summary>
    public static string Format(Respelling r) => string.Create(CultureInfo.InvariantCulture, $"{r.At}:{r.Length}:{r.Text}");

    /// <summary>Reads a respelling written by <see cref="Format"/>; null when it is not one.</summary>
    public static Respelling? Parse(string text)
    {
        int a = text.IndexOf(':');
        int b = a < 0 ? -1 : text.IndexOf(':', a + 1);
        if (b < 0) return null;
        if (!int.TryParse(text.AsSpan(0, a), NumberStyles.None, CultureInfo.InvariantCulture, out int at) ||
            !int.TryParse(text.AsSpan(a + 1, b - a - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int length)) return null;
        return new Respelling(at, length, text[(b + 1)..]);
    }
}
