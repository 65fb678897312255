using System.Globalization;
using TellMe.Debrief.Transcripts;
using Xunit.Abstractions;

namespace TellMe.Tests.Debrief;

public sealed class TranscriptTests(ITestOutputHelper output)
{
    private static TranscriptExtraction Extract(string text, ExtractionOptions? options = null, string? owner = null) =>
        QuestionExtractor.Extract(text, options, owner);

    [Theory]
    [InlineData("teams-hiring-manager.vtt", TranscriptFormat.WebVtt)]
    [InlineData("zoom-peer-engineer.vtt", TranscriptFormat.WebVtt)]
    [InlineData("meet-recruiter-screen.srt", TranscriptFormat.Srt)]
    [InlineData("plain-bar-raiser.txt", TranscriptFormat.SpeakerLines)]
    [InlineData("notes-roles.txt", TranscriptFormat.SpeakerLines)]
    public void The_format_is_recognised_from_the_content(string file, TranscriptFormat format) =>
        Assert.Equal(format, TranscriptReader.Detect(File.ReadAllText(TestFiles.Data("transcripts", file))));

    [Fact]
    public void Voice_tags_name_the_speakers_and_other_tags_are_removed()
    {
        var (_, utterances) = TranscriptReader.Read("""
            WEBVTT

            NOTE a comment block

            00:00:01.000 --> 00:00:04.000 align:start
            <v.loud Ana Ruiz>Hi <c.yellow>there</c> &amp; welcome</v>
            <v Bo Chen>Thanks.</v>
            """);
        Assert.Equal([("Ana Ruiz", "Hi there & welcome"), ("Bo Chen", "Thanks.")], utterances.Select(u => (u.Speaker!, u.Text)));
        Assert.Equal(TimeSpan.FromSeconds(1), utterances[0].Start);
        Assert.Equal(6, utterances[0].Line);
    }

    [Fact]
    public void A_question_split_across_cues_is_one_question()
    {
        var result = Extract(File.ReadAllText(TestFiles.Data("transcripts", "teams-hiring-manager.vtt")));
        Assert.Contains(result.Questions, q => q.Text == "Tell me about a time when you had to deliver something important on a really tight deadline, and what you had to give up to make it.");
    }

    [Theory]
    [InlineData("Ana: <script>alert(1)</script> Why us?", "<script>alert(1)</script> Why us?")]
    [InlineData("Ana: (quickly) why did you leave your last job?", "(quickly) why did you leave your last job?")]
    [InlineData("Ana: So, tell me about a time you failed.", "Tell me about a time you failed.")]
    [InlineData("Ana: Okay, great. So tell me about a time you failed.", "Tell me about a time you failed.")]
    public void A_question_keeps_the_characters_it_starts_with_and_only_opening_words_are_dropped(string transcript, string question) =>
        Assert.Equal(question, Assert.Single(Extract(transcript + "\nBo: Sure.").Questions).Text);

    [Fact]
    public void Cross_talk_in_the_middle_of_a_question_does_not_split_it()
    {
        // "Mm-hmm." from the candidate between the two halves of the interviewer's question.
        var result = Extract(File.ReadAllText(TestFiles.Data("transcripts", "teams-hiring-manager.vtt")));
        Assert.Contains(result.Questions, q => q.Text == "Walk me through how you grow the people around you. Have you mentored anyone who was struggling, and what did you actually do?");
    }

