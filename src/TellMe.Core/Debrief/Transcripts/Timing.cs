using System.Globalization;
using System.Text.RegularExpressions;

namespace TellMe.Debrief.Transcripts;

/// <summary>Caption timings and the timestamps people paste in front of transcript lines.</summary>
public static partial class Timing
{
    /// <summary>True for a cue timing line: <c>00:00:01.000 --&gt; 00:00:04.000</c> (WebVTT) or with commas (SRT).</summary>
    public static bool IsCueTiming(string line) => CueTiming().IsMatch(line);

    /// <summary>The start of a cue timing line, if it parses.</summary>
    public static TimeSpan? CueStart(string line) => CueTiming().Match(line) is { Success: true } m ? Parse(m.Groups["start"].Value) : null;

    /// <summary>
    /// Splits a leading timestamp off a line: "[00:12:03] Dana: …", "(12:03) Dana: …", "00:12:03 Dana: …"; the
    /// line is returned without it.
    /// </summary>
    public static string StripStamp(string line, out TimeSpan? at)
    {
        at = null;
        var m = LeadingStamp().Match(line);
        if (!m.Success) return line;
        at = Parse(m.Groups["t"].Value);
        return line[m.Length..];
    }

    /// <summary>
    /// A timestamp written after the speaker's name: "Dana (12:03): text" gives the name and "text"; "Dana Okafor
    /// 0:04" alone on its line (as some tools export) gives the name and an empty text.
    /// </summary>
    public static bool TrySpeakerStamp(string line, out string name, out TimeSpan? at, out string text)
    {
        name = text = "";
        at = null;
        var m = SpeakerStamp().Match(line);
        if (!m.Success) return false;
        string rest = m.Groups["rest"].Value.Trim();
        if (rest.Length > 0 && rest[0] != ':') return false;
        name = m.Groups["name"].Value.Trim();
        at = Parse(m.Groups["t"].Value);
        text = rest.TrimStart(':').Trim();
        return true;
    }

    private static TimeSpan? Parse(string text)
    {
        var parts = text.Replace(',', '.').Split(':');
        try
        {
            double seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
            int minutes = int.Parse(parts[^2], CultureInfo.InvariantCulture);
            int hours = parts.Length > 2 ? int.Parse(parts[^3], CultureInfo.InvariantCulture) : 0;
            return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\s*(?<start>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}")]
    private static partial Regex CueTiming();

    [GeneratedRegex(@"^\s*[\[(]?(?<t>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\])]?\s*[-–|]?\s*")]
    private static partial Regex LeadingStamp();

    [GeneratedRegex(@"^(?<name>[\p{L}][\p{L} .'’-]{0,39}?)\s*[\[(]?(?<t>(?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?(?<rest>\s*:.*|\s*)$")]
    private static partial Regex SpeakerStamp();
}
