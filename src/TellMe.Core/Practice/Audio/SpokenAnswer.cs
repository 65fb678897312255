using System.Collections.Immutable;
using TellMe.Practice.Cards;
using TellMe.Practice.Feedback;

namespace TellMe.Practice.Audio;

/// <summary>The pace within one window of the recording (15 seconds by default).</summary>
/// <param name="Start">The window's start.</param>
/// <param name="End">Its end (the recording's end for the last one).</param>
/// <param name="Words">Words said in the window, measured as <see cref="SpeechFigures.PaceFrom"/> says: recognised words whose middle falls in it, or its syllables counted as words.</param>
/// <param name="Speaking">Speaking time in the window (pauses and the silence before and after the answer left out).</param>
/// <param name="WordsPerMinute">The pace over speaking time, measured as <see cref="SpeechFigures.PaceFrom"/> says; null when the window has under <see cref="SpokenAnswerAnalyzer.MinWindowSpeech"/> of speech, too little to judge.</param>
public sealed record PaceWindow(TimeSpan Start, TimeSpan End, int Words, TimeSpan Speaking, double? WordsPerMinute);

/// <summary>What a pace in words a minute was measured from.</summary>
public enum PaceSource
{
    /// <summary>The recognised words, when the engine hears every word (<see cref="Transcript.HearsEveryWord"/>).</summary>
    Words,

    /// <summary>The syllables in the audio (<see cref="SyllableNuclei"/>), counted as words at <see cref="SyllableNuclei.PeaksPerWord"/>.</summary>
    Syllables,
}

/// <summary>A filler said at a time.</summary>
/// <param name="Filler">The filler as the feedback names it ("um", "you know").</param>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
public sealed record TimedFiller(string Filler, TimeSpan Start, TimeSpan End);

/// <summary>A transcribed word with what it is in the answer.</summary>
/// <param name="Word">The word and its time.</param>
/// <param name="Filler">The filler it belongs to, if any.</param>
/// <param name="KeyTerm">True when it is a content word of a key point this sentence makes.</param>
public sealed record MarkedWord(TimedWord Word, string? Filler, bool KeyTerm);

/// <summary>
/// A sentence of the transcript, with its STAR part and the key points it makes. A recogniser without
/// punctuation gives no sentences, so a sentence ends where the speaker paused (see <see cref="SpokenAnswerAnalyzer.SentenceGap"/>).
/// </summary>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="Words">Its words.</param>
/// <param name="Part">The STAR part it tells, as cue phrases show; null when none shows.</param>
/// <param name="KeyPoints">The card's key points it makes (shares enough content words with), best first.</param>
public sealed record TranscriptSentence(TimeSpan Start, TimeSpan End, ImmutableArray<MarkedWord> Words, StarPart? Part, ImmutableArray<KeyPoint> KeyPoints)
{
    /// <summary>The words joined by spaces.</summary>
    public string Text => string.Join(' ', Words.Select(w => w.Word.Text));
}

/// <summary>What only a recording shows: time, pace, pauses, fillers with their times, and the marked transcript.</summary>
public sealed record SpeechFigures
{
    /// <summary>The recording's length.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>When the first word starts.</summary>
    public required TimeSpan SpeechStart { get; init; }

    /// <summary>When the last word ends.</summary>
    public required TimeSpan SpeechEnd { get; init; }

    /// <summary>Time spent speaking: first word to last, less the pauses (<see cref="SpeechActivity.SpeakingTime"/>).</summary>
    public required TimeSpan Speaking { get; init; }

    /// <summary>
    /// Words said (fillers included: they take time too), measured as <see cref="PaceFrom"/> says: the words
    /// recognised, or the syllables counted as words when the engine's count cannot be trusted.
    /// </summary>
    public required int Words { get; init; }

    /// <summary>Words in the transcript (fillers included).</summary>
    public required int RecognisedWords { get; init; }

    /// <summary>Words per minute of speaking time, measured as <see cref="PaceFrom"/> says; 0 when nothing was said.</summary>
    public required double WordsPerMinute { get; init; }

    /// <summary>What <see cref="WordsPerMinute"/> was measured from: the words, or the audio's syllables.</summary>
    public PaceSource PaceFrom { get; init; } = PaceSource.Words;

    /// <summary>Syllable peaks found in the audio (<see cref="SpeechActivity.SyllablePeaks"/>).</summary>
    public int Syllables { get; init; }

    /// <summary>The pace of each window, in order.</summary>
    public required ImmutableArray<PaceWindow> Windows { get; init; }

    /// <summary>The pauses, in order.</summary>
    public required ImmutableArray<Pause> Pauses { get; init; }

    /// <summary>Fillers with their times, in order.</summary>
    public required ImmutableArray<TimedFiller> Fillers { get; init; }

    /// <summary>The transcript in sentences.</summary>
    public required ImmutableArray<TranscriptSentence> Sentences { get; init; }

    /// <summary>The speech recogniser that made the transcript.</summary>
    public required string Engine { get; init; }

    /// <summary>The longest pause, if any.</summary>
    public Pause? LongestPause => Pauses.IsDefaultOrEmpty ? null : Pauses.MaxBy(p => p.Duration);
}

/// <summary>Feedback on a spoken answer: the same as for a typed one, on its transcript, plus what the audio shows.</summary>
/// <param name="Feedback">The typed-answer feedback of the transcript, its length measured on the recording.</param>
/// <param name="Speech">Time, pace, pauses, fillers and the marked transcript.</param>
/// <param name="Findings">What the audio figures say, each with a suggestion (pace, pauses).</param>
public sealed record SpokenFeedback(AnswerFeedback Feedback, SpeechFigures Speech, ImmutableArray<FeedbackFinding> Findings);
