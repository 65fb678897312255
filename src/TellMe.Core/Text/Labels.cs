namespace TellMe.Text;

/// <summary>How a page writes a label in front of its text.</summary>
public enum LabelStyle
{
    /// <summary><c>**Result:** text</c>, the normal form.</summary>
    Colon,
    /// <summary><c>**Action**</c> with no colon: a slip that the page keeps until fixed.</summary>
    Bare,
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

    /// <summary>Writes a label as Markdown: <c>**Label:**</c>, or <c>**Label**</c> for the bare style.</summary>
    public static string Markdown(string label, LabelStyle style = LabelStyle.Colon) =>
        style == LabelStyle.Bare ? $"**{label}**" : $"**{label}:**";
}
