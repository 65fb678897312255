using TellMe.Practice.Scheduling;

namespace TellMe.Cli.Commands.Drill;

/// <summary>What a session did, for its closing line: reviews saved by rating, and cards skipped.</summary>
public sealed class DrillTally
{
    private readonly int[] _byRating = new int[5];

    /// <summary>Reviews saved.</summary>
    public int Reviews { get; private set; }

    /// <summary>Cards skipped without a rating.</summary>
    public int Skipped { get; private set; }

    /// <summary>Counts a saved review.</summary>
    public void Rated(Rating rating)
    {
        _byRating[(int)rating]++;
        Reviews++;
    }

    /// <summary>Counts a skipped card.</summary>
    public void Skip() => Skipped++;

    /// <summary>"again 1, good 2" (or "missed it 1, got it 2"), in rating order; empty when nothing was rated.</summary>
    public string Breakdown(bool passFail) => string.Join(", ",
        new[] { Rating.Again, Rating.Hard, Rating.Good, Rating.Easy }
            .Where(r => _byRating[(int)r] > 0)
            .Select(r => $"{Output.PracticeOutput.RatingName(r, passFail)} {_byRating[(int)r]}"));
}
