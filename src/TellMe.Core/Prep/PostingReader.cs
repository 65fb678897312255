using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace TellMe.Prep;

/// <summary>
/// Reads a job posting the user pasted, as Markdown or plain text, into sentences with their line, heading
/// and weight. Headings are Markdown headings, or short lines of their own in plain text ("What you bring");
/// list items and paragraphs are split into sentences; Markdown marks are removed.
/// </summary>
public static partial class PostingReader
{
    /// <summary>
    /// The longest posting read: real postings are 3 to 20 KB, so anything far larger is a different file
    /// (a saved web page, a whole careers site) and reading it would only produce noise.
    /// </summary>
    public const int MaxCharacters = 200_000;

    /// <summary>Reads a posting; the problem says why when it cannot be read (empty, far too long).</summary>
    /// <param name="text">The posting's text, as read from the file.</param>
    /// <param name="source">The file name, for messages.</param>
    /// <param name="signals">Section kinds and boilerplate phrases.</param>
    public static (Posting? Posting, string? Problem) Read(string text, string source, PostingSignals signals)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(signals);
        if (string.IsNullOrWhiteSpace(text))
            return (null, $"the posting {source} is empty; paste the job posting's text into it (plain text or Markdown)");
        if (text.Length > MaxCharacters)
            return (null, $"the posting {source} is {text.Length / 1024:N0} KB of text; a job posting is a few pages (up to {MaxCharacters / 1000} KB are read). " +
                "Save just the posting's text, not the whole web page");

        var sentences = ImmutableArray.CreateBuilder<PostingSentence>();
        string? title = null;
        string? heading = null;
        SectionKind? section = null;
        var paragraph = new System.Text.StringBuilder();
        var lineAt = new List<(int Offset, int Line)>();
        bool inlineBoilerplate = false;

        void Flush()
        {
            if (paragraph.Length == 0) return;
            string text = paragraph.ToString();
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                int line = lineAt.Last(p => p.Offset <= sentence.Start).Line;
                double weight = inlineBoilerplate ? 0 : section?.Weight ?? 1;
                if (!signals.BoilerplatePhrases.Find(sentence.Text).IsEmpty) weight = 0;
                sentences.Add(new PostingSentence(line, sentence.Text, heading, weight));
            }
            paragraph.Clear();
            lineAt.Clear();
            inlineBoilerplate = false;
        }

        void Heading(string text)
        {
            Flush();
            text = Plain(text).Trim().TrimEnd(':').Trim();
            if (text.Length == 0) return;
            title ??= text;
            heading = text;
            section = signals.KindOf(text);
        }

        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            string raw = lines[n].TrimEnd('\r');
            string line = raw.Trim();
            bool previousBlank = n == 0 || lines[n - 1].Trim().Length == 0;
            if (line.Length == 0) { Flush(); continue; }
            if (AtxHeading().Match(line) is { Success: true } atx) { Heading(atx.Groups[1].Value); continue; }
            if (n + 1 < lines.Length && paragraph.Length == 0 && SetextUnderline().IsMatch(lines[n + 1].Trim()) && !Bullet().IsMatch(line))
            {
                Heading(line);
                n++;
                continue;
            }
            if (ThematicBreak().IsMatch(line)) { Flush(); continue; }
            if (Bullet().Match(line) is { Success: true } bullet)
            {
                Flush();
                line = bullet.Groups[1].Value;
            }
            else if (previousBlank && IsPlainHeading(line))
            {
                Heading(line);
                continue;
            }
            string plain = Plain(line);
            if (plain.Length == 0) continue;
            // "Perks: remote-friendly, …" names its own section for the line.
            if (paragraph.Length == 0 && InlineLabel().Match(plain) is { Success: true } label && signals.KindOf(label.Groups[1].Value) is { Weight: 0 })
                inlineBoilerplate = true;
            if (paragraph.Length > 0) paragraph.Append(' ');
            lineAt.Add((paragraph.Length, n + 1));
            paragraph.Append(plain);
        }
        Flush();
        return (new Posting(source, title, sentences.ToImmutable()), null);
    }

    // A short line of its own that does not end like a sentence: "Who we are", "What you bring", "Responsibilities:".
    private static bool IsPlainHeading(string line)
    {
        if (line.Length > 80 || !char.IsLetter(line[0]) || !char.IsUpper(line[0])) return false;
        if (line[^1] is '.' or ',' or ';' or '!' or '?') return false;
        int words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 8;
    }

    // Inline Markdown (emphasis, links, code) as the text a reader sees.
    private static string Plain(string line)
    {
        string plain = Markdig.Markdown.ToPlainText(line);
        return plain.Replace('\n', ' ').Replace('\r', ' ').Trim();
    }

    [GeneratedRegex(@"^#{1,6}\s+(.*?)\s*#*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^(=+|-{3,})$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^(\*\s*){3,}$|^(-\s*){3,}$|^(_\s*){3,}$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^(?:[-*+•·▪◦–]|\d{1,2}[.)])\s+(.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z '’&/]{1,40}):\s+\S")]
    private static partial Regex InlineLabel();
}
