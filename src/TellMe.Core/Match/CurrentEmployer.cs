using System.Text.RegularExpressions;
using TellMe.Bank;

namespace TellMe.Match;

/// <summary>
/// Who the user works for now, read from their own answers ("I'm working as a software engineer at
/// Acme"), so that a question about "your current company" or "the job you have now" reaches the answer
/// named after that company ("Why Acme"). No question bank can make that link: it is a fact about this
/// user, and the bank states it once, in their introduction.
/// </summary>
internal static partial class CurrentEmployer
{
    /// <summary>
    /// The company the user says they work for now, as spelled in their material, when it is also the
    /// company of one of their stories or named in an answer key (so a stray capitalised word is not taken
    /// for an employer); null when the bank does not say.
    /// </summary>
    public static string? Find(StoryBank bank, IEnumerable<string> answerTexts)
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var story in bank.Stories)
            if (story.Company is { } company) known.Add(company);
        foreach (var text in answerTexts)
        {
            foreach (System.Text.RegularExpressions.Match match in WorksAt().Matches(text))
            {
                string name = match.Groups["org"].Value.TrimEnd('.', ',');
                // "Acme Labs" is a story company; "Acme, a security company" is matched on its first word.
                for (int words = name.Count(c => c == ' ') + 1; words > 0; words--)
                {
                    string candidate = string.Join(' ', name.Split(' ').Take(words));
                    if (known.Contains(candidate) || bank.Answers.Any(a => Names(a.Key, candidate))) return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Where the question speaks of the user's current employer without naming it ("your current company"):
    /// the phrase, and whether the employer is what the question is about ("Why did you join your current
    /// company?") rather than where or when something else happened ("the jobs you had before your current
    /// company"); only then does the answer named after it gain. Null when there is no such phrase.
    /// </summary>
    public static (string Phrase, bool IsSubject)? Mention(string question) =>
        Reference().Match(question) is { Success: true } match ? (match.Value, !Setting().IsMatch(question[..match.Index])) : null;

    /// <summary>True when an answer key names the company ("Why Acme"), as a whole word.</summary>
    public static bool Names(string key, string company) =>
        Regex.IsMatch(key, $@"\b{Regex.Escape(company)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The mention is a setting when a preposition of place or time leads to it: "at your", "before the".
    [GeneratedRegex(@"\b(?:at|in|within|inside|before|after|since|from|outside|than|prior\s+to|during)\s+(?:your|the|my|this|that)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Setting();

    // "I'm working as a software engineer at Acme", "I currently work for Acme", "currently at Acme";
    // the company must be capitalised, the words before it may be any case.
    [GeneratedRegex(@"\b(?i:(?:I'm|I am|I've been|I have been)\s+(?:currently\s+|now\s+)?(?:working|employed)|I\s+(?:currently\s+|now\s+)?work|currently|presently)\b[^.;:\n]{0,80}?\b(?:at|for|with)\s+(?<org>\p{Lu}[\p{L}\p{N}&'-]*(?:\s+\p{Lu}[\p{L}\p{N}&'-]*){0,3})",
        RegexOptions.CultureInvariant)]
    private static partial Regex WorksAt();

    // "your current company", "the job you have now", "where you work today", "your present employer".
    [GeneratedRegex(@"\b(?:current|present|existing)\s+(?:employer|company|job|role|position|workplace|organi[sz]ation|firm)\b|\b(?:job|role|position|company|employer)\s+(?:that\s+)?you(?:'re|\s+are)?\s+(?:have|hold|in|at|with|working\s+(?:at|for)|work\s+(?:at|for))\s+(?:now|currently|today|right\s+now)\b|\bwhere\s+you\s+(?:work|are\s+working)\s+(?:now|currently|today)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
