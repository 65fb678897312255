using System.Diagnostics.CodeAnalysis;

namespace TellMe.Competencies;

/// <summary>
/// Names one competency: its framework (<c>amazon</c>, <c>general</c>, or a bank's own) and its slug within it
/// (<c>dive-deep</c>). Written <c>framework/slug</c> in the question bank's labels and in JSON.
/// </summary>
/// <remarks>
/// A value, compared ordinally: the question bank, the user's frameworks and the practice cards all speak of
/// the same competency with the same ID, so no code compares "framework/id" strings of its own making.
/// </remarks>
/// <param name="Framework">The framework's ID.</param>
/// <param name="Slug">The competency's ID within the framework; Amazon's equal the bank's principle IDs.</param>
public readonly record struct CompetencyId(string Framework, string Slug)
{
    /// <summary>Reads <c>framework/slug</c>.</summary>
    /// <exception cref="FormatException">The text has no slash, or nothing on one side of it.</exception>
    public static CompetencyId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a competency label: write framework/id, e.g. amazon/dive-deep");

    /// <summary>Reads <c>framework/slug</c>; false when the text is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CompetencyId id)
    {
        id = default;
        int slash = text?.IndexOf('/') ?? -1;
        if (text is null || slash <= 0 || slash == text.Length - 1 || text.IndexOf('/', slash + 1) >= 0) return false;
        id = new CompetencyId(text[..slash], text[(slash + 1)..]);
        return true;
    }

    /// <summary><c>framework/slug</c>.</summary>
    public override string ToString() => $"{Framework}/{Slug}";
}
