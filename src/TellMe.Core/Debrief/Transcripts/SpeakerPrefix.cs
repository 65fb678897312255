using System.Text.RegularExpressions;

namespace TellMe.Debrief.Transcripts;

/// <summary>
/// A speaker's name written in front of what they said: "Alex Chen: Hi", "[Ravi Shah] Hello", "Interviewer:
/// hi". Only a name of one to four capitalised words, or a role word (interviewer, candidate, me, Q, A), counts,
/// so "Last one from me: why…" is text, not a speaker.
/// </summary>
public static partial class SpeakerPrefix
{
    /// <summary>Words that name a role rather than a person; they count as speakers even in lower case.</summary>
    public static readonly IReadOnlySet<string> RoleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "interviewer", "interviewer 1", "interviewer 2", "candidate", "me", "i", "q", "a", "you", "recruiter", "hiring manager", "host", "guest",
    };

    /// <summary>Splits a speaker off the front of a line; false when the line does not start with one.</summary>
    public static bool TrySplit(string line, out string speaker, out string text)
    {
        speaker = text = "";
        var m = Bracketed().Match(line);
        if (!m.Success) m = Colon().Match(line);
        if (!m.Success) return false;
        speaker = m.Groups["name"].Value.Trim();
        text = m.Groups["text"].Value.Trim();
        if (speaker.Length == 0) return false;
        return IsName(speaker) || RoleWords.Contains(speaker);
    }

    // "Alex Chen", "Dana O'Neil", "Jean-Luc", "Speaker 1", "SPEAKER_01", "Dr. Kim".
    private static bool IsName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || !name.Any(char.IsLetter)) return false;
        return words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    [GeneratedRegex(@"^\s*(?:>>\s*|-\s+)?\[(?<name>[^\]\r\n]{1,40})\]\s*:?\s*(?<text>.*)$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^\s*(?:>>\s*|-\s+)?(?<name>[\p{L}\p{N}][\p{L}\p{N} .'’_-]{0,39}?)\s*:\s+(?<text>\S.*)$")]
    private static partial Regex Colon();
}
