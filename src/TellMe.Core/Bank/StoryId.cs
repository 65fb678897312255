using System.Diagnostics.CodeAnalysis;

namespace TellMe.Bank;

/// <summary>
/// The identifier of a story, such as <c>CR2</c>: an upper-case prefix (usually the company's initials)
/// followed by a number. A dedicated type, not a string, so that an unvalidated reference such as <c>2.</c>
/// can never be mistaken for a story.
/// </summary>
public readonly record struct StoryId : IComparable<StoryId>
{
    private StoryId(string prefix, int number) => (Prefix, Number) = (prefix, number);

    /// <summary>The letters before the number, e.g. <c>CR</c>.</summary>
    public string Prefix { get; }

    /// <summary>The number after the prefix, e.g. <c>2</c>.</summary>
    public int Number { get; }

    /// <summary>The canonical spelling, e.g. <c>CR2</c>.</summary>
    public string Value => Prefix + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Creates an identifier from its parts.</summary>
    public static StoryId Create(string prefix, int number)
    {
        if (!IsPrefix(prefix)) throw new ArgumentException($"'{prefix}' is not a story prefix (1-6 capital letters).", nameof(prefix));
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        return new StoryId(prefix, number);
    }

    /// <summary>Parses <c>CR2</c>; anything else (including <c>cr2</c>, <c>2</c>, <c>(New)</c>) is rejected.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out StoryId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > 12) return false;
        int split = 0;
        while (split < text.Length && char.IsAsciiLetterUpper(text[split])) split++;
        if (split == 0 || split > 6 || split == text.Length) return false;
        for (int i = split; i < text.Length; i++)
            if (!char.IsAsciiDigit(text[i])) return false;
        if (text.Length - split > 6) return false;
        id = new StoryId(text[..split], int.Parse(text.AsSpan(split), provider: System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Parses or throws; for trusted input such as tests.</summary>
    public static StoryId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a story ID such as CR2.");

    private static bool IsPrefix(string prefix) =>
        prefix.Length is > 0 and <= 6 && prefix.All(char.IsAsciiLetterUpper);

    /// <summary>Natural order: by prefix, then by number, so IT2 sorts before IT10.</summary>
    public int CompareTo(StoryId other)
    {
        int byPrefix = string.CompareOrdinal(Prefix, other.Prefix);
        return byPrefix != 0 ? byPrefix : Number.CompareTo(other.Number);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
