namespace TellMe.Plan;

/// <summary>
/// Optimal assignment of rows to columns (for example interview slots to stories), each column used at
/// most once. Implemented as the Hungarian method in its shortest-augmenting-path form with dual
/// potentials (Kuhn–Munkres / Jonker–Volgenant style).
/// </summary>
/// <remarks>
/// <para>
/// Cost: O(k² · l) time and O(k · l) memory, where k = min(rows, columns) and l = max(rows, columns).
/// The algorithm always runs with the smaller side as its "rows" (transposing internally when there are
/// more rows than columns), so 20 slots × 1,000 stories costs about 20² · 1,000 steps.
/// </para>
/// <para>
/// Results are deterministic: the same matrix always yields the same assignment. Columns are scanned in
/// index order and only a strictly better candidate replaces the current one, so among equally good
/// choices the lower index is preferred at each step (e.g. an all-equal square matrix yields the
/// identity assignment). Totals of real-valued costs are optimal up to floating-point rounding.
/// </para>
/// </remarks>
public static class AssignmentSolver
{
    /// <summary>
    /// Minimum-cost assignment for a rectangular cost matrix.
    /// </summary>
    /// <param name="cost">Cost of assigning row <c>i</c> to column <c>j</c>; every entry must be finite.</param>
    /// <returns>
    /// For each row, the assigned column index, or -1 when the row is left unassigned. Exactly
    /// min(rows, columns) rows are assigned (so -1 only appears when rows &gt; columns), every column is
    /// used at most once, and the sum of the assigned costs is minimal among all such assignments.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="cost"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// An entry is NaN or infinite, or magnitudes are so large (near <see cref="double.MaxValue"/>) that the
    /// dual potentials could overflow. To forbid pairs, use <see cref="MaximiseScore"/>.
    /// </exception>
    public static int[] MinimiseCost(double[,] cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        int rows = cost.GetLength(0), cols = cost.GetLength(1);

        double maxAbs = 0;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                double c = cost[i, j];
                if (!double.IsFinite(c))
                {
                    throw new ArgumentException(
                        $"cost[{i},{j}] is {c}; every cost must be a finite number.", nameof(cost));
                }
                maxAbs = Math.Max(maxAbs, Math.Abs(c));
            }
        }

        var shape = new Shape(rows, cols);
        if (shape.Small == 0)
        {
            return Unassigned(rows);
        }
        EnsureRepresentable(maxAbs, shape.Small, nameof(cost));

        var flat = new Real[shape.Small * shape.Large];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                flat[shape.Index(i, j)] = new Real(cost[i, j]);
            }
        }

        return shape.ToRowAssignment(Solve(flat, shape.Small, shape.Large));
    }

    /// <summary>
    /// Maximum-score assignment in which some pairs may be forbidden.
    /// </summary>
    /// <param name="score">Score (fit) of assigning row <c>i</c> to column <c>j</c>.</param>
    /// <param name="minimumScore">
    /// Pairs scoring below this threshold are forbidden. Defaults to negative infinity (no threshold).
    /// </param>
    /// <returns>
    /// For each row, the assigned column index, or -1 when the row is left unassigned; every column is
    /// used at most once.
    /// </returns>
    /// <remarks>
    /// A pair (i, j) is <em>forbidden</em> when <c>score[i, j]</c> is NaN, is negative infinity, or is
    /// less than <paramref name="minimumScore"/>. The result is optimal under this strict order of
    /// priorities:
    /// <list type="number">
    /// <item><description>A forbidden pair is never assigned, even if that leaves a row unassigned.</description></item>
    /// <item><description>The number of assigned rows is as large as possible.</description></item>
    /// <item><description>Among assignments with that many rows, the total score is as large as possible.</description></item>
    /// </list>
    /// So a negative-scoring (but allowed) pair is still used when it lets one more row be assigned; raise
    /// <paramref name="minimumScore"/> (for example to 0) to keep such pairs out. A row with no allowed
    /// column always gets -1.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="score"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="minimumScore"/> is NaN, an allowed entry is positive infinity, or magnitudes are so
    /// large (near <see cref="double.MaxValue"/>) that the dual potentials could overflow.
    /// </exception>
    public static int[] MaximiseScore(double[,] score, double minimumScore = double.NegativeInfinity)
    {
        ArgumentNullException.ThrowIfNull(score);
        if (double.IsNaN(minimumScore))
        {
            throw new ArgumentException("The minimum score must not be NaN.", nameof(minimumScore));
        }
        int rows = score.GetLength(0), cols = score.GetLength(1);

        int allowed = 0;
        double maxAbs = 0;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                double s = score[i, j];
                if (!IsAllowed(s, minimumScore))
                {
                    continue;
                }
                if (double.IsPositiveInfinity(s))
                {
                    throw new ArgumentException(
                        $"score[{i},{j}] is positive infinity; allowed scores must be finite.", nameof(score));
                }
                allowed++;
                maxAbs = Math.Max(maxAbs, Math.Abs(s));
            }
        }

        var shape = new Shape(rows, cols);
        if (allowed == 0)
        {
            return Unassigned(rows);
        }
        EnsureRepresentable(maxAbs, shape.Small, nameof(score));

        if (allowed == rows * cols)
        {
            // Nothing forbidden: plain minimisation of the negated scores.
            var flat = new Real[shape.Small * shape.Large];
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < cols; j++)
                {
                    flat[shape.Index(i, j)] = new Real(-score[i, j]);
                }
            }
            return shape.ToRowAssignment(Solve(flat, shape.Small, shape.Large));
        }

        // Some pairs are forbidden. Every full assignment of the smaller side is minimised under the
        // lexicographic cost (number of forbidden pairs used, minus the total allowed score). Because the
        // bipartite graph is complete, minimising forbidden pairs is exactly maximising the number of
        // allowed pairs; dropping the forbidden pairs afterwards gives the documented optimum.
        var lex = new Lex[shape.Small * shape.Large];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                double s = score[i, j];
                lex[shape.Index(i, j)] = IsAllowed(s, minimumScore) ? new Lex(0, -s) : Lex.Forbidden;
            }
        }

        int[] result = shape.ToRowAssignment(Solve(lex, shape.Small, shape.Large));
        for (int i = 0; i < rows; i++)
        {
            if (result[i] >= 0 && !IsAllowed(score[i, result[i]], minimumScore))
            {
                result[i] = -1;
            }
        }
        return result;
    }

    private static bool IsAllowed(double score, double minimumScore) =>
        !double.IsNaN(score) && !double.IsNegativeInfinity(score) && score >= minimumScore;

    private static int[] Unassigned(int rows)
    {
        var result = new int[rows];
        Array.Fill(result, -1);
        return result;
    }

    /// <summary>
    /// Potentials stay within a small multiple of k · max|cost|; refuse inputs where that could overflow.
    /// </summary>
    private static void EnsureRepresentable(double maxAbs, int small, string paramName)
    {
        if (maxAbs > double.MaxValue / (8.0 * (small + 1)))
        {
            throw new ArgumentException(
                $"Matrix entries up to {maxAbs} are too large in magnitude to solve without overflow.", paramName);
        }
    }

    /// <summary>
    /// Shortest augmenting path with potentials on a k × l matrix (k ≤ l) stored row-major in
    /// <paramref name="cost"/>. Rows are inserted one at a time; each insertion is a Dijkstra-like search
    /// over reduced costs that ends at a free column, then the alternating path is flipped.
    /// </summary>
    /// <returns>For each of the k rows, its assigned column (all rows are assigned).</returns>
    private static int[] Solve<T>(T[] cost, int k, int l) where T : struct, ICost<T>
    {
        // 1-based rows and columns; column 0 is a virtual column holding the row being inserted.
        var u = new T[k + 1];       // row potentials
        var v = new T[l + 1];       // column potentials
        var owner = new int[l + 1]; // owner[j] = row matched to column j, 0 when free
        var way = new int[l + 1];   // previous column on the shortest alternating path
        var minv = new T[l + 1];    // tentative reduced distance to each column
        var used = new bool[l + 1]; // column already in the search tree

        for (int row = 1; row <= k; row++)
        {
            owner[0] = row;
            int j0 = 0;
            Array.Fill(minv, T.Infinity);
            Array.Clear(used);

            do
            {
                used[j0] = true;
                int i0 = owner[j0];
                int rowStart = (i0 - 1) * l - 1; // so that cost[rowStart + j] is column j (1-based)
                T ui0 = u[i0];
                T delta = T.Infinity;
                int j1 = 0;

                for (int j = 1; j <= l; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }
                    T reduced = cost[rowStart + j] - ui0 - v[j];
                    if (reduced < minv[j])
                    {
                        minv[j] = reduced;
                        way[j] = j0;
                    }
                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                if (j1 == 0)
                {
                    // Cannot happen with finite inputs (k ≤ l leaves a free column); guards against overflow.
                    throw new InvalidOperationException("Assignment search found no reachable column.");
                }

                for (int j = 0; j <= l; j++)
                {
                    if (used[j])
                    {
                        u[owner[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            }
            while (owner[j0] != 0);

            // Flip the alternating path back to the virtual column.
            do
            {
                int previous = way[j0];
                owner[j0] = owner[previous];
                j0 = previous;
            }
            while (j0 != 0);
        }

        var assignment = new int[k];
        for (int j = 1; j <= l; j++)
        {
            if (owner[j] != 0)
            {
                assignment[owner[j] - 1] = j - 1;
            }
        }
        return assignment;
    }

    /// <summary>Maps the caller's rows × columns onto the solver's small × large orientation.</summary>
    private readonly struct Shape(int rows, int cols)
    {
        public int Rows { get; } = rows;
        public bool Transposed { get; } = rows > cols;
        public int Small { get; } = Math.Min(rows, cols);
        public int Large { get; } = Math.Max(rows, cols);

        public int Index(int row, int col) => Transposed ? col * Large + row : row * Large + col;

        public int[] ToRowAssignment(int[] smallToLarge)
        {
            if (!Transposed)
            {
                return smallToLarge;
            }
            int[] result = Unassigned(Rows);
            for (int c = 0; c < smallToLarge.Length; c++)
            {
                result[smallToLarge[c]] = c;
            }
            return result;
        }
    }

    /// <summary>The operations the solver needs from a cost: an ordered additive group plus infinity.</summary>
    private interface ICost<TSelf> where TSelf : struct, ICost<TSelf>
    {
        static abstract TSelf Infinity { get; }
        static abstract TSelf operator +(TSelf left, TSelf right);
        static abstract TSelf operator -(TSelf left, TSelf right);
        static abstract bool operator <(TSelf left, TSelf right);
        static abstract bool operator >(TSelf left, TSelf right);
    }

    private readonly struct Real(double value) : ICost<Real>
    {
        private readonly double _value = value;

        public static Real Infinity => new(double.PositiveInfinity);
        public static Real operator +(Real left, Real right) => new(left._value + right._value);
        public static Real operator -(Real left, Real right) => new(left._value - right._value);
        public static bool operator <(Real left, Real right) => left._value < right._value;
        public static bool operator >(Real left, Real right) => left._value > right._value;
    }

    /// <summary>
    /// Lexicographic cost (primary, secondary): compared on the exact integer primary first. Subtraction
    /// and addition are componentwise, so this is an ordered group and the potentials argument holds.
    /// </summary>
    private readonly struct Lex(long primary, double secondary) : ICost<Lex>
    {
        private readonly long _primary = primary;
        private readonly double _secondary = secondary;

        public static Lex Forbidden => new(1, 0);
        public static Lex Infinity => new(long.MaxValue, double.PositiveInfinity);
        public static Lex operator +(Lex left, Lex right) =>
            new(left._primary + right._primary, left._secondary + right._secondary);
        public static Lex operator -(Lex left, Lex right) =>
            new(left._primary - right._primary, left._secondary - right._secondary);
        public static bool operator <(Lex left, Lex right) =>
            left._primary < right._primary || (left._primary == right._primary && left._secondary < right._secondary);
        public static bool operator >(Lex left, Lex right) => right < left;
    }
}
