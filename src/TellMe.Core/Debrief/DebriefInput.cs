using System.Collections.Immutable;
using System.Globalization;
using TellMe.Debrief.Transcripts;

namespace TellMe.Debrief;

/// <summary>Where the questions of a debrief came from, or the problem with the text given for them.</summary>
/// <param name="Questions">The questions found; empty when there is a problem.</param>
/// <param name="Source"><c>questions</c> or <c>transcript</c> (what <see cref="DebriefRequest.Source"/> records).</param>
/// <param name="Field">The field the problem is about: <c>questions</c> or <c>transcript</c>; null without a problem.</param>
/// <param name="Problems">What is wrong; empty when the questions can be recorded.</param>
/// <param name="Extraction">How a transcript was read (format, speakers, interviewers); null for a questions list.</param>
public sealed record DebriefQuestions(ImmutableArray<AskedQuestion> Questions, string Source, string? Field, ImmutableArray<DebriefInputProblem> Problems, TranscriptExtraction? Extraction)
{
    /// <summary>True when there is nothing wrong.</summary>
    public bool Ok => Problems.IsEmpty;
}

/// <summary>What kind of problem the questions of a debrief have, so each front end can word its own hint (a form field, a command-line option).</summary>
public enum DebriefInputIssue
{
    /// <summary>Neither questions nor a transcript.</summary>
    NoneGiven,
    /// <summary>Both questions and a transcript.</summary>
    BothGiven,
    /// <summary>Longer than <see cref="DebriefInput.MaxLength"/>.</summary>
    TooLong,
    /// <summary>A line of the questions list is wrong (<see cref="DebriefInputProblem.Line"/> says which).</summary>
    BadLine,
    /// <summary>The questions list has only comments.</summary>
    OnlyComments,
    /// <summary>The transcript cannot be read as one.</summary>
    UnreadableTranscript,
    /// <summary>The transcript has no question from an interviewer (<see cref="DebriefInputProblem.Speakers"/> says who speaks).</summary>
    NoInterviewerQuestions,
}

/// <summary>One problem with the questions of a debrief.</summary>
/// <param name="Issue">Its kind.</param>
/// <param name="Line">The line of the text it is about; 0 when it is about the whole text.</param>
/// <param name="Message">What is wrong, worded for the web form (no file name, no option), without the line.</param>
/// <param name="Speakers">For <see cref="DebriefInputIssue.NoInterviewerQuestions"/>: who speaks and who was taken for an interviewer.</param>
public sealed record DebriefInputProblem(DebriefInputIssue Issue, int Line, string Message, string? Speakers = null)
{
    /// <summary>The message with its line ("line 3: '5' is not a rating…").</summary>
    public string Text => Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}") : Message;

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>
/// The questions of a debrief typed or pasted into a form rather than read from a file: a questions list (the
/// <see cref="QuestionList"/> format) or a transcript (<see cref="QuestionExtractor"/>), exactly one of them, of a
/// bounded length. The web form's counterpart of <c>tellme debrief --questions FILE | --transcript FILE</c>; the
/// problems are worded for a form (no file name, no option), with the line of the text they are about, and
/// typed (<see cref="DebriefInputIssue"/>) so the command line words its own (file and line, the option to use).
/// </summary>
/// <remarks>
/// The bound: a transcript of a one-hour call is about 60,000 characters (WebVTT with timings about twice that), so
/// <see cref="MaxLength"/> leaves room for a long panel and still bounds the matcher's work.
/// </remarks>
public static class DebriefInput
{
    /// <summary>The most characters a questions list or a transcript may have.</summary>
    public const int MaxLength = 1_000_000;

    /// <summary>The most characters of the notes on a round.</summary>
    public const int MaxNotes = 20_000;

    /// <summary>Reads the questions from a list or a transcript (one of them, not both).</summary>
    /// <param name="list">The questions, one a line, optionally <c>question | STORY-ID | 1-4 | notes</c>.</param>
    /// <param name="transcript">A transcript: WebVTT, SRT or "Speaker: text" lines.</param>
    /// <param name="options">Who the interviewers and the candidate are in the transcript.</param>
    /// <param name="owner">The bank's owner (the candidate, when not named).</param>
    public static DebriefQuestions Read(string? list, string? transcript, ExtractionOptions? options = null, string? owner = null)
    {
        bool hasList = !string.IsNullOrWhiteSpace(list), hasTranscript = !string.IsNullOrWhiteSpace(transcript);
        if (hasList && hasTranscript)
            return Problem("transcript", DebriefInputIssue.BothGiven, "give the questions or a transcript, not both: clear one of them");
        if (!hasList && !hasTranscript)
            return Problem("questions", DebriefInputIssue.NoneGiven, "there are no questions: write them one a line, or paste or upload a transcript");
        if (hasList)
        {
            if (list!.Length > MaxLength) return Problem("questions", DebriefInputIssue.TooLong, TooLong("the questions are", list.Length));
            var (questions, problems) = QuestionList.Parse(list);
            if (!problems.IsEmpty)
                return new DebriefQuestions([], "questions", "questions", [.. problems.Select(p => new DebriefInputProblem(DebriefInputIssue.BadLine, p.Line, p.Message))], null);
            if (questions.IsEmpty) return Problem("questions", DebriefInputIssue.OnlyComments, "there are no questions, only comments: write one question a line");
            return new DebriefQuestions(questions, "questions", null, [], null);
        }
        if (transcript!.Length > MaxLength) return Problem("transcript", DebriefInputIssue.TooLong, TooLong("the transcript is", transcript.Length));
        var extraction = QuestionExtractor.Extract(transcript, options, owner);
        if (extraction.Problem is not null)
            return new DebriefQuestions([], "transcript", "transcript", [new DebriefInputProblem(DebriefInputIssue.UnreadableTranscript, 0, extraction.Problem)], extraction);
        if (extraction.Questions.IsEmpty)
        {
            string who = extraction.Speakers.IsEmpty ? "it names no speakers"
                : $"speakers: {string.Join(", ", extraction.Speakers)}; interviewers: {(extraction.Interviewers.IsEmpty ? "none found" : string.Join(", ", extraction.Interviewers))}";
            return new DebriefQuestions([], "transcript", "transcript",
                [new DebriefInputProblem(DebriefInputIssue.NoInterviewerQuestions, 0, $"found no interviewer questions in the transcript ({who}). Name the interviewer, or write the questions one a line instead", who)], extraction);
        }
        var asked = extraction.Questions.Select(q => new AskedQuestion(q.Line, q.Text) { FollowUps = q.FollowUps });
        return new DebriefQuestions([.. asked], "transcript", null, [], extraction);
    }

    private static DebriefQuestions Problem(string field, DebriefInputIssue issue, string message) => new([], field, field, [new DebriefInputProblem(issue, 0, message)], null);

    private static string TooLong(string what, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} too long: {length:N0} characters, at most {MaxLength:N0}");
}
