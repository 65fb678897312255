namespace TellMe.Practice.Audio.Recording;

/// <summary>
/// The level meter of a recording screen: the loudness of the latest block of samples on a scale from
/// <see cref="FloorDb"/> (empty bar) to 0 dBFS (full), with a peak that falls back slowly so a word stays
/// visible. Pure arithmetic; the screen draws <see cref="Bar"/>.
/// </summary>
public sealed class LevelMeter
{
    /// <summary>The bottom of the scale: quieter is shown as silence.</summary>
    public const double FloorDb = -60;

    /// <summary>How fast the peak falls back, in dB per second.</summary>
    public const double PeakFallDbPerSecond = 20;

    /// <summary>The level of the latest block, dBFS (RMS).</summary>
    public double LevelDb { get; private set; } = FloorDb;

    /// <summary>The held peak, dBFS.</summary>
    public double PeakDb { get; private set; } = FloorDb;

    /// <summary>The level as a share of the bar, 0 to 1.</summary>
    public double Level => Share(LevelDb);

    /// <summary>The peak as a share of the bar, 0 to 1.</summary>
    public double Peak => Share(PeakDb);

    /// <summary>True when the latest block clipped (a sample at full scale): the user should move back.</summary>
    public bool Clipping { get; private set; }

    /// <summary>Takes a block of samples lasting <paramref name="duration"/>.</summary>
    public void Add(ReadOnlySpan<float> samples, TimeSpan duration)
    {
        double power = 0;
        bool clip = false;
        foreach (float s in samples)
        {
            power += s * (double)s;
            if (Math.Abs(s) >= 0.999f) clip = true;
        }
        LevelDb = samples.Length == 0 || power <= 0 ? FloorDb : Math.Max(FloorDb, 10 * Math.Log10(power / samples.Length));
        PeakDb = Math.Max(LevelDb, PeakDb - PeakFallDbPerSecond * duration.TotalSeconds);
        Clipping = clip;
    }

    /// <summary>The bar as text: <paramref name="width"/> cells, '█' up to the level, '│' at the peak.</summary>
    public string Bar(int width)
    {
        int filled = (int)Math.Round(Level * width), peak = Math.Min(width - 1, (int)Math.Round(Peak * width));
        var cells = new char[width];
        for (int i = 0; i < width; i++) cells[i] = i < filled ? '█' : i == peak && Peak > 0 ? '│' : '·';
        return new string(cells);
    }

    private static double Share(double db) => Math.Clamp((db - FloorDb) / -FloorDb, 0, 1);
}
