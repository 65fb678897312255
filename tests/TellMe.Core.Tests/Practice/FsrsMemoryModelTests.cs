using TellMe.Practice.Scheduling;

namespace TellMe.Tests.Practice;

/// <summary>
/// The FSRS-6 formulas, each checked against its published form with the default weights.
/// </summary>
public sealed class FsrsMemoryModelTests
{
    private static readonly IReadOnlyList<double> W = FsrsParameters.DefaultWeights;
    private readonly FsrsMemoryModel _model = new(FsrsParameters.Default);

    [Fact]
    public void DefaultsAreTheFsrs6ReferenceDefaults()
    {
        FsrsParameters p = FsrsParameters.Default;
        Assert.Equal(21, p.Weights.Count);
        Assert.Equal(
            [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
             1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542],
            p.Weights);
        Assert.Equal(0.9, p.DesiredRetention);
        Assert.Equal(36500, p.MaximumInterval);
        Assert.False(p.EnableFuzz);
        Assert.True(p.EnableShortTerm);
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)], p.LearningSteps);
        Assert.Equal([TimeSpan.FromMinutes(10)], p.RelearningSteps);
        Assert.Equal(W, _model.Weights); // the defaults are all inside the clipping ranges
    }

    [Theory]
    [InlineData(Rating.Again, 0)]
    [InlineData(Rating.Hard, 1)]
    [InlineData(Rating.Good, 2)]
    [InlineData(Rating.Easy, 3)]
    public void InitialStabilityIsTheFirstFourWeights(Rating rating, int weight) =>
        Assert.Equal(W[weight], _model.InitialStability(rating));

    [Fact]
    public void InitialDifficultyIsW4MinusExponentialOfRating()
    {
        Assert.Equal(W[4], _model.InitialDifficulty(Rating.Again), 8);
        Assert.Equal(W[4] - Math.Exp(W[5]) + 1, _model.InitialDifficulty(Rating.Hard), 8);
        Assert.Equal(W[4] - Math.Exp(2 * W[5]) + 1, _model.InitialDifficulty(Rating.Good), 8);
        // w4 - e^(3·w5) + 1 is below 1 with the defaults, so Easy is clamped to the floor.
        Assert.Equal(1, _model.InitialDifficulty(Rating.Easy));
    }

    [Fact]
    public void DecayIsMinusW20AndFactorMakesRetrievabilityNinetyPercentAtStability()
    {
        Assert.Equal(-0.1542, _model.Decay);
        Assert.Equal(Math.Pow(0.9, 1 / -0.1542) - 1, _model.Factor, 8);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1)]
    [InlineData(3.7)]
    [InlineData(10)]
    [InlineData(365)]
    [InlineData(36500)]
    public void RetrievabilityAtElapsedEqualToStabilityIsNinetyPercent(double stability) =>
        Assert.Equal(0.9, _model.Retrievability(stability, stability), 1e-6);

    [Fact]
    public void RetrievabilityFollowsThePowerForgettingCurve()
    {
        Assert.Equal(1.0, _model.Retrievability(0, 5));
        double s = 12.5;
        for (int t = 1; t <= 100; t += 9)
        {
            double expected = Math.Pow(1 + _model.Factor * t / s, -W[20]);
            Assert.Equal(expected, _model.Retrievability(t, s), 8);
            Assert.True(_model.Retrievability(t, s) > _model.Retrievability(t + 1, s), "R must fall as time passes.");
        }
    }

    [Fact]
    public void IntervalEqualsStabilityAtNinetyPercentRetention()
    {
        Assert.Equal(1.0, _model.IntervalModifier, 6);
        Assert.Equal(10, _model.NextInterval(10));
        Assert.Equal(1, _model.NextInterval(0.2)); // never under a day
        Assert.Equal(36500, _model.NextInterval(36500));
    }

    [Fact]
    public void HigherDesiredRetentionGivesShorterIntervals()
    {
        var relaxed = new FsrsMemoryModel(FsrsParameters.Default with { DesiredRetention = 0.8 });
        var strict = new FsrsMemoryModel(FsrsParameters.Default with { DesiredRetention = 0.97 });

        Assert.True(relaxed.NextInterval(50) > _model.NextInterval(50));
        Assert.True(strict.NextInterval(50) < _model.NextInterval(50));
        // At the interval for retention r, the forgetting curve is back at r.
        Assert.Equal(0.8, relaxed.Retrievability(50 * relaxed.IntervalModifier, 50), 6);
    }

    [Fact]
    public void IntervalIsCappedByMaximumInterval()
    {
        var model = new FsrsMemoryModel(FsrsParameters.Default with { MaximumInterval = 180 });
        Assert.Equal(180, model.NextInterval(5000));
    }

    [Theory]
    [InlineData(Rating.Again)]
    [InlineData(Rating.Hard)]
    [InlineData(Rating.Good)]
    [InlineData(Rating.Easy)]
    public void NextDifficultyIsDampedStepWithMeanReversionToEasyInitialDifficulty(Rating rating)
    {
        double d = 5.0;
        double easyInitial = W[4] - Math.Exp(3 * W[5]) + 1; // unclamped, as in FSRS
        double stepped = d + (-W[6] * ((int)rating - 3)) * (10 - d) / 9;
        double expected = Math.Clamp(W[7] * easyInitial + (1 - W[7]) * stepped, 1, 10);

        Assert.Equal(expected, _model.NextDifficulty(d, rating), 7);
    }

    [Fact]
    public void DifficultyRisesOnAgainFallsOnEasyAndStaysInRange()
    {
        Assert.True(_model.NextDifficulty(5, Rating.Again) > 5);
        Assert.True(_model.NextDifficulty(5, Rating.Easy) < 5);
        Assert.InRange(_model.NextDifficulty(10, Rating.Again), 1, 10);
        Assert.InRange(_model.NextDifficulty(1, Rating.Easy), 1, 10);
    }

    [Fact]
    public void RecallStabilityFollowsTheFormulaAndOrdersHardGoodEasy()
    {
        double d = 4.2, s = 20, r = 0.85;
        double expected = s * (1 + Math.Exp(W[8]) * (11 - d) * Math.Pow(s, -W[9]) * (Math.Exp((1 - r) * W[10]) - 1));
        Assert.Equal(expected, _model.NextRecallStability(d, s, r, Rating.Good), 7);

        double hard = _model.NextRecallStability(d, s, r, Rating.Hard);
        double good = _model.NextRecallStability(d, s, r, Rating.Good);
        double easy = _model.NextRecallStability(d, s, r, Rating.Easy);
        Assert.True(s < hard && hard < good && good < easy);
    }

    [Fact]
    public void ForgetStabilityFollowsTheFormulaAndLapseNeverRaisesStability()
    {
        double d = 6, s = 30, r = 0.7;
        double expected = W[11] * Math.Pow(d, -W[12]) * (Math.Pow(s + 1, W[13]) - 1) * Math.Exp((1 - r) * W[14]);
        Assert.Equal(expected, _model.NextForgetStability(d, s, r), 7);

        MemoryState after = _model.NextMemoryState(new MemoryState(s, d), 40, Rating.Again, r);
        Assert.True(after.Stability < s);
        Assert.Equal(Math.Min(expected, s / Math.Exp(W[17] * W[18])), after.Stability, 7);
    }

    [Fact]
    public void ShortTermStabilityUsesW17ToW19AndNeverDropsOnSuccess()
    {
        double s = 0.5;
        double expected = s * Math.Pow(s, -W[19]) * Math.Exp(W[17] * (0 + W[18]));
        Assert.Equal(expected, _model.NextShortTermStability(s, Rating.Good), 7);
        double expectedAgain = 3 * Math.Pow(3, -W[19]) * Math.Exp(W[17] * (-2 + W[18]));
        Assert.Equal(expectedAgain, _model.NextShortTermStability(3, Rating.Again), 7);
        s = 3;

        Assert.True(_model.NextShortTermStability(s, Rating.Again) < s);
        Assert.True(_model.NextShortTermStability(s, Rating.Hard) >= s);
        Assert.True(_model.NextShortTermStability(500, Rating.Good) >= 500); // masked to at least 1x
    }

    [Fact]
    public void SameDayReviewsUseShortTermStability()
    {
        var memory = new MemoryState(3, 5);
        Assert.Equal(_model.NextShortTermStability(3, Rating.Good), _model.NextMemoryState(memory, 0, Rating.Good).Stability);

        var longTerm = new FsrsMemoryModel(FsrsParameters.Default with { EnableShortTerm = false });
        Assert.Equal(3, longTerm.NextMemoryState(memory, 0, Rating.Good).Stability); // R = 1: no growth
    }

    [Fact]
    public void NewMemoryGetsInitialState()
    {
        MemoryState first = _model.NextMemoryState(new MemoryState(0, 0), 0, Rating.Good);
        Assert.Equal(_model.InitialStability(Rating.Good), first.Stability);
        Assert.Equal(_model.InitialDifficulty(Rating.Good), first.Difficulty);
    }

    [Fact]
    public void InvalidInputsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _model.NextMemoryState(new MemoryState(3, 5), -1, Rating.Good));
        Assert.Throws<ArgumentOutOfRangeException>(() => _model.NextMemoryState(new MemoryState(3, 0.5), 1, Rating.Good));
        Assert.Throws<ArgumentException>(() => new FsrsMemoryModel(FsrsParameters.Default with { Weights = W.Take(19).ToArray() }));
        Assert.Throws<ArgumentException>(() => new FsrsMemoryModel(FsrsParameters.Default with { DesiredRetention = 0 }));
        Assert.Throws<ArgumentException>(() => new FsrsMemoryModel(FsrsParameters.Default with { DesiredRetention = 1.2 }));
        Assert.Throws<ArgumentException>(() => new FsrsMemoryModel(FsrsParameters.Default with { MaximumInterval = 0 }));
        double[] nan = W.ToArray();
        nan[3] = double.NaN;
        Assert.Throws<ArgumentException>(() => new FsrsMemoryModel(FsrsParameters.Default with { Weights = nan }));
    }

    [Fact]
    public void OutOfRangeWeightsAreClippedLikeTheReference()
    {
        double[] weights = W.ToArray();
        weights[0] = -1;   // initial stability floor 0.001
        weights[4] = 12;   // initial difficulty ceiling 10
        weights[20] = 2;   // decay ceiling 0.8
        var model = new FsrsMemoryModel(FsrsParameters.Default with { Weights = weights });

        Assert.Equal(0.001, model.Weights[0]);
        Assert.Equal(10, model.Weights[4]);
        Assert.Equal(0.8, model.Weights[20]);
        Assert.Equal(-0.8, model.Decay);
    }

    [Fact]
    public void SeveralRelearningStepsCapW17AndW18()
    {
        double[] weights = W.ToArray();
        weights[17] = 1.9;
        weights[18] = 1.9;
        var oneStep = new FsrsMemoryModel(FsrsParameters.Default with { Weights = weights });
        var threeSteps = new FsrsMemoryModel(FsrsParameters.Default with
        {
            Weights = weights,
            RelearningSteps = [TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(20), TimeSpan.FromHours(2)],
        });

        Assert.Equal(1.9, oneStep.Weights[17]);
        Assert.True(threeSteps.Weights[17] < 1.9);
        Assert.Equal(threeSteps.Weights[17], threeSteps.Weights[18]);
    }
}
