namespace TellMe.Text;

/// <summary>How a page writes a label in front of its text.</summary>
public enum LabelStyle
{
    /// <summary><c>**Result:** text</c>, the normal form.</summary>
    Colon,
    /// <summary><c>**Action**</c> with no colon: a slip that the page keeps until fixed.</summary>
    Bare,
    /// <summary><c>**Result**: text</c>, the colon outside the bold (a page's style; <see cref="Labels.TrySplit(string, out LabelSplit)"/> reads it as <see cref="Colon"/>).</summary>
    ColonOutside,
    /// <summary><c>Result: text</c>, no bold at all.</summary>
    Plain,
}

/// <summary>A label split off the front of a bullet's text.</summary>
public readonly record struct LabelSplit(string Label, string Rest, LabelStyle Style);

/// <summary>
/// Reads and writes the <c>**Label:** text</c> convention the user's pages are built on. Kept in one place so
/// that every importer and renderer agrees on it.
/// </summary>
public static class Labels
{
    /// <summary>Splits <c>**Label:** rest</c> (also <c>**Label**: rest</c> and a bare <c>**Label**</c>).</summary>
    public static bool TrySplit(string text, out LabelSplit split)
    {
        split = default;
        if (!text.StartsWith("**", StringComparison.Ordinal)) return false;
        int close = text.IndexOf("**", 2, StringComparison.Ordinal);
        if (close < 3) return false;
        string inside = text[2..close];
        string after = text[(close + 2)..];
        if (inside.EndsWith(':'))
        {
            string label = inside[..^1].Trim();
            if (label.Length == 0) return false;
            split = new LabelSplit(label, after.Trim(), LabelStyle.Colon);
            return true;
        }
        if (after.StartsWith(':'))
        {
            split = new LabelSplit(inside.Trim(), after[1..].Trim(), LabelStyle.Colon);
            return true;
        }
        if (after.Trim().Length == 0 && !inside.Contains(':'))
        {
            split = new LabelSplit(inside.Trim(), "", LabelStyle.Bare);
            return true;
        }
        return false;
    }

    /// <summary>How a label is written: <c>**Core:**</c>, <c>**Core**:</c>, plain <c>Core:</c>, or null when the text has none.</summary>
    public static LabelStyle? StyleOf(string text)
    {
        if (TrySplit(text, out var split))
        {
            if (split.Style == LabelStyle.Bare) return LabelStyle.Bare;
            int close = text.IndexOf("**", 2, StringComparison.Ordinal);
            return text.AsSpan(close + 2).StartsWith(":") ? LabelStyle.ColonOutside : LabelStyle.Colon;
        }
        return TrySplitPlain(text, out _) ? LabelStyle.Plain : null;
    }

    /// <summary>
    /// Splits a plain label, <c>Core: text</c>, as pages without bold write them. Only a short name that starts
    /// with a capital letter or a digit counts, followed by one space or nothing, so that a sentence with a
    /// colon in it ("I learned one thing: …") stays a sentence.
    /// </summary>
    public static bool TrySplitPlain(string text, out LabelSplit split)
    {
        split = default;
        int colon = text.IndexOf(':');
        if (colon < 1 || colon > 48) return false;
        if (colon + 1 < text.Length && (text[colon + 1] != ' ' || (colon + 2 < text.Length && text[colon + 2] == ' '))) return false;
        string label = text[..colon];
        if (!(char.IsUpper(label[0]) || char.IsDigit(label[0])) || label != label.Trim()) return false;
        if (label.Split(' ').Length > 6 || label.AsSpan().IndexOfAny("*_`[]<>.!?;:\"") >= 0) return false;
        split = new LabelSplit(label, colon + 1 < text.Length ? text[(colon + 2)..] : "", LabelStyle.Plain);
        return true;
    }

    /// <summary>Splits a label in the page's style: bold labels always, plain ones when the page writes them.</summary>
    public static bool TrySplit(string text, bool plain, out LabelSplit split) =>
        TrySplit(text, out split) || (plain && TrySplitPlain(text, out split));

    /// <summary>Writes a label as Markdown: <c>**Label:**</c>, or <c>**Label**</c> for the bare style.</summary>
    public static string Markdown(string label, LabelStyle style = LabelStyle.Colon) => style switch
    {
        LabelStyle.Bare => $"**{label}**",
        LabelStyle.ColonOutside => $"**{label}**:",
        LabelStyle.Plain => $"{label}:",
        _ => $"**{label}:**",
    };

    /// <summary>A label and its text as one line of Markdown: <c>**Label:** text</c>.</summary>
    public static string Line(string label, string? text, LabelStyle style = LabelStyle.Colon)
    {
        string lead = Markdown(label, style);
        return string.IsNullOrEmpty(text) ? lead : lead + " " + text;
    }
}
