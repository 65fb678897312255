using System.Globalization;

namespace TellMe.Text;

/// <summary>Short human spellings of time spans, the same in the terminal and the browser.</summary>
public static class Durations
{
    /// <summary>A short human interval: 45s, 10m, 3h, 4d, 2.5mo, 1.2y.</summary>
    public static string Short(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        if (span.TotalMinutes < 1) return $"{(int)span.TotalSeconds}s";
        if (span.TotalHours < 1) return $"{(int)Math.Round(span.TotalMinutes)}m";
        if (span.TotalDays < 1) return $"{(int)Math.Round(span.TotalHours)}h";
        if (span.TotalDays < 30) return $"{(int)Math.Round(span.TotalDays)}d";
        if (span.TotalDays < 365) return (span.TotalDays / 30.4).ToString("0.#", CultureInfo.InvariantCulture) + "mo";
        return (span.TotalDays / 365.25).ToString("0.#", CultureInfo.InvariantCulture) + "y";
    }
}
