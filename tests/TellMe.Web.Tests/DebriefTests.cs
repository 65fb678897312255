using System.Net;
using System.Text;
using TellMe.Data;
using TellMe.Practice.Scheduling;

namespace TellMe.Web.Tests;

/// <summary>
/// The debrief form and the company pages, posted as a browser would: a round is recorded through Core's
/// DebriefService into the bank's real SQLite history (checked by opening it), bad input records nothing.
/// </summary>
public sealed class DebriefTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);
    private readonly WebApp _app = new() { Time = new FixedTime(Now) };
    private readonly HttpClient _client;

    public DebriefTests() => _client = _app.Client();

    public void Dispose() => _app.Dispose();

    private async Task<HttpResponseMessage> Submit(params (string Name, string Value)[] fields)
    {
        string form = await _client.Ok("/debrief");
        return await _client.Post("/debrief", [("__csrf", Http.Csrf(form)), .. fields]);
    }

    // What the history holds: rounds with their questions, reviews, and every card's schedule.
    private string History()
    {
        string path = SqlitePracticeStore.PathFor(_app.Bank.Root);
        if (!File.Exists(path)) return "no history";
        using var store = SqlitePracticeStore.OpenBank(_app.Bank.Root);
        var text = new StringBuilder();
        foreach (var c in store.Companies())
            foreach (var r in store.Rounds(c.CompanyKey))
                text.AppendLine($"{r.Company}|{r.Label}|{r.HeldOn}|{string.Join(";", r.Questions.Select(q => $"{q.Question}/{q.Story}/{q.Rating}"))}");
        foreach (var r in store.Reviews()) text.AppendLine($"review {r.CardId} {r.Rating} {r.Prompt}");
        foreach (var c in store.Cards(includeRetired: true)) text.AppendLine($"card {c.Id} {c.Schedule.State} {c.Schedule.Due:O}");
        return text.ToString();
    }

    private static string Text(string html) => System.Text.RegularExpressions.Regex.Replace(Http.Text(html), @"\s+", " ");

    [Fact]
    public async Task The_form_has_an_antiforgery_token_today_as_the_day_and_the_clis_interviewer_types()
    {
        string html = await _client.Ok("/debrief");
        Assert.NotEmpty(Http.Csrf(html));
        Assert.Contains("name=\"Date\" value=\"2026-03-14\"", html);
        foreach (var type in TellMe.Plan.InterviewerTypes.Embedded.All) Assert.Contains($"<option value=\"{type.Id}\">", html);
        Assert.Contains("enctype=\"multipart/form-data\"", html);
        Assert.Contains("href=\"/companies\">Companies</a>", await _client.Ok("/"));
    }

    [Fact]
    public async Task A_recorded_round_redirects_to_the_company_page_and_is_in_the_sqlite_history()
    {
        var response = await Submit(("Company", "Acme Corp"), ("Round", "phone screen"), ("Date", "2026-03-12"), ("Type", "hiring-manager"),
            ("Interviewer", "Priya"), ("Questions", "Tell me about a failure | CR3 | 2\r\nWhy do you want to work here?\r\n"), ("Notes", "They asked for numbers."));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string location = response.Headers.Location!.OriginalString;
        Assert.Equal("/companies/acme%20corp", location);

        string page = Text(await _client.Ok(location.Split('#')[0]));
        Assert.Contains("Recorded “phone screen” with Acme Corp on 2026-03-12 (hiring-manager): 2 question(s), 1 scheduled as review(s).", page);
        Assert.Contains("“Tell me about a failure” — 2 hard", page);
        Assert.Contains("Tell me about a failure", page);
        Assert.Contains("They asked for numbers.", page);
        Assert.Contains("Already told to Acme Corp", page);
        Assert.Contains("Prepare for the next round", page);
        Assert.Contains("Answered weakly", page);

        // In the real SQLite: the round with its day, type, source and questions, and the rated answer as a review.
        using var store = SqlitePracticeStore.OpenBank(_app.Bank.Root);
        var round = Assert.Single(store.Rounds("acme corp"));
        Assert.Equal(("Acme Corp", "phone screen", new DateOnly(2026, 3, 12), "hiring-manager", "Priya", "questions", "They asked for numbers."),
            (round.Company, round.Label, round.HeldOn, round.InterviewerType, round.Interviewer, round.Source, round.Notes));
        Assert.Equal([("Tell me about a failure", "CR3", (Rating?)Rating.Hard), ("Why do you want to work here?", null, null)],
            round.Questions.Select(q => (q.Question, q.Story, q.Rating)));
        var review = Assert.Single(store.Reviews());
        Assert.Equal((Rating.Hard, "Tell me about a failure"), (review.Rating, review.Prompt));
        Assert.Equal(round.Questions[0].ReviewId, review.Id);

        // The message is shown once (POST, redirect, GET): a reload shows the round without it.
        string again = Text(await _client.Ok("/companies/acme%20corp"));
        Assert.DoesNotContain("Recorded “phone screen”", again);
        Assert.Contains("Tell me about a failure", again);
    }

    [Fact]
    public async Task The_day_defaults_to_today_and_the_type_is_guessed_from_the_label()
    {
        var response = await Submit(("Company", "Acme"), ("Round", "onsite 3 - bar raiser"), ("Date", ""), ("Type", ""), ("Questions", "Tell me about a time you disagreed with your manager"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var store = SqlitePracticeStore.OpenBank(_app.Bank.Root);
        var round = Assert.Single(store.Rounds("acme"));
        Assert.Equal((new DateOnly(2026, 3, 14), "bar-raiser"), (round.HeldOn, round.InterviewerType));
    }

    [Fact]
    public async Task A_story_told_again_to_the_same_company_is_flagged_after_the_redirect()
    {
        await Submit(("Company", "Acme"), ("Round", "phone screen"), ("Date", "2026-03-01"), ("Questions", "Tell me about a conflict | CR4 | 3"));
        var response = await Submit(("Company", "acme "), ("Round", "onsite 1"), ("Date", "2026-03-10"), ("Questions", "Tell me about a disagreement | CR4 | 3"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string page = Text(await _client.Ok(response.Headers.Location!.OriginalString.Split('#')[0]));
        Assert.Contains("CR4 was already told to acme in 'phone screen' on 2026-03-01; the interviewers may compare notes", page);
        Assert.Contains("2 round(s) so far", page);
        string list = Text(await _client.Ok("/companies"));
        Assert.Contains("acme", list);
        Assert.Contains("2026-03-10", list);
    }

    public static TheoryData<string, (string, string)[], string> BadInput => new()
    {
        { "questions", [("Questions", "")], "There are no questions: write them one a line, or paste or upload a transcript." },
        { "questions", [("Questions", "# just a comment")], "There are no questions, only comments: write one question a line." },
        { "questions", [("Questions", "Why us?\nTell me about a failure | CR99 | 2")], "Line 2: no story or answer 'CR99' in the bank." },
        { "questions", [("Questions", "Tell me about a conflict | Conflikt | 3")], "Line 1: no story or answer 'Conflikt' in the bank (did you mean 'Conflict'?)." },
        { "questions", [("Questions", "Tell me about a failure | CR3 | 5")], "Line 1: '5' is not a rating; use 1 (again), 2 (hard), 3 (good) or 4 (easy)." },
        { "questions", [("Questions", new string('x', 1_200_000))], "The questions are too long: 1,200,000 characters, at most 1,000,000." },
        { "transcript", [("Transcript", "Ana: Hello.\nBo: Hi.\n")], "Found no interviewer questions in the transcript" },
        { "transcript", [("Questions", "Why us?"), ("Transcript", "Ana: Why us?")], "Give the questions or a transcript, not both: clear one of them." },
        { "company", [("Company", " "), ("Questions", "Why us?")], "Give the company the round was with." },
        { "round", [("Round", ""), ("Questions", "Why us?")], "Give the round a label" },
        { "date", [("Date", "14/03/2026"), ("Questions", "Why us?")], "“14/03/2026” is not a day; write YYYY-MM-DD." },
        { "type", [("Type", "astronaut"), ("Questions", "Why us?")], "Unknown interviewer type “astronaut”" },
        { "notes", [("Notes", new string('n', 20_001)), ("Questions", "Why us?")], "The notes are too long: 20,001 characters, at most 20,000." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_shows_the_form_again_with_the_problem_beside_its_field_and_records_nothing(string field, (string, string)[] fields, string message)
    {
        // A history with one round already, so "unchanged" is about a real database, not a missing one.
        await Submit(("Company", "Acme"), ("Round", "phone screen"), ("Questions", "Tell me about a failure | CR3 | 2"));
        string before = History();
        Assert.Contains("phone screen", before);

        var given = fields.ToDictionary(f => f.Item1, f => f.Item2);
        (string, string)[] form = [.. new[] { ("Company", "Acme"), ("Round", "onsite 1"), ("Date", "2026-03-13") }.Where(f => !given.ContainsKey(f.Item1)), .. fields];
        var response = await Submit(form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync();
        var error = System.Text.RegularExpressions.Regex.Match(html, $"<span class=\"field-error\" id=\"err-{field}\" role=\"alert\">(.*?)</span>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(error.Success, $"no error beside {field}:\n{Http.Text(html)[..Math.Min(3000, Http.Text(html).Length)]}");
        Assert.True(WebUtility.HtmlDecode(error.Groups[1].Value).Contains(message), WebUtility.HtmlDecode(error.Groups[1].Value));
        Assert.Contains("Nothing was recorded.", html);
        Assert.NotEmpty(Http.Csrf(html)); // the form again, ready to submit
        Assert.Equal(before, History());
    }

    [Fact]
    public async Task Without_an_antiforgery_token_the_post_is_refused_and_nothing_is_created()
    {
        await _client.Ok("/debrief"); // the cookie, but no token in the form
        var response = await _client.Post("/debrief", ("Company", "Acme"), ("Round", "phone screen"), ("Questions", "Why us?"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("no history", History());
    }

    [Fact]
    public async Task A_pasted_transcript_records_the_interviewers_questions()
    {
        const string vtt = """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Priya>Thanks for joining today. Tell me about a time you disagreed with your manager.</v>

            00:00:05.000 --> 00:00:30.000
            <v Sam>Sure. At my last job my manager wanted to ship without load tests and I pushed back with data.</v>

            00:00:31.000 --> 00:00:35.000
            <v Priya>What is the hardest bug you have fixed?</v>

            00:00:36.000 --> 00:00:50.000
            <v Sam>A race in our payment retries that double-charged a few users.</v>
            """;
        var response = await Submit(("Company", "Acme"), ("Round", "onsite 1"), ("Interviewer", "Priya"), ("Transcript", vtt));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string page = Text(await _client.Ok(response.Headers.Location!.OriginalString.Split('#')[0]));
        Assert.Contains("The transcript was read as WebVTT: 2 question(s) from Priya", page);
        using var store = SqlitePracticeStore.OpenBank(_app.Bank.Root);
        var round = Assert.Single(store.Rounds("acme"));
        Assert.Equal(("transcript", "Priya"), (round.Source, round.Interviewer));
        Assert.Equal(2, round.Questions.Length);
        Assert.Contains("disagreed with your manager", round.Questions[0].Question);
        Assert.Contains("hardest bug", round.Questions[1].Question);
    }

    [Fact]
    public async Task An_uploaded_transcript_is_read_like_a_pasted_one_and_a_binary_file_is_refused()
    {
        async Task<HttpResponseMessage> Upload(byte[] bytes, string name)
        {
            string form = await _client.Ok("/debrief");
            var content = new MultipartFormDataContent
            {
                { new StringContent(Http.Csrf(form)), "__csrf" },
                { new StringContent("Acme"), "Company" },
                { new StringContent("phone screen"), "Round" },
                { new StringContent("Priya"), "Interviewer" },
            };
            content.Add(new ByteArrayContent(bytes), "TranscriptFile", name);
            return await _client.PostAsync("/debrief", content);
        }
        var binary = await Upload([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3], "call.png");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, binary.StatusCode);
        Assert.Contains("The file call.png:", WebUtility.HtmlDecode(await binary.Content.ReadAsStringAsync()));
        Assert.Equal("no history", History());

        var srt = "1\n00:00:01,000 --> 00:00:04,000\nPriya: Why do you want to leave your current job?\n\n2\n00:00:05,000 --> 00:00:09,000\nSam: I want to own a product end to end.\n";
        var ok = await Upload(Encoding.UTF8.GetBytes(srt), "call.srt");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        using var store = SqlitePracticeStore.OpenBank(_app.Bank.Root);
        Assert.Equal(["Why do you want to leave your current job?"], Assert.Single(store.Rounds("acme")).Questions.Select(q => q.Question));
    }

    [Fact]
    public async Task A_script_in_the_company_notes_and_questions_is_shown_as_text_everywhere()
    {
        const string hostile = "<script>alert(1)</script>";
        const string img = "\"><img src=x onerror=alert(2)>";
        var response = await Submit(("Company", hostile), ("Round", "phone " + img), ("Questions", "Why " + img + "? | CR3 | 3"), ("Notes", hostile + img));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string location = response.Headers.Location!.OriginalString;
        Assert.DoesNotContain("<", location);
        foreach (var url in new[] { location.Split('#')[0], "/companies", "/" })
        {
            string html = await _client.Ok(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            int at = html.IndexOf("script&", StringComparison.Ordinal);
            Assert.True(html.Contains("&lt;script&gt;alert(1)&lt;/script&gt;"), url + ": " + (at < 0 ? "none" : html.Substring(Math.Max(0, at - 100), 300)));
        }
        // The form shown again after bad input echoes what was typed, encoded.
        var bad = await Submit(("Company", hostile), ("Round", "x"), ("Questions", img + " | CR99"));
        string again = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.DoesNotContain("<script>alert", again);
        Assert.DoesNotContain("<img src=x", again);
        Assert.Contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"", again);
    }

    [Fact]
    public async Task Without_a_history_the_pages_say_so_and_create_none()
    {
        string list = Text(await _client.Ok("/companies"));
        Assert.Contains("No interviews recorded yet", list);
        string company = Text(await _client.Ok("/companies/globex"));
        Assert.Contains("No rounds recorded yet", company);
        Assert.Contains("Stories not told yet", company);
        Assert.Contains("none debriefed yet", Text(await _client.Ok("/")));
        Assert.Equal("no history", History());
    }
}
