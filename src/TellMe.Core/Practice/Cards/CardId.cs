using System.Diagnostics.CodeAnalysis;

namespace TellMe.Practice.Cards;

/// <summary>What a card asks the user to do.</summary>
public enum CardKind
{
    /// <summary>An answer key ("Conflict"): tell the prepared answer.</summary>
    Answer,
    /// <summary>A principle ("Earn Trust"): find a story that shows it, and tell it.</summary>
    Principle,
    /// <summary>A story ("CR2"): tell it in two minutes.</summary>
    Story,
}

/// <summary>
/// The stable identity of a card, written <c>answer:conflict</c>, <c>principle:amazon/dive-deep</c> or
/// <c>story:CR2</c>. It is derived from what the user named (the answer key's slug, the principle's ID, the
/// story's ID), never from file positions or wording, so editing a story's text keeps its card and its
/// review history, and a card whose item leaves the bank comes back with its history when the item returns.
/// </summary>
public readonly record struct CardId
{
    private CardId(CardKind kind, string key) => (Kind, Key) = (kind, key);

    /// <summary>The card's kind.</summary>
    public CardKind Kind { get; }

    /// <summary>The part after the colon: <c>conflict</c>, <c>amazon/dive-deep</c>, <c>CR2</c>.</summary>
    public string Key { get; }

    /// <summary>The card of an answer key; the key is reduced to its slug ("Why US" → <c>why-us</c>).</summary>
    public static CardId ForAnswer(string answerKey) => new(CardKind.Answer, Bank.Files.AnswerFile.Slug(answerKey));

    /// <summary>The card of a principle of a framework.</summary>
    public static CardId ForPrinciple(string framework, string principle) => new(CardKind.Principle, $"{framework}/{principle}");

    /// <summary>The card of a story.</summary>
    public static CardId ForStory(Bank.StoryId story) => new(CardKind.Story, story.Value);

    /// <summary>Parses <c>kind:key</c>; the kind is case-insensitive, the key is kept as written.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CardId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        int colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1) return false;
        string key = text[(colon + 1)..].Trim();
        if (key.Length == 0 || key.Any(char.IsWhiteSpace) || key.Length > 200) return false;
        CardKind? kind = text[..colon].Trim().ToLowerInvariant() switch
        {
            "answer" => CardKind.Answer,
            "principle" => CardKind.Principle,
            "story" => CardKind.Story,
            _ => null,
        };
        if (kind is null) return false;
        id = new CardId(kind.Value, key);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static CardId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a card ID such as answer:conflict, principle:amazon/dive-deep or story:CR2.");

    /// <summary>The canonical text, e.g. <c>principle:amazon/dive-deep</c>.</summary>
    public override string ToString() => $"{KindName(Kind)}:{Key}";

    /// <summary>The lower-case name of a kind, as card IDs write it.</summary>
    public static string KindName(CardKind kind) => kind switch
    {
        CardKind.Answer => "answer",
        CardKind.Principle => "principle",
        _ => "story",
    };
}
