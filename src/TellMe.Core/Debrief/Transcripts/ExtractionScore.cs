using System.Collections.Immutable;
using TellMe.Prep;

namespace TellMe.Debrief.Transcripts;

/// <summary>
/// Precision and recall of extracted questions against the questions a person wrote down for the same
/// transcript. Two questions are the same when their content words (folded, stemmed, function words aside)
/// mostly agree: Dice ≥ 0.6, or the shorter's words (at least two) are 80 % inside the longer, since one side
/// may keep a lead-in the other drops ("The role is hybrid. Would that work for you?").
/// </summary>
public static class ExtractionScore
{
    /// <summary>The outcome for one transcript (or several, summed).</summary>
    public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives, ImmutableArray<string> Extra, ImmutableArray<string> Missed)
    {
        /// <summary>Share of extracted questions that were expected.</summary>
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

        /// <summary>Share of expected questions that were extracted.</summary>
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);

        /// <summary>Sums two scores.</summary>
        public Score Add(Score other) => new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives,
            FalseNegatives + other.FalseNegatives, Extra.AddRange(other.Extra), Missed.AddRange(other.Missed));

        /// <summary>Nothing counted yet.</summary>
        public static Score Zero { get; } = new(0, 0, 0, [], []);
    }

    /// <summary>Scores <paramref name="extracted"/> against <paramref name="expected"/>, one to one.</summary>
    public static Score Compare(IReadOnlyList<string> expected, IReadOnlyList<string> extracted, TranscriptCues? cues = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(extracted);
        cues ??= TranscriptCues.Embedded;
        var got = extracted.Select(e => Words(e, cues)).ToList();
        var used = new bool[got.Count];
        var missed = ImmutableArray.CreateBuilder<string>();
        int tp = 0;
        foreach (var want in expected)
        {
            var w = Words(want, cues);
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < got.Count; i++)
            {
                if (used[i]) continue;
                double s = Similarity(w, got[i]);
                if (s > bestScore) (best, bestScore) = (i, s);
            }
            if (best >= 0 && bestScore > 0)
            {
                used[best] = true;
                tp++;
            }
            else missed.Add(want);
        }
        var extra = extracted.Where((_, i) => !used[i]).ToImmutableArray();
        return new Score(tp, extra.Length, missed.Count, extra, missed.ToImmutable());
    }

    // 0 when the two are not the same question; else how alike they are.
    private static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = a.Count(b.Contains);
        double dice = 2.0 * shared / (a.Count + b.Count);
        double containment = shared / (double)Math.Min(a.Count, b.Count);
        return dice >= 0.6 || (Math.Min(a.Count, b.Count) >= 2 && containment >= 0.8) ? dice + containment : 0;
    }

    private static HashSet<string> Words(string text, TranscriptCues cues) =>
        [.. TranscriptCues.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !cues.Ignore.Contains(w))
            .Select(w => StemmedWord.Split(w) is [var first, ..] ? first.Stem : w)];
}
