using System.Text;

namespace TellMe.Language;

/// <summary>
/// Finds and repairs text that was UTF-8 but got decoded as Windows-1252 (<c>â†’</c> for <c>→</c>,
/// <c>Ã©</c> for <c>é</c>). The repair is only applied when the garbled run re-encodes to valid UTF-8, so
/// real accented text is never touched.
/// </summary>
public static class Mojibake
{
    private static readonly Encoding Windows1252;
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static Mojibake()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>A garbled run in a text: where it starts, what it says and what it meant.</summary>
    public readonly record struct Finding(int Index, string Garbled, string Repaired);

    /// <summary>Every garbled run in <paramref name="text"/>.</summary>
    public static IReadOnlyList<Finding> Find(string text)
    {
        List<Finding>? found = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // A UTF-8 lead byte of a 2–4 byte sequence read as Windows-1252 is one of Â..ô.
            if (c is < 'Â' or > 'ô') continue;
            int expected = c switch { >= 'Â' and <= 'ß' => 2, >= 'à' and <= 'ï' => 3, _ => 4 };
            if (i + expected > text.Length) continue;
            string run = text.Substring(i, expected);
            if (TryRepair(run, out string repaired))
            {
                (found ??= []).Add(new Finding(i, run, repaired));
                i += expected - 1;
            }
        }
        return found ?? (IReadOnlyList<Finding>)[];
    }

    /// <summary>The text with every garbled run repaired.</summary>
    public static string Repair(string text)
    {
        var findings = Find(text);
        if (findings.Count == 0) return text;
        var sb = new StringBuilder(text.Length);
        int at = 0;
        foreach (var f in findings)
        {
            sb.Append(text, at, f.Index - at).Append(f.Repaired);
            at = f.Index + f.Garbled.Length;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    private static bool TryRepair(string run, out string repaired)
    {
        repaired = "";
        try
        {
            byte[] bytes = Windows1252.GetBytes(run);
            if (bytes.Length != run.Length) return false;
            repaired = StrictUtf8.GetString(bytes);
            return repaired.Length > 0 && repaired.Length < run.Length && !repaired.Contains('\uFFFD');
        }
        catch (EncoderFallbackException) { return false; }
        catch (DecoderFallbackException) { return false; }
    }
}
