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

    /// <summary>JavaScript's <c>x | 0</c> for the non-negative values Alea produces.</summary>
    private static double ToInt32(double x) => unchecked((int)(long)x);

    /// <summary>JavaScript's <c>x &gt;&gt;&gt; 0</c> for the non-negative values Mash produces.</summary>
    private static double ToUint32(double x) => unchecked((uint)(ulong)x);

    /// <summary>Baagøe's Mash hash; its state carries over between calls, as in the original.</summary>
    private struct Mash
    {
        private double _n;

        public Mash() => _n = 0xefc8249d;

        public double Next(ReadOnlySpan<char> data)
        {
            double n = _n;
            foreach (char c in data)
            {
                n += c;
                double h = 0.02519603282416938 * n;
                n = ToUint32(h);
                h -= n;
                h *= n;
                n = ToUint32(h);
                h -= n;
                n += h * TwoTo32;
            }

            _n = n;
            return ToUint32(n) * TwoToMinus32;
        }
    }
}
