namespace TellMe.Practice.Scheduling;

/// <summary>
/// Johannes Baagøe's Alea generator with its Mash string hash, in the form ts-fsrs uses
/// (via seedrandom) to draw interval fuzz. It is reimplemented here, with JavaScript's
/// double and uint32 arithmetic reproduced step by step, only so that fuzzed intervals
/// are identical to the reference implementation's for the same review. It is not a
/// general-purpose or cryptographic generator.
/// </summary>
internal struct AleaRandom
{
    private const double TwoToMinus32 = 2.3283064365386963e-10;
    private const double TwoTo32 = 4294967296.0;

    private double _c;
    private double _s0;
    private double _s1;
    private double _s2;

    /// <summary>Seeds the generator from a string, as <c>alea(seed)</c> does.</summary>
    public AleaRandom(ReadOnlySpan<char> seed)
    {
        var mash = new Mash();
        _c = 1;
        _s0 = mash.Next(" ");
        _s1 = mash.Next(" ");
        _s2 = mash.Next(" ");
        _s0 -= mash.Next(seed);
        if (_s0 < 0) _s0 += 1;
        _s1 -= mash.Next(seed);
        if (_s1 < 0) _s1 += 1;
        _s2 -= mash.Next(seed);
        if (_s2 < 0) _s2 += 1;
    }

    /// <summary>
    /// The first number <c>alea(seed)</c> yields, which is all the fuzz needs. It depends only
    /// on the first state word, i.e. on the first of the three Mash passes over the seed (the
    /// passes over " " are constants), so this skips two thirds of the hashing and gives
    /// exactly the value <c>new AleaRandom(seed).NextDouble()</c> would.
    /// </summary>
    public static double FirstDouble(ReadOnlySpan<char> seed)
    {
        var mash = new Mash(AfterSpaces.MashState);
        double s0 = AfterSpaces.S0 - mash.Next(seed);
        if (s0 < 0) s0 += 1;
        double t = 2091639 * s0 + 1 * TwoToMinus32;
        return t - ToInt32(t);
    }

    /// <summary>The next number in [0, 1).</summary>
    public double NextDouble()
    {
        double t = 2091639 * _s0 + _c * TwoToMinus32;
        _s0 = _s1;
        _s1 = _s2;
        _c = ToInt32(t);
        _s2 = t - _c;
        return _s2;
    }

    /// <summary>JavaScript's <c>x | 0</c> for the values Alea produces (in [0, 2091640)).</summary>
    private static double ToInt32(double x) => Math.Floor(x);

    /// <summary>
    /// JavaScript's <c>x &gt;&gt;&gt; 0</c> for the non-negative values Mash produces (all below
    /// 2^34): truncation, then reduction modulo 2^32. Inside the loop the values stay below 2^32,
    /// so there a plain <see cref="Math.Floor(double)"/> is used, which is cheaper.
    /// </summary>
    private static double ToUint32(double x) => unchecked((uint)(long)x);

    /// <summary>Mash's state after hashing " " three times, as every seeding begins.</summary>
    private static class AfterSpaces
    {
        public static readonly double S0;
        public static readonly double MashState;

#pragma warning disable CA1810 // the three values come from one computation
        static AfterSpaces()
        {
            var mash = new Mash();
            S0 = mash.Next(" ");
            mash.Next(" ");
            mash.Next(" ");
            MashState = mash.State;
        }
#pragma warning restore CA1810
    }

    /// <summary>Baagøe's Mash hash; its state carries over between calls, as in the original.</summary>
    private struct Mash
    {
        private double _n;

        public Mash() => _n = 0xefc8249d;

        public Mash(double state) => _n = state;

        public readonly double State => _n;

        public double Next(ReadOnlySpan<char> data)
        {
            double n = _n;
            foreach (char c in data)
            {
                // n < 2^32 + 2^27 here, so h < 2^27 and h * n < 2^27: both ">>> 0" are floors.
                n += c;
                double h = 0.02519603282416938 * n;
                n = Math.Floor(h);
                h -= n;
                h *= n;
                n = Math.Floor(h);
                // JS: h -= n; n += h * 2^32. Both h - n and the scaling by 2^32 are exact, so
                // the sum is one rounding of n + (h - n)·2^32 = h·2^32 - n·(2^32 - 1), which a
                // fused multiply-add computes with the same single rounding and a shorter
                // dependency chain (this loop is latency-bound).
                n = Math.FusedMultiplyAdd(n, -(TwoTo32 - 1), h * TwoTo32);
            }

            _n = n;
            return ToUint32(n) * TwoToMinus32;
        }
    }
}
