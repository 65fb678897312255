using TellMe.Plan;

namespace TellMe.Tests.Plan;

public class AssignmentSolverTests
{
    private const int MaxRows = 6;
    private const int MaxCols = 7;
    private const int InstancesPerShape = 40;

    /// <summary>Number of (rows, cols) shapes in 1..6 × 1..7.</summary>
    private const int Shapes = MaxRows * MaxCols;

    // ---------------------------------------------------------------- textbook examples

    [Fact]
    public void MinimiseCost_ClassicFourByFour_HasPublishedOptimum140()
    {
        double[,] cost =
        {
            { 82, 83, 69, 92 },
            { 77, 37, 49, 92 },
            { 11, 69, 5, 86 },
            { 8, 9, 98, 23 },
        };

        int[] result = AssignmentSolver.MinimiseCost(cost);

        Assert.Equal(new[] { 2, 1, 0, 3 }, result);
        Assert.Equal(140, Total(cost, result));
    }

    [Fact]
    public void MinimiseCost_MunkresThreeByThree_HasPublishedOptimum12()
    {
        // Two optimal permutations tie at 12: (0,1,2) and (2,1,0).
        double[,] cost =
        {
            { 5, 9, 1 },
            { 10, 3, 2 },
            { 8, 7, 4 },
        };

        int[] result = AssignmentSolver.MinimiseCost(cost);

        AssertValid(result, 3, 3);
        Assert.Equal(12, Total(cost, result));
        Assert.Equal(result, AssignmentSolver.MinimiseCost(cost));
    }

    [Fact]
    public void MinimiseCost_ClassicThreeByFour_LeavesTheExpensiveColumnUnused()
    {
        double[,] cost =
        {
            { 82, 92, 69, 83 },
            { 77, 92, 49, 37 },
            { 11, 86, 5, 69 },
        };

        int[] result = AssignmentSolver.MinimiseCost(cost);

        Assert.Equal(new[] { 2, 3, 0 }, result);
        Assert.Equal(117, Total(cost, result));
    }

    [Fact]
    public void MinimiseCost_FourByThree_LeavesOneRowUnassigned()
    {
        // Transpose of the 3×4 example: the row for the expensive column is left out.
        double[,] cost =
        {
            { 82, 77, 11 },
            { 92, 92, 86 },
            { 69, 49, 5 },
            { 83, 37, 69 },
        };

        int[] result = AssignmentSolver.MinimiseCost(cost);

        Assert.Equal(new[] { 2, -1, 0, 1 }, result);
        Assert.Equal(117, Total(cost, result));
    }

    // ---------------------------------------------------------------- edge cases

    [Fact]
    public void EmptyMatrices_ReturnOneEntryPerRow_AllUnassigned()
    {
        Assert.Empty(AssignmentSolver.MinimiseCost(new double[0, 0]));
        Assert.Empty(AssignmentSolver.MinimiseCost(new double[0, 5]));
        Assert.Equal(new[] { -1, -1, -1 }, AssignmentSolver.MinimiseCost(new double[3, 0]));

        Assert.Empty(AssignmentSolver.MaximiseScore(new double[0, 0]));
        Assert.Empty(AssignmentSolver.MaximiseScore(new double[0, 5]));
        Assert.Equal(new[] { -1, -1, -1 }, AssignmentSolver.MaximiseScore(new double[3, 0]));
    }

    [Fact]
    public void SingleRow_TakesBestColumn_LowestIndexOnTies()
    {
        Assert.Equal(new[] { 1 }, AssignmentSolver.MinimiseCost(new double[,] { { 4, 1, 3, 1 } }));
        Assert.Equal(new[] { 0 }, AssignmentSolver.MaximiseScore(new double[,] { { 4, 1, 3, 4 } }));
        Assert.Equal(new[] { 0 }, AssignmentSolver.MinimiseCost(new double[,] { { 7 } }));
    }

    [Fact]
    public void SingleColumn_AssignsOnlyTheBestRow()
    {
        double[,] cost = { { 4 }, { 1 }, { 3 } };
        Assert.Equal(new[] { -1, 0, -1 }, AssignmentSolver.MinimiseCost(cost));
        Assert.Equal(new[] { 0, -1, -1 }, AssignmentSolver.MaximiseScore(cost));
    }

