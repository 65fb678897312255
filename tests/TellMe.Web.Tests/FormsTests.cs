using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using TellMe.Data;

namespace TellMe.Web.Tests;

/// <summary>Every form, posted as a browser would (with its antiforgery token), does what it says on real files and a real SQLite.</summary>
public sealed class FormsTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly HttpClient _client;

    public FormsTests() => _client = _app.Client();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Saving_in_the_editor_writes_the_file_and_shows_the_story()
    {
        string html = await _client.Ok("/edit?file=stories%2FAL1.md");
        string text = _app.Bank.Read("stories/AL1.md").Replace("Enabled fine-tuning LLMs efficiently", "Cut fine-tuning cost by 60%");
        var response = await _client.Post("/edit", ("__csrf", Http.Csrf(html)), ("File", "stories/AL1.md"), ("Hash", Http.Hash(html)), ("Text", text.Replace("\n", "\r\n")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/stories/AL1", response.Headers.Location!.OriginalString);
        Assert.Equal(text, _app.Bank.Read("stories/AL1.md")); // LF kept, as the file had it
        string page = Http.Text(await _client.Ok("/stories/AL1"));
        Assert.Contains("Cut fine-tuning cost by 60%", page);
        Assert.Contains("Saved stories/AL1.md", page);
    }

    [Fact]
    public async Task Saving_an_edited_story_keeps_a_hand_written_comment_and_every_other_byte()
    {
        // A story as a person keeps it: a YAML comment, extra spaces, quoting, a list in flow style, CRLF endings and no final newline.
        string original = "---\r\nid: AL1   # renamed from AL7 in March, keep\r\ntitle: 'Developed a serverless training pipeline for LLMs'\r\n"
            + "company: Algomatic\r\ntags: [ml,  infra]\r\n---\r\n\r\n## Situation\r\n\r\n- Needed a training pipeline for fine-tuning LLMs\r\n"
            + "- Needed costs efficient solution\r\n\r\n## Result\r\n\r\nEnabled fine-tuning LLMs efficiently";
        File.WriteAllBytes(_app.Bank.File("stories/AL1.md"), System.Text.Encoding.UTF8.GetBytes(original));
        string html = await _client.Ok("/edit?file=stories%2FAL1.md");
        string opened = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "<textarea[^>]*>(.*?)</textarea>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);
        Assert.Contains("# renamed from AL7 in March, keep", opened);

        // The browser sends the whole text back (CRLF, as a form does) with one sentence changed.
        string mine = opened.Replace("Needed costs efficient solution", "Needed a cost-efficient solution").Replace("\r\n", "\n").Replace("\n", "\r\n");
        var response = await _client.Post("/edit", ("__csrf", Http.Csrf(html)), ("File", "stories/AL1.md"), ("Hash", Http.Hash(html)), ("Text", mine));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // On disk: exactly the original bytes with that one sentence changed.
        string expected = original.Replace("Needed costs efficient solution", "Needed a cost-efficient solution");
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(expected), File.ReadAllBytes(_app.Bank.File("stories/AL1.md")));
    }

    [Fact]
    public async Task A_save_from_a_stale_page_after_a_save_from_another_tab_is_refused()
    {
        // Two tabs open the same version; the first saves; the second (still on the old version) is refused.
        string first = await _client.Ok("/edit?file=stories%2FAL1.md");
        string second = await _client.Ok("/edit?file=stories%2FAL1.md");
        string text = _app.Bank.Read("stories/AL1.md");
        var saved = await _client.Post("/edit", ("__csrf", Http.Csrf(first)), ("File", "stories/AL1.md"), ("Hash", Http.Hash(first)), ("Text", text.Replace("Needed costs efficient solution", "First tab")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stale = await _client.Post("/edit", ("__csrf", Http.Csrf(second)), ("File", "stories/AL1.md"), ("Hash", Http.Hash(second)), ("Text", text.Replace("Needed costs efficient solution", "Second tab")));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("First tab", _app.Bank.Read("stories/AL1.md"));
        Assert.DoesNotContain("Second tab", _app.Bank.Read("stories/AL1.md"));
    }

    [Fact]
    public async Task A_file_changed_on_disk_since_it_was_opened_is_not_overwritten()
    {
        string html = await _client.Ok("/edit?file=stories%2FAL1.md");
        string theirs = _app.Bank.Read("stories/AL1.md").Replace("Needed costs efficient solution", "Needed a cost-efficient solution (edited in vim)");
        _app.Bank.Write("stories/AL1.md", theirs);
        string mine = theirs.Replace("Developed a training pipeline", "Developed the training pipeline in two weeks");
        var response = await _client.Post("/edit", ("__csrf", Http.Csrf(html)), ("File", "stories/AL1.md"), ("Hash", Http.Hash(html)), ("Text", mine));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        string page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The file changed on disk since you opened it", page);
        Assert.Contains("(edited in vim)", page);                 // the disk version
        Assert.Contains("in two weeks", page);                    // and the user's, side by side
        Assert.Equal(theirs, _app.Bank.Read("stories/AL1.md"));   // nothing lost
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        string before = _app.Bank.Read("stories/AL1.md");
        var response = await _client.Post("/edit", ("File", "stories/AL1.md"), ("Hash", "00"), ("Text", "gone"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, _app.Bank.Read("stories/AL1.md"));
    }

    [Fact]
    public async Task The_preview_checks_the_text_being_typed()
    {
        string html = await _client.Ok("/edit?file=stories%2FAL1.md");
        string text = _app.Bank.Read("stories/AL1.md").Replace("## Result\n\nEnabled fine-tuning LLMs efficiently", "## Result\n\nTBD");
        var response = await _client.Post("/edit?handler=Preview", ("__csrf", Http.Csrf(html)), ("File", "stories/AL1.md"), ("Text", text));
        string preview = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", preview);
        Assert.Contains("TBD", preview);
        Assert.Contains("TM005", preview); // placeholder, found in the unsaved text
        Assert.Contains("Enabled fine-tuning", _app.Bank.Read("stories/AL1.md")); // a preview writes nothing
    }

    [Fact]
    public async Task Creating_a_story_takes_the_next_free_id()
    {
        string html = await _client.Ok("/new?kind=story");
        var response = await _client.Post("/new", ("__csrf", Http.Csrf(html)), ("Kind", "story"), ("Prefix", "CR"), ("Title", "Shipped the sensor upgrade"),
            ("Company", "Cybereason"), ("Tags", "release, sensors"), ("Situation", "Old sensors crashed"), ("Action", "- I rolled out canaries\n- I wrote the runbook"), ("Result", "Crashes fell by 90%"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/stories/CR5", response.Headers.Location!.OriginalString);
        string file = _app.Bank.Read("stories/CR5.md");
        Assert.Contains("id: CR5", file);
        Assert.Contains("title: Shipped the sensor upgrade", file);
        Assert.Contains("- I rolled out canaries", file);
        Assert.Contains("Crashes fell by 90%", Http.Text(await _client.Ok("/stories/CR5")));
    }

    [Fact]
    public async Task Creating_an_answer_writes_it_last_in_page_order()
    {
        string html = await _client.Ok("/new?kind=answer");
        var response = await _client.Post("/new", ("__csrf", Http.Csrf(html)), ("Kind", "answer"), ("Key", "Biggest mistake"), ("Story", "CR2"),
            ("Points", "Situation: {{ story }}\nLesson: measure before you migrate"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string file = _app.Bank.Read("answers/biggest-mistake.md");
        Assert.Contains("key: Biggest mistake", file);
        Assert.Contains("story: CR2", file);
        Assert.Contains("- **Lesson:** measure before you migrate", file);
        var again = await _client.Post("/new", ("__csrf", Http.Csrf(html)), ("Kind", "answer"), ("Key", "biggest mistake"));
        Assert.Contains("already has an answer", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Teaching_a_correction_writes_questions_yaml()
    {
        string q = "What makes you want to leave your current job?";
        string html = await _client.Ok("/match?q=" + Uri.EscapeDataString(q));
        var response = await _client.Post("/match?handler=Teach", ("__csrf", Http.Csrf(html)), ("Q", q), ("Label", "Why searching a new position"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string yaml = _app.Bank.Read("questions.yaml");
        Assert.Contains(q, yaml);
        Assert.Contains("Why searching a new position", yaml, StringComparison.OrdinalIgnoreCase);
        string page = Http.Text(await _client.Ok(response.Headers.Location!.OriginalString));
        Assert.Contains("taught", page);
        var refused = await _client.Post("/match?handler=Teach", ("__csrf", Http.Csrf(html)), ("Q", q), ("Label", "No such answer"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Drilling_saves_each_review_in_the_bank_database_before_the_next_card()
    {
        string start = await _client.Ok("/drill");
        var started = await _client.Post("/drill", ("__csrf", Http.Csrf(start)), ("Seconds", "90"), ("NewCards", "5"));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        string drill = started.Headers.Location!.OriginalString;
        Assert.Matches("^/drill/[0-9a-f]{24}$", drill);
        for (int i = 1; i <= 3; i++)
        {
            string card = await _client.Ok(drill);
            Assert.Contains("data-countdown=\"90\"", card);
            var revealed = await _client.Post(drill + "?handler=Reveal", ("__csrf", Http.Csrf(card)),
                ("Answer", i == 1 ? "Um, we basically fixed it and it was good." : ""));
            string reveal = await revealed.Content.ReadAsStringAsync();
            Assert.Contains("How well did you recall it?", reveal);
            if (i == 1)
            {
                Assert.Contains("Feedback on your answer", reveal);
                Assert.Contains("fillers", reveal);
            }
            var rated = await _client.Post(drill + "?handler=Rate", ("__csrf", Http.Csrf(reveal)), ("Rating", "3"));
            Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
            Assert.Equal(i, Reviews(_app.Bank.Root)); // saved before the next card is even asked for
        }
        Assert.Contains("Saved: good", Http.Text(await _client.Ok(drill)));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/drill/0123456789abcdef01234567")).StatusCode);
    }

    internal static long Reviews(string bank)
    {
        using var connection = new SqliteConnection($"Data Source={SqlitePracticeStore.PathFor(bank)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM reviews";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task An_edit_made_on_disk_shows_on_the_next_page_load()
    {
        Assert.Contains("Developed a serverless training pipeline", Http.Text(await _client.Ok("/stories/AL1")));
        _app.Bank.Write("stories/AL1.md", _app.Bank.Read("stories/AL1.md").Replace("Developed a serverless training pipeline for LLMs", "Built a serverless LLM training pipeline"));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string page;
        do
        {
            await Task.Delay(50);
            page = Http.Text(await _client.Ok("/stories/AL1"));
        }
        while (!page.Contains("Built a serverless LLM training pipeline", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains("Built a serverless LLM training pipeline", page);
        // A new file appears too, and one file re-read, not the bank.
        _app.Bank.Write("stories/ZZ1.md", "---\nid: ZZ1\ntitle: Added in an editor\n---\n\n## Situation\n\nA new story\n");
        deadline = DateTime.UtcNow.AddSeconds(10);
        HttpResponseMessage response;
        do
        {
            await Task.Delay(50);
            response = await _client.GetAsync("/stories/ZZ1");
        }
        while (response.StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var workspace = (BankWorkspace)_app.Services.GetService(typeof(BankWorkspace))!;
        Assert.Equal(1, workspace.Current.Read.Parsed);
    }

    /// <summary>The dashboard's figures are kept between requests; they must still follow the files and the history.</summary>
    [Fact]
    public async Task The_dashboard_follows_an_edit_on_disk_and_a_review()
    {
        static (int Stories, int Files, int Reviews) Tiles(string text) => (
            int.Parse(Regex.Match(text, @"(\d+)\s+stories").Groups[1].Value),
            int.Parse(Regex.Match(text, @"warning\(s\) in (\d+) file\(s\)").Groups[1].Value),
            int.Parse(Regex.Match(text, @"(\d+) reviews so far").Groups[1].Value));
        string first = await _client.Ok("/");
        var before = Tiles(Http.Text(first));
        Assert.Equal(before, Tiles(Http.Text(await _client.Ok("/")))); // served again from what was kept
        Assert.Equal(0, before.Reviews);

        // A story written in an editor: one more story, and its findings (no Task, Action or Result) in the check's tile.
        _app.Bank.Write("stories/ZZ1.md", "---\nid: ZZ1\ntitle: Added in an editor\n---\n\n## Situation\n\nA new story\n");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        (int Stories, int Files, int Reviews) edited;
        do
        {
            await Task.Delay(50);
            edited = Tiles(Http.Text(await _client.Ok("/")));
        }
        while (edited.Stories == before.Stories && DateTime.UtcNow < deadline);
        Assert.Equal(before.Stories + 1, edited.Stories);
        deadline = DateTime.UtcNow.AddSeconds(10); // the check of the new version runs in the background
        string html;
        do
        {
            await Task.Delay(50);
            html = await _client.Ok("/");
        }
        while (Tiles(Http.Text(html)).Files == before.Files && DateTime.UtcNow < deadline);
        Assert.Equal(before.Files + 1, Tiles(Http.Text(html)).Files);

        // A review saved by the drill shows at once.
        string start = await _client.Ok("/drill");
        string drill = (await _client.Post("/drill", ("__csrf", Http.Csrf(start)), ("Seconds", "90"), ("NewCards", "5"))).Headers.Location!.OriginalString;
        string card = await _client.Ok(drill);
        string reveal = await (await _client.Post(drill + "?handler=Reveal", ("__csrf", Http.Csrf(card)), ("Answer", ""))).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await _client.Post(drill + "?handler=Rate", ("__csrf", Http.Csrf(reveal)), ("Rating", "3"))).StatusCode);
        Assert.Equal(1, Tiles(Http.Text(await _client.Ok("/"))).Reviews);
    }
}