    [Fact]
    public void Small_talk_is_not_a_question_and_the_candidates_questions_do_not_count()
    {
        var result = Extract(File.ReadAllText(TestFiles.Data("transcripts", "teams-hiring-manager.vtt")));
        var texts = result.Questions.Select(q => q.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("hear me", StringComparison.OrdinalIgnoreCase) || t.Contains("day going", StringComparison.Ordinal) || t.Contains("answer it", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("on-call", StringComparison.Ordinal)); // the candidate asked that
        Assert.Equal("Priya Natarajan", Assert.Single(result.Interviewers));
        Assert.Equal("Sam Rivera", result.Candidate);
        Assert.Contains("fewest questions per word", result.HowDecided);
    }

    [Fact]
    public void Asking_to_hear_the_answer_again_is_not_a_question_but_a_question_with_again_is()
    {
        var result = Extract("""
            Interviewer: Tell me about a time you had to win back the trust of a team that had stopped believing your estimates.
            Me: After two late releases the team stopped trusting my estimates, so I started publishing them with ranges and tracking the misses every week in the open.
            Interviewer: sorry you froze for a second there can you say the last bit again
            Me: I tracked the misses every week in the open, and after a quarter they were inside the range nine times out of ten.
            Interviewer: Sorry, I didn't catch that. Could you say that last part again?
            Me: Nine times out of ten inside the range.
            Interviewer: What would you do differently if you had to plan that release again from the start?
            Me: I would publish the ranges from the first week.
            """);
        Assert.Equal(["Tell me about a time you had to win back the trust of a team that had stopped believing your estimates.",
            "What would you do differently if you had to plan that release again from the start?"], result.Questions.Select(q => q.Text));
    }

    [Fact]
    public void A_follow_up_on_the_story_is_kept_with_its_question()
    {
        var result = Extract(File.ReadAllText(TestFiles.Data("transcripts", "plain-bar-raiser.txt")));
        var decision = Assert.Single(result.Questions, q => q.Text.StartsWith("Give me an example", StringComparison.Ordinal));
        Assert.Equal(["Were you right?"], decision.FollowUps.ToArray());
        Assert.Equal(TimeSpan.FromSeconds(164), decision.Start); // the interviewer's turn starts with "Okay." at 2:44
    }

    [Fact]
    public void The_interviewer_can_be_named_and_a_name_that_does_not_speak_is_a_clear_problem()
    {
        string panel = File.ReadAllText(TestFiles.Data("transcripts", "panel-two-interviewers.vtt"));
        var onlyTom = Extract(panel, new ExtractionOptions(["Tom"]));
        Assert.Equal(["Tom Becker"], onlyTom.Interviewers.ToArray());
        Assert.All(onlyTom.Questions, q => Assert.Equal("Tom Becker", q.Speaker));
        Assert.Equal(2, onlyTom.Questions.Length);

        var nobody = Extract(panel, new ExtractionOptions(["Zed"]));
        Assert.Empty(nobody.Questions);
        Assert.Equal("no speaker called 'Zed' in the transcript; its speakers are: Elena Petrova, Sam Rivera, Tom Becker", nobody.Problem);
    }

    [Fact]
    public void The_candidate_named_or_the_banks_owner_makes_everyone_else_an_interviewer()
    {
        string panel = File.ReadAllText(TestFiles.Data("transcripts", "panel-two-interviewers.vtt"));
        Assert.Equal(["Elena Petrova", "Tom Becker"], Extract(panel, new ExtractionOptions(Candidate: "Sam Rivera")).Interviewers.Order().ToArray());
        var byOwner = Extract(panel, owner: "Sam Rivera");
        Assert.Equal("Sam Rivera", byOwner.Candidate);
        Assert.StartsWith("everyone but the bank's owner", byOwner.HowDecided);
    }

    [Fact]
    public void A_transcript_without_questions_gives_none()
    {
        var result = Extract(File.ReadAllText(TestFiles.Data("transcripts", "no-questions.vtt")));
        Assert.Empty(result.Questions);
        Assert.Null(result.Problem);
        Assert.Equal(["Chris Wu"], result.Speakers.ToArray());
    }

    [Fact]
    public void A_transcript_without_speaker_names_counts_every_question_and_says_so()
    {
        var result = Extract("""
            1
            00:00:01,000 --> 00:00:03,000
            Tell me about a time you failed.

            2
            00:00:04,000 --> 00:00:09,000
            We shipped a bad migration and I rolled it back.
            """);
        Assert.Equal(["Tell me about a time you failed."], result.Questions.Select(q => q.Text));
        Assert.Contains("names no speakers", result.HowDecided);
    }

    [Fact]
    public void A_name_in_front_of_a_single_line_of_an_answer_is_not_a_speaker()
    {
        var (_, utterances) = TranscriptReader.Read("""
            Ana: Tell me about a project you led.
            Bo: We rebuilt the billing pipeline.
            Result: we cut costs by half.
            Ana: What did you learn?
            Bo: To measure first.
            """);
        Assert.Equal(["Ana", "Bo", null, "Ana", "Bo"], utterances.Select(u => u.Speaker));
        Assert.Equal("Result: we cut costs by half.", utterances[2].Text);
    }

    [Fact]
    public void Garbage_or_binary_looking_text_never_throws()
    {
        foreach (var text in new[] { "", "\n\n", "WEBVTT", "1\n00:00:01,000 --> 00:00:02,000\n", "-->\n-->", new string('?', 5000), "<v>", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v" })
        {
            var result = Extract(text);
            Assert.NotNull(result);
        }
    }

    /// <summary>
    /// Precision and recall of the interviewer's questions over every team-written transcript (the development
    /// set and the held-out set); docs/prep.md reports these figures and how the fixtures were made.
    /// </summary>
    [Theory]
    [InlineData("transcripts", 1.0, 1.0)]
    [InlineData("transcripts-held-out", 1.0, 1.0)]
    public void Extraction_precision_and_recall_on_the_fixtures(string folder, double minPrecision, double minRecall)
    {
        var total = ExtractionScore.Score.Zero;
        var followUps = ExtractionScore.Score.Zero;
        foreach (var expectedFile in Directory.GetFiles(TestFiles.Data(folder), "*.expected.txt").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(expectedFile)[..^".expected.txt".Length];
            string transcript = Directory.GetFiles(TestFiles.Data(folder), name + ".*").Single(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal));
            var lines = File.ReadAllLines(expectedFile);
            var interviewers = lines.Single(l => l.StartsWith("# interviewer:", StringComparison.Ordinal))["# interviewer:".Length..]
                .Split(',', StringSplitOptions.TrimEntries).Order().ToArray();
            var result = Extract(File.ReadAllText(transcript));
            Assert.Equal(interviewers, result.Interviewers.Order().ToArray());
            var main = ExtractionScore.Compare([.. lines.Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("~ ", StringComparison.Ordinal))], [.. result.Questions.Select(q => q.Text)]);
            var follow = ExtractionScore.Compare([.. lines.Where(l => l.StartsWith("~ ", StringComparison.Ordinal)).Select(l => l[2..])], [.. result.Questions.SelectMany(q => q.FollowUps)]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: P {main.Precision:P0} R {main.Recall:P0}; extra [{string.Join(" | ", main.Extra)}] missed [{string.Join(" | ", main.Missed)}]"));
            total = total.Add(main);
            followUps = followUps.Add(follow);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{folder}: precision {total.Precision:P1}, recall {total.Recall:P1}; follow-ups P {followUps.Precision:P1} R {followUps.Recall:P1}"));
        Assert.True(total.Precision >= minPrecision, $"precision {total.Precision:P1}");
        Assert.True(total.Recall >= minRecall, $"recall {total.Recall:P1}");
    }

    [Fact]
    public void The_score_matches_questions_by_their_content_words()
    {
        var score = ExtractionScore.Compare(
            ["Why are you looking to leave?", "Tell me about a failure you learned from.", "What are your salary expectations?"],
            ["Last one from me: why are you looking to leave?", "Tell me about a failure you learned a lot from.", "Can you hear me?"]);
        Assert.Equal((2, 1, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
        Assert.Equal(["Can you hear me?"], score.Extra.ToArray());
    }
}
