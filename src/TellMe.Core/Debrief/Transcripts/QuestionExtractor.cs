using System.Collections.Immutable;
using TellMe.Prep;

namespace TellMe.Debrief.Transcripts;

/// <summary>
/// Finds the interviewer's questions in a meeting transcript (WebVTT, SRT or "Speaker: text"): reads the
/// utterances, joins them into turns (a question split across cues, or around a "mm-hmm", is one), decides who
/// interviews, and keeps each interviewer turn's question: from its first question sentence to its last, small
/// talk ("can you hear me?") left out, and a short question that refers back to the answer just given kept as a
/// follow-up of the question before it.
/// </summary>
public static class QuestionExtractor
{
    /// <summary>Extracts the questions.</summary>
    /// <param name="transcript">The transcript's text.</param>
    /// <param name="options">Who interviews or who is the candidate, when the user says.</param>
    /// <param name="owner">The bank's owner, who is the candidate when they speak in the transcript.</param>
    /// <param name="cues">The cues; the shipped ones by default.</param>
    public static TranscriptExtraction Extract(string transcript, ExtractionOptions? options = null, string? owner = null, TranscriptCues? cues = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        options ??= new ExtractionOptions();
        var sentences = new QuestionSentences(cues ?? TranscriptCues.Embedded);
        var (format, utterances) = TranscriptReader.Read(transcript);
        var turns = Turns.Build(utterances, sentences.Cues);
        var speakers = turns.Select(t => t.Speaker).OfType<string>().Distinct(StringComparer.Ordinal).ToImmutableArray();
        var decision = InterviewerFinder.Decide(turns, speakers, options, owner, sentences);
        if (decision.Problem is not null)
            return new TranscriptExtraction(format, speakers, [], null, decision.How, [], decision.Problem);

        var interviewers = decision.Interviewers.ToHashSet(StringComparer.Ordinal);
        var questions = new List<(ExtractedQuestion Question, List<string> FollowUps)>();
        // Everything the candidate said since the last question of its own, so a follow-up on the story can
        // refer to any part of it, not only to the answer just before.
        var answer = new System.Text.StringBuilder();
        foreach (var turn in turns)
        {
            bool asks = speakers.IsEmpty || (turn.Speaker is not null && interviewers.Contains(turn.Speaker));
            if (!asks)
            {
                answer.Append(' ').Append(turn.Text);
                continue;
            }
            var parts = SentenceSplitter.Split(turn.Text, lowerCaseStarts: true)
                .SelectMany(p => sentences.SplitRunOn(p.Text)).ToList();
            int first = -1, last = -1;
            for (int i = 0; i < parts.Count; i++)
                if (sentences.IsQuestion(parts[i]) && !ToColleague(parts[i], turn.Speaker, interviewers))
                {
                    if (first < 0) first = i;
                    last = i;
                }
            if (first < 0) continue;
            string text = Opening(string.Join(' ', parts.Skip(first).Take(last - first + 1)), sentences);
            // "Would that work for you?" says nothing without the sentence before it ("The role is hybrid…").
            if (first > 0 && IsBareReference(parts[first], sentences) && sentences.Core(parts[first - 1]).Split(' ').Length >= 3)
                text = $"{parts[first - 1]} {text}";
            if (questions.Count > 0 && sentences.IsFollowUp(text, answer.Length == 0 ? null : answer.ToString()))
                questions[^1].FollowUps.Add(text);
            else
            {
                questions.Add((new ExtractedQuestion(text, turn.Speaker, turn.Line, turn.Start, []), []));
                answer.Clear();
            }
        }
        return new TranscriptExtraction(format, speakers, decision.Interviewers, decision.Candidate, decision.How,
            [.. questions.Select(q => q.Question with { FollowUps = [.. q.FollowUps] })], null);
    }

    // "Last one from me: why are you…" asks "Why are you…"; "So, Sam, tell me…" asks "Tell me…".
    private static string Opening(string question, QuestionSentences sentences)
    {
        string text = question.Trim();
        foreach (var separator in new[] { ": ", " - ", " – ", " — " })
        {
            int at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at < 60 && sentences.IsQuestion(text[(at + separator.Length)..])) text = text[(at + separator.Length)..];
        }
        // Drop opening words the core drops ("So, Sam, tell me…"), keeping the rest as said. Only plain words
        // go: a cut inside a word, or one that would drop a bracket, a quote or a tag, would change what was said.
        string core = sentences.Core(text);
        if (core.Length > 0)
        {
            var firstWord = core.Split(' ')[0];
            int at = IndexOfWord(text, firstWord);
            if (at > 0 && char.IsWhiteSpace(text[at - 1]) && text[..at].All(IsOpeningWordCharacter))
                text = text[at..];
        }
        return text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    private static bool IsOpeningWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c is ',' or '.' or ';' or ':' or '!' or '-' or '\'' or '’' or '–' or '—';

    // "Owen, do you want to start?", "Grace?": interviewers handing over to each other are not asking the candidate.
    private static bool ToColleague(string sentence, string? speaker, HashSet<string> interviewers)
    {
        if (QuestionSentences.AddressedTo(sentence) is not { } name) return false;
        var others = interviewers.Where(i => i != speaker).ToList();
        return InterviewerFinder.Resolve(name, others) is not null;
    }

    // A short question that only points at what was just said: "Would that work for you?", "Is this okay?".
    private static bool IsBareReference(string sentence, QuestionSentences sentences)
    {
        var words = sentences.Core(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && words.Any(w => w is "that" or "this" or "it");
    }

    private static int IndexOfWord(string text, string word)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return -1;
            bool start = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            bool end = at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (start && end) return at;
            from = at + 1;
        }
        return -1;
    }
}
