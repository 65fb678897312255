using System.Collections.Immutable;

namespace TellMe.Debrief.Transcripts;

/// <summary>Who is who in a transcript, when the user knows better than TellMe's guess.</summary>
/// <param name="Interviewers">The interviewers' names as the transcript writes them (a first name is enough when it is unique).</param>
/// <param name="Candidate">The candidate's name; every other speaker is then an interviewer.</param>
public sealed record ExtractionOptions(IReadOnlyList<string>? Interviewers = null, string? Candidate = null);

/// <summary>A question an interviewer asked, as the transcript has it.</summary>
/// <param name="Text">The question, from its first question sentence to its last (a question split across cues is one).</param>
/// <param name="Speaker">The interviewer who asked it, if the transcript names speakers.</param>
/// <param name="Line">The line of the transcript where the turn starts.</param>
/// <param name="Start">When, if the transcript says.</param>
/// <param name="FollowUps">Short questions that followed up on the answer to it ("How did you measure that?").</param>
public sealed record ExtractedQuestion(string Text, string? Speaker, int Line, TimeSpan? Start, ImmutableArray<string> FollowUps);

/// <summary>The interviewer's questions found in a transcript.</summary>
/// <param name="Format">The format recognised.</param>
/// <param name="Speakers">Everyone who speaks, in order of first appearance.</param>
/// <param name="Interviewers">The speakers taken as interviewers.</param>
/// <param name="Candidate">The speaker taken as the candidate, if one was.</param>
/// <param name="HowDecided">Why those are the interviewers, in words.</param>
/// <param name="Questions">The interviewers' questions in order, small talk and follow-ups aside.</param>
/// <param name="Problem">Why nothing could be extracted (an interviewer named who does not speak); null when all went well.</param>
public sealed record TranscriptExtraction(TranscriptFormat Format, ImmutableArray<string> Speakers, ImmutableArray<string> Interviewers,
    string? Candidate, string HowDecided, ImmutableArray<ExtractedQuestion> Questions, string? Problem);
