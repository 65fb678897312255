using System.Text;
using System.Text.RegularExpressions;
using TellMe.Bank;
using TellMe.Language;
using YamlDotNet.RepresentationModel;

namespace TellMe.Match;

/// <summary>
/// Reads the companies and places a question names as what they stand for: "Why Google?" asks "Why this
/// company?", "Why Seattle?" also asks about the US, "Why Berlin?" about moving to a country. The names are
/// general knowledge (<c>data/names.yaml</c>), never a word of one user.
/// </summary>
/// <remarks>
/// <para>A name matters to matching only through what it means: a company the user never worked at shares no
/// word with their answers, and where it does ("Google Cloud" in a migration story) the match is wrong — the
/// question is about the company they are applying to. So a named company is replaced by "this company", which
/// the question bank knows ("why this company"), unless the user's own stories happened there or it is their
/// current employer: then the question is about their past, and the name stays. A place keeps its name (the
/// user may have written it) and gains "the US" or "this country".</para>
/// <para>Names are matched as written, capitalised; a question typed all in lower case is matched ignoring
/// case, so "why google" still reads as a company while "discord in the team" never can.</para>
/// </remarks>
internal sealed partial class ProperNames
{
    private const string CompanyStandIn = "this company";
    private const string UsStandIn = "the US";
    private const string PlaceStandIn = "this country";

    private static readonly Lazy<ProperNames> LazyEmbedded = new(LoadEmbedded);

    private readonly Dictionary<string, Kind> _names;
    private readonly int _longest;

    private enum Kind { Company, UsPlace, Place }

    private ProperNames(Dictionary<string, Kind> names)
    {
        _names = names;
        _longest = names.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    /// <summary>The names shipped inside TellMe.Core.</summary>
    public static ProperNames Embedded => LazyEmbedded.Value;

    /// <summary>
    /// The question with each company it names read as "this company" and each place followed by what it stands
    /// for; <paramref name="own"/> holds the names of the user's own material (<see cref="Own"/>), which stay as
    /// written. Returns the question itself when it names nothing.
    /// </summary>
    public string Rewrite(string question, IReadOnlySet<string> own)
    {
        var words = Word().Matches(question);
        if (words.Count == 0) return question;
        bool ignoreCase = !question.Any(char.IsUpper);
        StringBuilder? text = null;
        int copied = 0;
        for (int i = 0; i < words.Count; i++)
        {
            for (int n = Math.Min(_longest, words.Count - i); n >= 1; n--)
            {
                var first = words[i];
                var last = words[i + n - 1];
                string span = question[first.Index..(last.Index + last.Length)];
                if (!ignoreCase && !char.IsUpper(span[0])) continue;
                string key = Key(span);
                if (!_names.TryGetValue(key, out var kind)) continue;
                if (own.Contains(key)) break;
                // "Our Berlin office", "We're a fintech in New York": where the asker's company is, not where the
                // candidate would go. The name stays as written, without the country it would otherwise stand for.
                if (kind != Kind.Company && IsAskersSetting(question, first.Index)) break;
                text ??= new StringBuilder(question.Length + 16);
                text.Append(question, copied, first.Index - copied);
                text.Append(kind switch
                {
                    Kind.Company => CompanyStandIn,
                    Kind.UsPlace => $"{span} ({UsStandIn})",
                    _ => $"{span} ({PlaceStandIn})",
                });
                copied = last.Index + last.Length;
                i += n - 1;
                break;
            }
        }
        if (text is null) return question;
        text.Append(question, copied, question.Length - copied);
        return text.ToString();
    }

    /// <summary>
    /// The folded names the user's own material is about: the companies of their stories, their current employer,
    /// and every listed name one of their answer keys holds ("Why Berlin"). A question naming one of them is
    /// about their past or their answer, not about a company to join or a place to move to.
    /// </summary>
    public HashSet<string> Own(StoryBank bank, string? currentEmployer)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var story in bank.Stories)
            if (story.Company is { Length: > 0 } company) own.Add(Key(company));
        if (currentEmployer is not null) own.Add(Key(currentEmployer));
        foreach (var answer in bank.Answers)
        {
            var words = Word().Matches(answer.Key);
            for (int i = 0; i < words.Count; i++)
                for (int n = 1; n <= _longest && i + n <= words.Count; n++)
                {
                    string key = Key(answer.Key[words[i].Index..(words[i + n - 1].Index + words[i + n - 1].Length)]);
                    if (_names.ContainsKey(key)) own.Add(key);
                }
        }
        return own;
    }

    /// <summary>
    /// True when the place at <paramref name="index"/> is where the asker's own company is: right after "our", or in
    /// a sentence the asker begins about themselves ("We're …", "Our …"). "Why move to Berlin?" and "You're in
    /// Tokyo and this seat is in Seattle" still read as a question about the place.
    /// </summary>
    private static bool IsAskersSetting(string question, int index)
    {
        int start = question.AsSpan(0, index).LastIndexOfAny(".?!\n") + 1;
        return AskersSentence().IsMatch(question.AsSpan(start, index - start));
    }

    private static string Key(string name) =>
        string.Join(' ', Word().Matches(NameFold.Of(name)).Select(m => m.Value.EndsWith("'s", StringComparison.Ordinal) || m.Value.EndsWith("’s", StringComparison.Ordinal) ? m.Value[..^2] : m.Value));

    private static ProperNames LoadEmbedded()
    {
        var assembly = typeof(ProperNames).Assembly;
        using var stream = assembly.GetManifestResourceStream("TellMe.Data.names.yaml")
            ?? throw new InvalidDataException("the embedded resource TellMe.Data.names.yaml is missing from TellMe.Core");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses <c>names.yaml</c>: lists <c>companies</c>, <c>us-places</c> and <c>places</c>.</summary>
    /// <exception cref="InvalidDataException">The file is not that shape (it is project data: a defect, not user input).</exception>
    public static ProperNames Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InvalidDataException("names.yaml: the root must be one mapping");
        var names = new Dictionary<string, Kind>(StringComparer.Ordinal);
        foreach (var (field, kind) in new[] { ("companies", Kind.Company), ("us-places", Kind.UsPlace), ("places", Kind.Place) })
        {
            if (!root.Children.TryGetValue(new YamlScalarNode(field), out var node) || node is not YamlSequenceNode list)
                throw new InvalidDataException($"names.yaml: '{field}' must be a list");
            foreach (var item in list.Children)
                if (item is YamlScalarNode { Value: { Length: > 0 } name }) names.TryAdd(Key(name), kind);
        }
        return new ProperNames(names);
    }

    [GeneratedRegex(@"^\s*(?:we\b|we['’]re\b|our\b)|\bour\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskersSentence();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}&'.-]*[\p{L}\p{N}]|[\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
