using TellMe.Match;
using TellMe.Match.Evaluation;
using TellMe.Match.Questions;
using TellMe.Competencies;

namespace TellMe.Tests.Match;

/// <summary>
/// The parts added to generalise beyond the question bank's wording: the answer-key vocabulary, the learnt
/// competency model, the "Why …" vocabulary, and the cross-validation that tunes them. None of these
/// questions is in bench/match/*.tsv.
/// </summary>
public sealed class GeneralisationTests(FixtureBank fixture) : IClassFixture<FixtureBank>
{
    private static readonly QuestionBank Bank = QuestionBank.Embedded;
    private readonly Matcher _matcher = fixture.Matcher;

    private static string TopKeyCompetency(string key, IReadOnlySet<string>? companies = null)
    {
        var scores = new double[Bank.Competencies.Length];
        AnswerKeyReader.Build(Bank.Competencies).Score(key, scores, companies);
        int best = Array.IndexOf(scores, scores.Max());
        Assert.True(scores[best] > 0, $"'{key}' matched no competency");
        return Bank.Competencies[best].Id.ToString();
    }

    [Theory]
    [InlineData("Low Performer", "general/mentoring")]
    [InlineData("Underperformer", "general/mentoring")]
    [InlineData("My Question", "general/questions-for-interviewer")]
    [InlineData("Questions for you", "general/questions-for-interviewer")]
    [InlineData("Why leaving", "general/motivation-move")]
    [InlineData("Why left CTO", "general/motivation-move")]
    [InlineData("Greatest strength", "general/strengths")]
    [InlineData("Weakness", "general/weaknesses")]
    [InlineData("Interesting", "general/interesting-project")]
    public void The_answer_key_vocabulary_reads_common_answer_names(string key, string label) =>
        Assert.Equal(label, TopKeyCompetency(key));

    [Fact]
    public void A_company_of_the_users_stories_in_a_key_reads_as_company()
    {
        var companies = AnswerKeyReader.CompanyWords(["Cybereason", "Industry Technology"]);
        Assert.Equal("general/motivation-company", TopKeyCompetency("Why Cybereason", companies));
    }

    [Fact]
    public void The_classifier_reads_Low_Performer_as_mentoring()
    {
        var classifier = CompetencyClassifier.Build(Bank, MatchTuning.Default);
        var scores = new double[classifier.Count];
        classifier.Classify("Low Performer", scores);
        Assert.Equal("general/mentoring", Bank.Competencies[Array.IndexOf(scores, scores.Max())].Id.ToString());
    }

    [Fact]
    public void The_model_says_nothing_about_a_text_it_has_no_feature_for()
    {
        var model = CompetencyModel.Train(Bank, MatchTuning.Default);
        var scores = new double[Bank.Competencies.Length];
        Assert.False(model.Predict([], KeywordPhrases.Words("日本語の質問"), scores));
        Assert.All(scores, s => Assert.Equal(0, s));
        Assert.True(model.Predict(MatchText.Analyzer.AnalyzeQuery("tight deadline"), KeywordPhrases.Words("tight deadline"), scores));
        Assert.Equal(1, scores.Sum(), 6);
    }

    [Fact]
    public void Training_the_model_is_reproducible()
    {
        var question = "How did you coach a junior who kept missing deadlines?";
        var terms = MatchText.Analyzer.AnalyzeQuery(question);
        var words = KeywordPhrases.Words(question);
        var first = new double[Bank.Competencies.Length];
        var second = new double[Bank.Competencies.Length];
        CompetencyModel.Train(Bank, MatchTuning.Default).Predict(terms, words, first);
        CompetencyModel.Train(Bank, MatchTuning.Default).Predict(terms, words, second);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("Why do you want to work in the States?", "Why US")]
    [InlineData("Why do you want to relocate to America?", "Why US")]
    [InlineData("How do you deal with someone on your team who is underperforming?", "Low Performer")]
    [InlineData("Why do you do consulting on the side?", "Why Freelance")]
    public void Why_questions_find_the_answer_naming_their_subject(string question, string key) =>
        Assert.Contains(key, _matcher.Match(question, 3).Answers.Select(a => a.Key));

