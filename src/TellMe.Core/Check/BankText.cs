using TellMe.Bank;

namespace TellMe.Check;

/// <summary>A piece of user text in the bank and where it is written.</summary>
public readonly record struct TextAt(string File, int Line, string Text, string Where);

/// <summary>
/// Every piece of text the user wrote, with its file and line: story titles and sections, answer keys and
/// points, principle names, descriptions and own tellings. Text-level rules (encoding, placeholders,
/// spelling) walk this instead of knowing every file format.
/// </summary>
public static class BankText
{
    /// <summary>All the text of a bank.</summary>
    public static IEnumerable<TextAt> All(StoryBank bank)
    {
        foreach (var s in bank.Stories)
        {
            yield return new TextAt(s.File, s.LineOf("title"), s.Title, $"story {s.Id}");
            foreach (var t in Parts(s.File, s.Sections, $"story {s.Id}")) yield return t;
        }
        foreach (var a in bank.Answers)
        {
            yield return new TextAt(a.File, a.LineOf("key"), a.Key, $"answer '{a.Key}'");
            foreach (var t in Parts(a.File, a.Points, $"answer '{a.Key}'")) yield return t;
        }
        foreach (var f in bank.Frameworks)
            foreach (var p in f.Principles)
            {
                yield return new TextAt(f.File, p.Line, p.Name, $"principle '{p.Name}'");
                if (p.Description is { } d) yield return new TextAt(f.File, p.DescriptionLine, d, $"principle '{p.Name}'");
                foreach (var t in p.Stories)
                {
                    if (t.Title is { } title) yield return new TextAt(f.File, t.LineOf("title"), title, $"principle '{p.Name}'");
                    foreach (var x in Parts(f.File, t.Own, $"principle '{p.Name}'")) yield return x;
                }
            }
    }

    /// <summary>The texts of labelled parts, labels included.</summary>
    public static IEnumerable<TextAt> Parts(string file, IEnumerable<Part> parts, string where)
    {
        foreach (var part in parts)
        {
            if (part.Label.Length > 0) yield return new TextAt(file, part.Line, part.Label, where);
            int inlineLine = part.Line;
            foreach (var (text, line) in part.Content.Texts(inlineLine))
                yield return new TextAt(file, line == 0 ? part.Line : line, text, where);
        }
    }
}
