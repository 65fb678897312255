namespace TellMe.Practice.Audio;

/// <summary>What TellMe accepts as one spoken answer.</summary>
public static class AudioLimits
{
    /// <summary>
    /// The longest recording analysed: an hour, the same bound as a drill's <c>--time</c>. An answer is a few
    /// minutes; the bound keeps a wrong file (a whole meeting, a 500 MB capture) from filling memory: it is
    /// refused from its header, before its samples are read.
    /// </summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(1);

    /// <summary>The shortest recording worth analysing.</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromSeconds(0.5);

    /// <summary>The duration as m:ss or h:mm:ss for messages.</summary>
    public static string Clock(TimeSpan time)
    {
        int seconds = (int)Math.Round(Math.Max(0, time.TotalSeconds));
        return seconds >= 3600
            ? $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}"
            : $"{seconds / 60}:{seconds % 60:00}";
    }
}
