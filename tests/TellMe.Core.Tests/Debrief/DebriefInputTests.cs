using TellMe.Debrief;
using TellMe.Debrief.Transcripts;
using TellMe.Practice.Scheduling;

namespace TellMe.Tests.Debrief;

public sealed class DebriefInputTests
{
    [Fact]
    public void A_questions_list_gives_its_questions_with_story_and_rating()
    {
        var read = DebriefInput.Read("Tell me about a failure | CR3 | 2\n\nWhy us?", "  ");
        Assert.True(read.Ok);
        Assert.Equal("questions", read.Source);
        Assert.Equal([(1, "Tell me about a failure", "CR3", (Rating?)Rating.Hard), (3, "Why us?", null, null)],
            read.Questions.Select(q => (q.Line, q.Text, q.Told, q.Rating)));
    }

    [Fact]
    public void A_transcript_gives_the_interviewers_questions()
    {
        var read = DebriefInput.Read("", "Ana: Thanks for joining.\nBo: Thanks!\nAna: Tell me about a time you disagreed with your manager.\nBo: Sure, at my last job I pushed back on a launch date.\n",
            new ExtractionOptions(["Ana"]));
        Assert.True(read.Ok, string.Join("; ", read.Problems));
        Assert.Equal("transcript", read.Source);
        Assert.Equal(["Tell me about a time you disagreed with your manager."], read.Questions.Select(q => q.Text));
        Assert.Equal(TranscriptFormat.SpeakerLines, read.Extraction!.Format);
    }

    [Theory]
    [InlineData("", "", "questions", "there are no questions: write them one a line, or paste or upload a transcript")]
    [InlineData("Q1", "Ana: Q?", "transcript", "give the questions or a transcript, not both: clear one of them")]
    [InlineData("# only a comment", null, "questions", "there are no questions, only comments: write one question a line")]
    [InlineData("Fine | CR1 | 3\nTell me | CR2 | 5", null, "questions", "line 2: '5' is not a rating; use 1 (again), 2 (hard), 3 (good) or 4 (easy)")]
    public void Bad_input_names_its_field_and_the_problem(string? list, string? transcript, string field, string problem)
    {
        var read = DebriefInput.Read(list, transcript);
        Assert.False(read.Ok);
        Assert.Empty(read.Questions);
        Assert.Equal(field, read.Field);
        Assert.Equal(problem, Assert.Single(read.Problems).Text);
    }

    [Fact]
    public void Text_over_the_bound_is_refused_before_it_is_parsed()
    {
        var list = DebriefInput.Read(new string('a', DebriefInput.MaxLength + 1), null);
        Assert.Equal(("questions", "the questions are too long: 1,000,001 characters, at most 1,000,000"), (list.Field, list.Problems.Single().Text));
        var transcript = DebriefInput.Read(null, new string('a', DebriefInput.MaxLength + 1));
        Assert.Equal(("transcript", "the transcript is too long: 1,000,001 characters, at most 1,000,000"), (transcript.Field, transcript.Problems.Single().Text));
    }

    [Fact]
    public void A_transcript_without_interviewer_questions_says_who_speaks()
    {
        var read = DebriefInput.Read(null, File.ReadAllText(TestFiles.Data("transcripts", "no-questions.vtt")));
        Assert.Equal("transcript", read.Field);
        Assert.Matches(@"^found no interviewer questions in the transcript \(speakers: [^;]+; interviewers: [^)]+\)\. Name the interviewer, or write the questions one a line instead$",
            read.Problems.Single().Text);
        Assert.Equal(DebriefInputIssue.NoInterviewerQuestions, read.Problems.Single().Issue);
        Assert.StartsWith("speakers: ", read.Problems.Single().Speakers);
    }
}
