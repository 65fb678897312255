using TellMe.Prep;

namespace TellMe.Debrief.Transcripts;

/// <summary>
/// Reads sentences of speech: is it an interview question, small talk, a follow-up on the last answer?
/// All decisions come from <see cref="TranscriptCues"/>.
/// </summary>
public sealed class QuestionSentences(TranscriptCues cues)
{
    /// <summary>The cues in use.</summary>
    public TranscriptCues Cues { get; } = cues;

    /// <summary>
    /// The folded words of a sentence without its opening fillers, greetings and a leading name ("So, Sam,
    /// tell me…" → "tell me…").
    /// </summary>
    public string Core(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // A leading "Sam," or "Hi Priya," addresses someone; the name says nothing about the question.
        string text = sentence.TrimStart();
        while (true)
        {
            int comma = text.IndexOf(',');
            if (comma <= 0 || comma > 25) break;
            string head = text[..comma].Trim();
            var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool name = words.Length is 1 or 2 && words.All(w => char.IsUpper(w[0])) && !Cues.QuestionStarts.Contains(TranscriptCues.Fold(head));
            bool filler = Cues.Fillers.Contains(TranscriptCues.Fold(head)) || (words.Length == 2 && Cues.Fillers.Contains(TranscriptCues.Fold(words[0])) && char.IsUpper(words[1][0]));
            if (!name && !filler) break;
            text = text[(comma + 1)..].TrimStart();
        }
        string folded = TranscriptCues.Fold(text);
        bool stripped = true;
        while (stripped && folded.Length > 0)
        {
            stripped = false;
            foreach (var filler in Cues.Fillers)
                if (folded.StartsWith(filler + " ", StringComparison.Ordinal) || folded == filler)
                {
                    folded = folded[filler.Length..].TrimStart();
                    stripped = true;
                    break;
                }
            // "got it what kind of…", "okay nice tell me…": a remark before the question, caption-style.
            int space = folded.IndexOf(' ');
            if (!stripped && space > 0 && Cues.Backchannel.Contains(folded[..space]) && folded.Split(' ').Length > 3)
            {
                folded = folded[(space + 1)..];
                stripped = true;
            }
        }
        return folded;
    }

    /// <summary>
    /// Splits a run-on sentence of speech without punctuation ("so to begin could you tell me about a time…",
    /// "love that okay we're nearly out of time what would you like to know…") where a question starts inside
    /// it: at a story prompt, or at a question opening followed closely by "you". Sentences with punctuation
    /// come back whole: their punctuation already says where questions start.
    /// </summary>
    public IReadOnlyList<string> SplitRunOn(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        string trimmed = sentence.Trim();
        if (trimmed.Length == 0 || trimmed[^1] is '.' or '?' or '!' || IsQuestion(trimmed)) return [sentence];
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i + 3 < words.Length; i++)
        {
            string rest = string.Join(' ', words[i..]);
            string folded = TranscriptCues.Fold(rest);
            bool prompt = Cues.StoryPrompts.Any(p => folded.StartsWith(p + " ", StringComparison.Ordinal))
                || (Cues.QuestionStarts.Any(q => folded.StartsWith(q + " ", StringComparison.Ordinal)) && AddressesYou(folded));
            if (prompt && IsQuestion(rest))
                return [string.Join(' ', words[..i]), rest];
        }
        return [sentence];
    }

    // "could you tell me…", "what would you like…": the question is put to the listener within a few words.
    private static bool AddressesYou(string folded)
    {
        var words = folded.Split(' ');
        for (int i = 1; i < Math.Min(words.Length, 5); i++)
            if (words[i] is "you" or "your" or "you'd" or "you've" or "you're" or "yourself") return true;
        return false;
    }

    /// <summary>The name a sentence is addressed to ("Owen, do you want to start?" → "Owen"), or null.</summary>
    public static string? AddressedTo(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        string text = sentence.Trim();
        int comma = text.IndexOf(',');
        if (comma <= 0 || comma > 25) return text.TrimEnd('?', '.', '!').Split(' ').Length == 1 && text.EndsWith('?') ? text.TrimEnd('?') : null;
        var words = text[..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && words.All(w => char.IsUpper(w[0])) ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// True for a question an interviewer asks: it ends with '?', or (speech-to-text drops question marks) it
    /// opens like one and has at least four words; small talk is not a question.
    /// </summary>
    public bool IsQuestion(string sentence)
    {
        string core = Core(sentence);
        if (core.Length == 0 || IsSmallTalk(core)) return false;
        if (sentence.TrimEnd().EndsWith('?')) return true;
        return core.Split(' ').Length >= 4 && Cues.QuestionStarts.Any(s => core.StartsWith(s + " ", StringComparison.Ordinal));
    }

    /// <summary>True when the (folded, core) question is small talk: a greeting, an audio check, a logistics check.</summary>
    public bool IsSmallTalk(string core) =>
        Cues.SmallTalkQuestions.Contains(core) || Cues.SmallTalk.Any(p => TranscriptCues.Contains(core, p));

    /// <summary>True when a question opens a new story ("tell me about a time…").</summary>
    public bool IsStoryPrompt(string question)
    {
        string folded = TranscriptCues.Fold(question);
        return Cues.StoryPrompts.Any(p => TranscriptCues.Contains(folded, p));
    }

    /// <summary>
    /// True when a question follows up on the answer just given rather than asking something new: it is short,
    /// opens no new story, and refers back (a word such as "it", or a content word of the answer).
    /// </summary>
    public bool IsFollowUp(string question, string? previousAnswer)
    {
        if (previousAnswer is null || IsStoryPrompt(question)) return false;
        string core = Core(question);
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > Cues.FollowUpMaxWords) return false;
        if (Cues.GeneralOpenings.Any(o => core.StartsWith(o + " ", StringComparison.Ordinal))) return false;
        if (words.Length <= Cues.YesNoMaxWords && Cues.YesNoOpenings.Contains(words[0])) return true;
        if (Cues.FollowUpPhrases.Any(p => TranscriptCues.Contains(core, p))) return true;
        if (words.Any(Cues.FollowUpWords.Contains)) return true;
        var answer = Stems(previousAnswer);
        return words.Where(w => !Cues.Ignore.Contains(w)).Select(Stem).Any(answer.Contains);
    }

    private HashSet<string> Stems(string text) =>
        [.. TranscriptCues.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Cues.Ignore.Contains(w)).Select(Stem)];

    private static string Stem(string word) => StemmedWord.Split(word) is [var first, ..] ? first.Stem : word;
}
