using TellMe.Language;

namespace TellMe.Debrief;

/// <summary>
/// A company as the user names it ("Acme", "acme ", "ACME"): shown as written, compared by its key
/// (case, spacing and encoding damage ignored), so rounds typed differently still belong together.
/// </summary>
/// <param name="Display">As the user wrote it, trimmed.</param>
/// <param name="Key">The folded form rounds are filed under.</param>
public readonly record struct CompanyName(string Display, string Key)
{
    /// <summary>The company named by <paramref name="text"/>; false when it is blank.</summary>
    public static bool TryCreate(string? text, out CompanyName company)
    {
        company = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        string display = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        company = new CompanyName(display, NameFold.Of(display));
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Display;
}