    [Theory]
    [InlineData("How would your former teammates describe you?", "Strengths", "Strength / Positive Feedback")]
    [InlineData("What did a typical day look like in your last job?", "Career story (past jobs and education)", "Past Job")]
    [InlineData("What were your day-to-day responsibilities at your previous company?", "Career story (past jobs and education)", "Past Job")]
    public void How_others_see_you_and_what_you_did_day_to_day_are_read_from_the_taxonomy(string question, string competency, string key)
    {
        var result = _matcher.Match(question, 3);
        Assert.Equal(competency, result.Competencies[0].Name);
        Assert.Equal(key, result.Answers[0].Key);
    }

    [Fact]
    public void US_in_capitals_is_the_country_and_us_is_a_stop_word()
    {
        Assert.Equal(["usa"], MatchText.Analyzer.Analyze("US"));
        Assert.Empty(MatchText.Analyzer.Analyze("us"));
        Assert.Contains(MatchText.Analyzer.AnalyzeQuery("the States"), t => t.Term == "usa");
    }

    [Theory]
    [InlineData("What state was the codebase in when you joined?")]
    [InlineData("How do you keep a stateful service reliable?")]
    [InlineData("State your biggest weakness.")]
    public void A_lower_case_state_is_not_the_country(string question)
    {
        Assert.DoesNotContain(MatchText.Analyzer.AnalyzeQuery(question), t => t.Term is "usa" or "america" or "american");
        Assert.NotEqual("general/motivation-location", _matcher.Match(question, 3).Competencies[0].Id.ToString());
    }

    [Fact]
    public void A_key_with_US_in_capitals_is_the_country_and_why_us_in_lower_case_is_the_company()
    {
        Assert.Equal("general/motivation-location", TopKeyCompetency("Why US"));
        Assert.Equal("general/motivation-location", TopKeyCompetency("Why the US"));
        Assert.Equal("general/motivation-company", TopKeyCompetency("Why us"));
    }

    [Fact]
    public void An_answer_about_applying_also_answers_why_this_company()
    {
        var scores = new double[Bank.Competencies.Length];
        AnswerKeyReader.Build(Bank.Competencies).Score("Why applied", scores);
        int company = Bank.Competencies.IndexOf(Bank.Find(CompetencyId.Parse("general/motivation-company"))!);
        int role = Bank.Competencies.IndexOf(Bank.Find(CompetencyId.Parse("general/motivation-role"))!);
        Assert.True(scores[role] > 0.5 && scores[company] > 0.5, $"role {scores[role]}, company {scores[company]}");
    }

    [Theory]
    [InlineData("Why did you move from SRE to software engineering?")]
    public void A_key_in_abbreviations_is_met_by_a_question_that_spells_them_out(string question)
    {
        string key = _matcher.Match(question, 3).Answers[0].Key;
        Assert.True(key.StartsWith("Why SRE", StringComparison.Ordinal) && key.EndsWith("SWE", StringComparison.Ordinal), key);
    }

    [Theory]
    [InlineData("What did you do about a colleague who kept falling behind the rest of the group?")]
    [InlineData("Ever had a report who wasn't pulling their weight?")]
    [InlineData("Someone in your group isn't keeping up with everyone else. What do you do?")]
    public void A_teammate_not_keeping_up_is_an_underperformer_without_the_word(string question)
    {
        var result = _matcher.Match(question, 3);
        Assert.Equal("general/mentoring", result.Competencies[0].Id.ToString());
        Assert.Contains("Low Performer", result.Answers.Take(3).Select(a => a.Key));
    }

    [Fact]
    public void Cross_validation_holds_out_every_question_once()
    {
        var report = CrossValidation.Run(folds: 5);
        Assert.Equal(Bank.Questions.Length, report.AllCount);
        Assert.Equal(Bank.Questions.Count(q => q.Competencies[0].Framework == "amazon"), report.AmazonCount);
        Assert.InRange(report.AmazonAccuracy, 0.5, 1);
        Assert.InRange(report.AllTop3, report.AllTop1, report.AllCount);
    }
}
