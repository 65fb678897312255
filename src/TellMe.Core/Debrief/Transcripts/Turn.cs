namespace TellMe.Debrief.Transcripts;

/// <summary>
/// What one speaker said without being interrupted: consecutive utterances of one speaker, joined, and a short
/// remark by someone else ("mm-hmm") in the middle of an unfinished sentence skipped, so a question split
/// across caption cues or around cross-talk is one turn.
/// </summary>
/// <param name="Speaker">Who, or null when the transcript names nobody.</param>
/// <param name="Text">All they said, in order.</param>
/// <param name="Line">The line the turn starts on.</param>
/// <param name="Start">When it starts, if known.</param>
public sealed record Turn(string? Speaker, string Text, int Line, TimeSpan? Start);

/// <summary>Builds turns from utterances.</summary>
public static class Turns
{
    /// <summary>The turns of a transcript, in order.</summary>
    public static IReadOnlyList<Turn> Build(IReadOnlyList<Utterance> utterances, TranscriptCues cues)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        ArgumentNullException.ThrowIfNull(cues);
        var turns = new List<Turn>();
        for (int i = 0; i < utterances.Count; i++)
        {
            var u = utterances[i];
            var last = turns.Count > 0 ? turns[^1] : null;
            string? speaker = u.Speaker ?? last?.Speaker;
            if (last is not null && speaker == last.Speaker)
            {
                turns[^1] = last with { Text = Join(last.Text, u.Text, u.NewLine) };
                continue;
            }
            // "Mm-hmm" from someone else while the speaker is mid-sentence: skip it if the speaker goes on.
            if (last is not null && IsBackchannel(u.Text, cues) && !EndsQuestion(last.Text) && NextSpeaker(utterances, i + 1, cues) == last.Speaker)
                continue;
            turns.Add(new Turn(speaker, u.Text, u.Line, u.Start));
        }
        return turns;
    }

    /// <summary>True for a short remark made only of backchannel words ("Mm-hmm.", "Right, right.", "Sure.").</summary>
    public static bool IsBackchannel(string text, TranscriptCues cues)
    {
        var words = TranscriptCues.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.All(cues.Backchannel.Contains);
    }

    private static bool EndsQuestion(string text) => text.TrimEnd().EndsWith('?');

    private static string? NextSpeaker(IReadOnlyList<Utterance> utterances, int from, TranscriptCues cues)
    {
        for (int j = from; j < utterances.Count; j++)
            if (!IsBackchannel(utterances[j].Text, cues)) return utterances[j].Speaker;
        return null;
    }

    // Caption cues may split a sentence anywhere; separate lines of notes are separate sentences.
    private static string Join(string before, string after, bool newLine)
    {
        string left = before.TrimEnd();
        if (newLine && left.Length > 0 && left[^1] is not ('.' or '?' or '!' or ':' or ',' or '-')) return $"{left}. {after}";
        return $"{left} {after}";
    }
}
