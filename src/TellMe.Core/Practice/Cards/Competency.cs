namespace TellMe.Practice.Cards;

/// <summary>
/// A competency label as the question bank writes it, <c>framework/id</c>: <c>amazon/earn-trust</c>,
/// <c>general/conflict</c>.
/// </summary>
/// <param name="Framework">The taxonomy: <c>amazon</c> or <c>general</c>.</param>
/// <param name="Id">The competency within it.</param>
/// <param name="Name">How to show it: the principle's name as the user spells it, or the general topic's name.</param>
public sealed record Competency(string Framework, string Id, string Name)
{
    /// <summary><c>framework/id</c>.</summary>
    public string Label => $"{Framework}/{Id}";

    /// <inheritdoc />
    public override string ToString() => Label;
}
