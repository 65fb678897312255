using System.Collections.Immutable;
using TellMe.Competencies;
using TellMe.Language;
using TellMe.Match.Questions;
using TellMe.Resources;

namespace TellMe.Plan;

/// <summary>The kinds of interviewer TellMe knows (<c>data/interviewer-types.yaml</c>), and finding one by name.</summary>
public sealed class InterviewerTypes
{
    private static readonly Lazy<InterviewerTypes> LazyEmbedded = new(() => Parse(EmbeddedData.Read("interviewer-types.yaml"), QuestionBank.Embedded));

    private InterviewerTypes(ImmutableArray<InterviewerType> all, ImmutableArray<InterviewerType> defaultLoop)
    {
        All = all;
        DefaultLoop = defaultLoop;
    }

    private static readonly Lazy<ImmutableArray<string>> LazyEmbeddedIds = new(() =>
    {
        var data = new DataYaml("interviewer-types.yaml");
        return [.. data.Mappings(data.Root(EmbeddedData.Read("interviewer-types.yaml")), "types").Select(map => data.Text(map, "id"))];
    });

    /// <summary>The types shipped with TellMe.</summary>
    public static InterviewerTypes Embedded => LazyEmbedded.Value;

    /// <summary>
    /// The IDs of the shipped types, for help text: read without checking the types' competencies against the
    /// question bank, which <see cref="Embedded"/> parses whole (a tenth of a second or more whenever a command line is built).
    /// </summary>
    public static ImmutableArray<string> EmbeddedIds => LazyEmbeddedIds.Value;

    /// <summary>Every type, in file order.</summary>
    public ImmutableArray<InterviewerType> All { get; }

    /// <summary>The loop laid out when none is given: one round of each of these, in order.</summary>
    public ImmutableArray<InterviewerType> DefaultLoop { get; }

    /// <summary>The type with this ID, name or alias (case, spacing and hyphens ignored), or null.</summary>
    public InterviewerType? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string wanted = Fold(text);
        return All.FirstOrDefault(t => Fold(t.Id) == wanted || Fold(t.Name) == wanted || t.Aliases.Any(a => Fold(a) == wanted));
    }

    /// <summary>
    /// The type a round's label suggests ("Onsite 3 - bar raiser", "HM chat"): the type whose ID, name or alias
    /// appears in it as whole words, the longest such phrase winning; null when none does.
    /// </summary>
    public InterviewerType? Guess(string roundLabel)
    {
        ArgumentNullException.ThrowIfNull(roundLabel);
        string label = " " + Fold(roundLabel) + " ";
        InterviewerType? best = null;
        int bestLength = 0;
        foreach (var type in All)
            foreach (var name in type.Aliases.Append(type.Name).Append(type.Id))
            {
                string phrase = Fold(name);
                if (phrase.Length > bestLength && label.Contains(" " + phrase + " ", StringComparison.Ordinal))
                    (best, bestLength) = (type, phrase.Length);
            }
        return best;
    }

    // "Bar-Raiser" and "bar raiser" alike.
    private static string Fold(string text) =>
        string.Join(' ', new string([.. NameFold.Of(text).Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Parses the file, checking every competency against <paramref name="taxonomy"/>.</summary>
    /// <exception cref="InvalidDataException">Wrong shape, unknown competency or type.</exception>
    public static InterviewerTypes Parse(string yaml, QuestionBank taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var data = new DataYaml("interviewer-types.yaml");
        var root = data.Root(yaml);
        var types = ImmutableArray.CreateBuilder<InterviewerType>();
        foreach (var map in data.Mappings(root, "types"))
        {
            var probes = new List<ProbeWeight>();
            foreach (var (label, weight) in data.Weights(map, "probes"))
            {
                if (!CompetencyId.TryParse(label, out var id) || taxonomy.Find(id) is null) throw data.Fail(map, $"unknown competency '{label}'");
                probes.Add(new ProbeWeight(id, weight));
            }
            types.Add(new InterviewerType(data.Text(map, "id"), data.Text(map, "name"), data.Texts(map, "aliases"),
                data.Text(map, "listens-for"), data.Number(map, "company-values") ?? 0,
                [.. probes.OrderByDescending(p => p.Weight)]));
        }
        var all = types.ToImmutable();
        var loop = ImmutableArray.CreateBuilder<InterviewerType>();
        foreach (var id in data.Texts(root, "default-loop"))
            loop.Add(all.FirstOrDefault(t => t.Id == id) ?? throw data.Fail(root, $"default-loop names unknown type '{id}'"));
        return new InterviewerTypes(all, loop.ToImmutable());
    }
}
