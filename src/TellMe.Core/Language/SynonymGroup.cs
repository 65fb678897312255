using System.Collections.Immutable;

namespace TellMe.Language;

/// <summary>
/// One group of interchangeable interview terms after stemming.
/// </summary>
/// <param name="Id">Position of the group in the list it was built from; stable for a given list.</param>
/// <param name="Name">
/// The first member as written (e.g. "conflict"): a readable canonical id the matcher can show
/// when it explains a match ("matched the <em>conflict</em> theme").
/// </param>
/// <param name="Stems">Distinct stems of the members, in list order.</param>
public sealed record SynonymGroup(int Id, string Name, ImmutableArray<string> Stems);
