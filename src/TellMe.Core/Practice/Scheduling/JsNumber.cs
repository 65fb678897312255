using System.Globalization;

namespace TellMe.Practice.Scheduling;

/// <summary>
/// The few JavaScript number semantics the reference scheduler depends on. FSRS as
/// published (ts-fsrs) rounds with <c>Math.round</c> and seeds its fuzz from a string built
/// with JavaScript's number-to-string conversion; .NET's defaults differ in both (banker's
/// rounding, "1E-07" exponent style), which would shift intervals and fuzz by a day now and
/// then. Keeping these rules in one place makes the C# scheduler reproduce ts-fsrs exactly.
/// </summary>
internal static class JsNumber
{
    /// <summary>
    /// JavaScript <c>Math.round</c>: to the nearest integer, halves towards +∞
    /// (so 2.5 → 3 and -2.5 → -2), unlike <see cref="Math.Round(double)"/>.
    /// </summary>
    public static double Round(double value)
    {
        double floor = Math.Floor(value);
        // value - floor is exact for every finite double, so this never double-rounds.
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary>ts-fsrs's <c>roundTo(value, 8)</c>: round to 8 decimals via <c>Math.round</c>.</summary>
    public static double RoundTo8(double value) => Round(value * 1e8) / 1e8;

    /// <summary>
    /// Writes <paramref name="value"/> the way JavaScript's <c>String(value)</c> would
    /// (ECMAScript Number::toString, radix 10), without allocating.
    /// </summary>
    /// <returns>False if <paramref name="destination"/> is too small.</returns>
    public static bool TryFormat(double value, Span<char> destination, out int written)
    {
        written = 0;
        if (double.IsNaN(value)) return TryCopy("NaN", destination, out written);
        if (double.IsPositiveInfinity(value)) return TryCopy("Infinity", destination, out written);
        if (double.IsNegativeInfinity(value)) return TryCopy("-Infinity", destination, out written);
        if (value == 0) return TryCopy("0", destination, out written); // also -0, as in JS

        // .NET's "R" gives the shortest digits that round-trip, which is the digit string
        // ECMAScript requires too; only the layout differs, so re-lay it out.
        Span<char> raw = stackalloc char[40];
        if (!value.TryFormat(raw, out int rawLength, "R", CultureInfo.InvariantCulture))
            return false;
        raw = raw[..rawLength];
        if (raw.IndexOfAny('E', 'e') < 0)
        {
            // Without an exponent, .NET lays the shortest digits out exactly as JavaScript does
            // ("123.456", "0.0001", "1000000000000000"); only the exponent forms differ.
            written = rawLength;
            return raw.TryCopyTo(destination);
        }

        Span<char> digits = stackalloc char[24];
        int digitCount = 0;
        int digitsBeforePoint = -1;
        int exponent = 0;
        bool negative = false;
        bool leading = true;
        int leadingZerosAfterPoint = 0;
        int i = 0;
        if (raw[0] == '-')
        {
            negative = true;
            i = 1;
        }

        for (; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c == '.')
            {
                digitsBeforePoint = digitCount;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(raw[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else if (leading && c == '0')
            {
                if (digitsBeforePoint >= 0) leadingZerosAfterPoint++;
            }
            else
            {
                leading = false;
                digits[digitCount++] = c;
            }
        }

        if (digitsBeforePoint < 0) digitsBeforePoint = digitCount;
        while (digitCount > 1 && digits[digitCount - 1] == '0')
        {
            digitCount--;
        }

        // ECMAScript's n: the value is 0.d1d2…dk × 10^n.
        int n = digitsBeforePoint - leadingZerosAfterPoint + exponent;
        int k = digitCount;

        var writer = new SpanWriter(destination);
        if (negative) writer.Put('-');
        if (k <= n && n <= 21)
        {
            writer.Put(digits[..k]);
            writer.Repeat('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            writer.Put(digits[..n]);
            writer.Put('.');
            writer.Put(digits[n..k]);
        }
        else if (-6 < n && n <= 0)
        {
            writer.Put("0.");
            writer.Repeat('0', -n);
            writer.Put(digits[..k]);
        }
        else
        {
            writer.Put(digits[0]);
            if (k > 1)
            {
                writer.Put('.');
                writer.Put(digits[1..k]);
            }

            writer.Put('e');
            writer.Put(n - 1 >= 0 ? '+' : '-');
            writer.PutInteger(Math.Abs(n - 1));
        }

        written = writer.Written;
        return !writer.Overflowed;
    }

    private static bool TryCopy(string text, Span<char> destination, out int written)
    {
        written = 0;
        if (!text.AsSpan().TryCopyTo(destination)) return false;
        written = text.Length;
        return true;
    }

    /// <summary>Appends characters to a span, remembering whether it ran out of room.</summary>
    internal ref struct SpanWriter
    {
        private readonly Span<char> _destination;

        public SpanWriter(Span<char> destination)
        {
            _destination = destination;
            Written = 0;
            Overflowed = false;
        }

        public int Written { get; private set; }

        public bool Overflowed { get; private set; }

        public void Put(char c)
        {
            if (Written >= _destination.Length)
            {
                Overflowed = true;
                return;
            }

            _destination[Written++] = c;
        }

        public void Put(scoped ReadOnlySpan<char> text)
        {
            foreach (char c in text) Put(c);
        }

        public void Repeat(char c, int count)
        {
            for (int i = 0; i < count; i++) Put(c);
        }

        public void PutInteger(long value)
        {
            if (!value.TryFormat(_destination[Written..], out int n, default, CultureInfo.InvariantCulture))
            {
                Overflowed = true;
                return;
            }

            Written += n;
        }
    }
}