    [Fact]
    public void Ties_AreResolvedDeterministically()
    {
        var square = new double[5, 5];
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, AssignmentSolver.MinimiseCost(square));
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, AssignmentSolver.MaximiseScore(square));

        var wide = new double[3, 8];
        Assert.Equal(new[] { 0, 1, 2 }, AssignmentSolver.MinimiseCost(wide));

        var random = new Random(7);
        double[,] ties = RandomMatrix(6, 7, () => random.Next(0, 3));
        int[] first = AssignmentSolver.MaximiseScore(ties, 1);
        for (int run = 0; run < 5; run++)
        {
            Assert.Equal(first, AssignmentSolver.MaximiseScore(ties, 1));
        }
    }

    [Fact]
    public void MinimiseCost_RejectsNaNAndInfinity()
    {
        Assert.Throws<ArgumentException>(() => AssignmentSolver.MinimiseCost(new[,] { { 1, double.NaN } }));
        Assert.Throws<ArgumentException>(() => AssignmentSolver.MinimiseCost(new[,] { { 1, double.PositiveInfinity } }));
        Assert.Throws<ArgumentException>(() => AssignmentSolver.MinimiseCost(new[,] { { double.NegativeInfinity }, { 1 } }));
        Assert.Throws<ArgumentException>(() => AssignmentSolver.MinimiseCost(new[,] { { double.MaxValue, 0 } }));
        Assert.Throws<ArgumentNullException>(() => AssignmentSolver.MinimiseCost(null!));
    }

    [Fact]
    public void MaximiseScore_RejectsInvalidArguments()
    {
        Assert.Throws<ArgumentException>(() => AssignmentSolver.MaximiseScore(new double[,] { { 1 } }, double.NaN));
        Assert.Throws<ArgumentException>(() => AssignmentSolver.MaximiseScore(new[,] { { 1, double.PositiveInfinity } }));
        Assert.Throws<ArgumentNullException>(() => AssignmentSolver.MaximiseScore(null!));
    }

    // ---------------------------------------------------------------- forbidden pairs and priorities

    [Fact]
    public void MaximiseScore_NeverUsesForbiddenPair_EvenIfRowStaysUnassigned()
    {
        // Row 1's only allowed column is column 0, which row 0 also wants; column 1 is forbidden for row 1.
        double[,] score =
        {
            { 10, 9 },
            { 1, double.NaN },
            { double.NegativeInfinity, double.NegativeInfinity },
        };

        int[] result = AssignmentSolver.MaximiseScore(score);

        Assert.Equal(new[] { 1, 0, -1 }, result);

        // A threshold of 5 forbids row 1's only remaining pair, so row 0 takes its best column.
        Assert.Equal(new[] { 0, -1, -1 }, AssignmentSolver.MaximiseScore(score, minimumScore: 5));
    }

    [Fact]
    public void MaximiseScore_AllForbiddenRow_GetsMinusOne()
    {
        double[,] score =
        {
            { 3, 2, 1 },
            { double.NaN, double.NaN, double.NaN },
            { 1, 5, 1 },
        };

        Assert.Equal(new[] { 0, -1, 1 }, AssignmentSolver.MaximiseScore(score));

        double[,] allForbidden = { { double.NaN, double.NegativeInfinity }, { -1, -2 } };
        Assert.Equal(new[] { -1, -1 }, AssignmentSolver.MaximiseScore(allForbidden, minimumScore: 0));
    }

    [Fact]
    public void MaximiseScore_PrefersMoreAssignedRows_ThenHigherTotal()
    {
        // Assigning both rows needs row 0 -> column 1 (score -5): total 5 with 2 rows.
        // Assigning only row 0 -> column 0 scores 10 with 1 row. Count comes first.
        double[,] score =
        {
            { 10, -5 },
            { 10, double.NaN },
        };

        Assert.Equal(new[] { 1, 0 }, AssignmentSolver.MaximiseScore(score));

        // With negative scores forbidden, only one row can be assigned; the higher total wins.
        Assert.Equal(new[] { 0, -1 }, AssignmentSolver.MaximiseScore(score, minimumScore: 0));
    }

    [Fact]
    public void MaximiseScore_AllowsPairExactlyAtMinimumScore()
    {
        double[,] score = { { 0.5, 0.49 } };
        Assert.Equal(new[] { 0 }, AssignmentSolver.MaximiseScore(score, minimumScore: 0.5));
        Assert.Equal(new[] { -1 }, AssignmentSolver.MaximiseScore(score, minimumScore: 0.51));
    }

    // ---------------------------------------------------------------- brute force

    public enum Mode
    {
        MinimiseIntegers,
        MinimiseReals,
        MaximiseIntegersWithForbidden,
        MaximiseRealsWithThreshold,
        MaximiseRealsNothingForbidden,
        MaximiseSparseAllowed,
    }

    public static TheoryData<Mode> Modes => new(Enum.GetValues<Mode>());

    [Theory]
    [MemberData(nameof(Modes))]
    public void MatchesBruteForce_OnRandomSmallInstances(Mode mode)
    {
        var random = new Random(20_240_601 + (int)mode);
        int checkedInstances = 0;

        for (int rows = 1; rows <= MaxRows; rows++)
        {
            for (int cols = 1; cols <= MaxCols; cols++)
            {
                for (int instance = 0; instance < InstancesPerShape; instance++)
                {
                    CheckAgainstBruteForce(mode, random, rows, cols);
                    checkedInstances++;
                }
            }
        }

        Assert.Equal(Shapes * InstancesPerShape, checkedInstances);
    }

    private static void CheckAgainstBruteForce(Mode mode, Random random, int rows, int cols)
    {
        switch (mode)
        {
            case Mode.MinimiseIntegers:
                CheckMinimise(RandomMatrix(rows, cols, () => random.Next(-3, 10)));
                break;
            case Mode.MinimiseReals:
                CheckMinimise(RandomMatrix(rows, cols, () => random.NextDouble() * 200 - 100));
                break;
            case Mode.MaximiseIntegersWithForbidden:
                CheckMaximise(
                    RandomMatrix(rows, cols, () => WithForbidden(random, 0.25, random.Next(-5, 10))),
                    double.NegativeInfinity);
                break;
            case Mode.MaximiseRealsWithThreshold:
                CheckMaximise(
                    RandomMatrix(rows, cols, () => WithForbidden(random, 0.1, random.NextDouble() * 2 - 1)),
                    random.NextDouble() - 0.75);
                break;
            case Mode.MaximiseRealsNothingForbidden:
                CheckMaximise(
                    RandomMatrix(rows, cols, () => random.NextDouble() * 20 - 10),
                    double.NegativeInfinity);
                break;
            case Mode.MaximiseSparseAllowed:
                CheckMaximise(
                    RandomMatrix(rows, cols, () => WithForbidden(random, 0.7, random.Next(-2, 4))),
                    double.NegativeInfinity);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode));
        }
    }

    private static double WithForbidden(Random random, double probability, double value)
    {
        if (random.NextDouble() >= probability)
        {
            return value;
        }
        return random.Next(2) == 0 ? double.NaN : double.NegativeInfinity;
    }

    private static void CheckMinimise(double[,] cost)
    {
        int rows = cost.GetLength(0), cols = cost.GetLength(1);
        int[] result = AssignmentSolver.MinimiseCost(cost);

        AssertValid(result, rows, cols);
        Assert.Equal(Math.Min(rows, cols), result.Count(c => c >= 0));

        var best = BruteForce(cost, (_, _) => true);
        int full = Math.Min(rows, cols);
        double expected = best.MinTotalByCount[full];
        AssertClose(expected, Total(cost, result), cost);
    }

    private static void CheckMaximise(double[,] score, double minimumScore)
    {
        int rows = score.GetLength(0), cols = score.GetLength(1);
        bool Allowed(int i, int j) =>
            !double.IsNaN(score[i, j]) && !double.IsNegativeInfinity(score[i, j]) && score[i, j] >= minimumScore;

        int[] result = AssignmentSolver.MaximiseScore(score, minimumScore);

        AssertValid(result, rows, cols);
        for (int i = 0; i < rows; i++)
        {
            Assert.True(result[i] < 0 || Allowed(i, result[i]), $"row {i} uses forbidden column {result[i]}");
        }

        var best = BruteForce(score, Allowed);
        int bestCount = best.MaxCount;
        Assert.Equal(bestCount, result.Count(c => c >= 0));
        AssertClose(best.MaxTotalByCount[bestCount], Total(score, result), score);
    }

    private sealed class BruteForceResult(int maxCount, double[] minTotalByCount, double[] maxTotalByCount)
    {
        public int MaxCount { get; } = maxCount;
        public double[] MinTotalByCount { get; } = minTotalByCount;
        public double[] MaxTotalByCount { get; } = maxTotalByCount;
    }

    /// <summary>Enumerates every partial matching that uses only allowed pairs.</summary>
    private static BruteForceResult BruteForce(double[,] weight, Func<int, int, bool> allowed)
    {
        int rows = weight.GetLength(0), cols = weight.GetLength(1);
        int limit = Math.Min(rows, cols);
        var minTotal = Enumerable.Repeat(double.PositiveInfinity, limit + 1).ToArray();
        var maxTotal = Enumerable.Repeat(double.NegativeInfinity, limit + 1).ToArray();
        var usedCol = new bool[cols];
        int maxCount = 0;

        void Visit(int row, int count, double total)
        {
            if (row == rows)
            {
                maxCount = Math.Max(maxCount, count);
                minTotal[count] = Math.Min(minTotal[count], total);
                maxTotal[count] = Math.Max(maxTotal[count], total);
                return;
            }
            Visit(row + 1, count, total);
            for (int j = 0; j < cols; j++)
            {
                if (!usedCol[j] && allowed(row, j))
                {
                    usedCol[j] = true;
                    Visit(row + 1, count + 1, total + weight[row, j]);
                    usedCol[j] = false;
                }
            }
        }

        Visit(0, 0, 0);
        return new BruteForceResult(maxCount, minTotal, maxTotal);
    }

    // ---------------------------------------------------------------- large instance

    [Fact]
    public void MaximiseScore_TwentyByThousand_IsValidAndBeatsGreedy()
    {
        const int rows = 20, cols = 1000;
        var random = new Random(42);
        double[,] score = RandomMatrix(rows, cols, () => random.NextDouble());

        int[] result = AssignmentSolver.MaximiseScore(score);

        AssertValid(result, rows, cols);
        Assert.All(result, c => Assert.True(c >= 0));

        double total = Total(score, result);
        double greedy = Greedy(score, double.NegativeInfinity).Total;
        double upperBound = Enumerable.Range(0, rows).Sum(i => Enumerable.Range(0, cols).Max(j => score[i, j]));
        Assert.True(total >= greedy - 1e-9, $"optimal {total} below greedy {greedy}");
        Assert.True(total <= upperBound + 1e-9, $"optimal {total} above row-maximum bound {upperBound}");

        // Same problem through MinimiseCost on negated scores, and transposed (1000 × 20).
        var negated = new double[rows, cols];
        var transposed = new double[cols, rows];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                negated[i, j] = -score[i, j];
                transposed[j, i] = score[i, j];
            }
        }
        Assert.Equal(-total, Total(negated, AssignmentSolver.MinimiseCost(negated)), 9);

        int[] tResult = AssignmentSolver.MaximiseScore(transposed);
        AssertValid(tResult, cols, rows);
        Assert.Equal(rows, tResult.Count(r => r >= 0));
        Assert.Equal(total, Total(transposed, tResult), 9);
    }

    [Fact]
    public void MaximiseScore_TwentyByThousandWithThreshold_IsValidAndBeatsGreedy()
    {
        const int rows = 20, cols = 1000;
        var random = new Random(4242);
        double[,] score = RandomMatrix(rows, cols, () => random.NextDouble());
        const double threshold = 0.9;

        int[] result = AssignmentSolver.MaximiseScore(score, threshold);

        AssertValid(result, rows, cols);
        for (int i = 0; i < rows; i++)
        {
            Assert.True(result[i] >= 0 && score[i, result[i]] >= threshold, $"row {i} -> {result[i]}");
        }
        var greedy = Greedy(score, threshold);
        Assert.Equal(rows, greedy.Count);
        Assert.True(Total(score, result) >= greedy.Total - 1e-9);
    }

    /// <summary>Greedy: repeatedly take the highest allowed pair whose row and column are free.</summary>
    private static (int Count, double Total) Greedy(double[,] score, double minimumScore)
    {
        int rows = score.GetLength(0), cols = score.GetLength(1);
        var pairs = new List<(double Score, int Row, int Col)>(rows * cols);
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                if (score[i, j] >= minimumScore)
                {
                    pairs.Add((score[i, j], i, j));
                }
            }
        }
        pairs.Sort((a, b) => b.Score.CompareTo(a.Score));

        var rowUsed = new bool[rows];
        var colUsed = new bool[cols];
        int count = 0;
        double total = 0;
        foreach (var (s, i, j) in pairs)
        {
            if (!rowUsed[i] && !colUsed[j])
            {
                rowUsed[i] = colUsed[j] = true;
                count++;
                total += s;
            }
        }
        return (count, total);
    }

    // ---------------------------------------------------------------- helpers

    private static double[,] RandomMatrix(int rows, int cols, Func<double> next)
    {
        var matrix = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                matrix[i, j] = next();
            }
        }
        return matrix;
    }

    private static void AssertValid(int[] assignment, int rows, int cols)
    {
        Assert.Equal(rows, assignment.Length);
        var seen = new HashSet<int>();
        foreach (int c in assignment)
        {
            Assert.InRange(c, -1, cols - 1);
            if (c >= 0)
            {
                Assert.True(seen.Add(c), $"column {c} assigned twice");
            }
        }
    }

    private static double Total(double[,] matrix, int[] assignment)
    {
        double total = 0;
        for (int i = 0; i < assignment.Length; i++)
        {
            if (assignment[i] >= 0)
            {
                total += matrix[i, assignment[i]];
            }
        }
        return total;
    }

    private static void AssertClose(double expected, double actual, double[,] matrix)
    {
        double tolerance = 1e-9 * (1 + Math.Abs(expected));
        Assert.True(
            Math.Abs(expected - actual) <= tolerance,
            $"expected total {expected}, got {actual} for {matrix.GetLength(0)}×{matrix.GetLength(1)} matrix");
    }
}
