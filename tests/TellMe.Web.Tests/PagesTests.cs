using System.Net;
using System.Text.RegularExpressions;

namespace TellMe.Web.Tests;

/// <summary>Every page renders from the demo bank with what it is for.</summary>
public sealed class PagesTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly HttpClient _client;

    public PagesTests() => _client = _app.Client();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Dashboard_shows_findings_by_file_due_cards_coverage_mastery_and_readiness()
    {
        string html = await _client.Ok("/");
        string text = Http.Text(html);
        Assert.Contains("Due now", text);
        Assert.Contains("answers/conflict.md", text);                       // a file with findings
        Assert.Contains("/edit?file=answers%2Fconflict.md&amp;line=", html);  // each finding links to its line
        Assert.Contains("Coverage · Amazon Leadership Principles", text);
        Assert.Matches(new Regex("<tr class=\"gap\">\\s*<th scope=\"row\">Earn trust</th>"), html); // the principle without a story
        // Mastery: the bank's principles in the framework's order, the general competencies apart (rows joined by competency ID).
        var principles = Regex.Match(html, "data-testid=\"mastery-principles\"(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        var general = Regex.Match(html, "data-testid=\"mastery-competencies\"(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("Mastery · Amazon Leadership Principles", Http.Text(principles));
        var rows = Regex.Matches(principles, "<tr>\\s*<td class=\"name\">([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Customer Obsession", "Ownership", "Invent and simplify", "Are right, a lot"], rows.Take(4));
        Assert.Equal(16, rows.Count);
        Assert.Contains("Conflict with a peer", Http.Text(general));
        Assert.DoesNotContain("Customer Obsession", Http.Text(general));
        Assert.Contains("15 of 16", text);                                   // readiness explains its parts
        Assert.Contains("mean recall of their cards now", text);
    }

    [Fact]
    public async Task Check_lists_every_finding()
    {
        string text = Http.Text(await _client.Ok("/check"));
        Assert.Contains("frameworks/amazon.yaml", text);
        Assert.Contains("TM0", text);
    }

    [Fact]
    public async Task Stories_list_searches_and_filters()
    {
        string all = Http.Text(await _client.Ok("/stories"));
        Assert.Contains("54 result(s)", all); // 21 stories + 33 answers
        string mysql = Http.Text(await _client.Ok("/stories?q=mysql"));
        Assert.Contains("IT5", mysql);
        Assert.Contains("IT6", mysql);
        Assert.DoesNotContain("AL1", mysql);
        string answers = await _client.Ok("/stories?kind=answer&q=conflict");
        Assert.Contains("Conflict", Http.Text(answers));
        Assert.Contains("<span class=\"kind answer\">", answers);
        Assert.DoesNotContain("<span class=\"kind story\">", answers);
        string algomatic = Http.Text(await _client.Ok("/stories?kind=story&company=Algomatic"));
        Assert.Contains("1 result(s)", algomatic);
        Assert.Contains("AL1", algomatic);
    }

    [Fact]
    public async Task Story_page_renders_the_sections_and_where_the_story_is_used()
    {
        string text = Http.Text(await _client.Ok("/stories/AL1"));
        Assert.Contains("Developed a serverless training pipeline for LLMs", text);
        Assert.Contains("Utilized serverless architecture", text);
        Assert.Contains("Frugality", text);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/stories/ZZ99")).StatusCode);
    }

    [Fact]
    public async Task Answer_page_fills_points_from_the_story()
    {
        string text = Http.Text(await _client.Ok("/answers/career-goal"));
        Assert.Contains("Career Goal", text);
        Assert.Contains("relocate to the US", text);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/answers/no-such-answer")).StatusCode);
    }

    [Fact]
    public async Task Editor_shows_the_source_the_preview_and_the_findings()
    {
        string html = await _client.Ok("/edit?file=stories%2FAL1.md&line=3");
        Assert.Contains("title: Developed a serverless training pipeline for LLMs", WebUtility.HtmlDecode(html));
        Assert.Contains("data-testid=\"preview\"", html);
        Assert.Matches("[0-9a-f]{64}", Http.Hash(html));
    }

    [Fact]
    public async Task New_forms_offer_the_next_free_id()
    {
        Assert.Contains("(now IT11)", Http.Text(await _client.Ok("/new?kind=story")));
        Assert.Contains("Question key", Http.Text(await _client.Ok("/new?kind=answer")));
    }

    [Fact]
    public async Task Match_ranks_answers_and_stories_with_reasons()
    {
        string html = await _client.Ok("/match?q=" + Uri.EscapeDataString("Tell me about a time you disagreed with a colleague"));
        string text = Http.Text(html);
        // The bank's own principle first, named as the bank spells it, then the general competencies apart.
        string words = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
        Assert.Contains("Principle: Have Backbone; Disagree and Commit (Conflicts) then Earn trust", words);
        Assert.Contains("Probes:", text);
        Assert.True(text.IndexOf("Principle:", StringComparison.Ordinal) < text.IndexOf("Probes:", StringComparison.Ordinal), "principles come before the general competencies");
        Assert.Contains("Conflict with a peer", text);
        Assert.DoesNotContain("Probes: Have Backbone", words);
        Assert.Contains("Conflict", text);
        Assert.Contains("class=\"why\"", html);
        string partial = await _client.Ok("/match?handler=Results&q=" + Uri.EscapeDataString("a tight deadline"));
        Assert.DoesNotContain("<html", partial);
        Assert.Contains("Tight Schedule", Http.Text(partial));
    }

    [Fact]
    public async Task Match_names_no_principle_for_a_question_that_wants_a_prepared_answer()
    {
        string html = await _client.Ok("/match?q=" + Uri.EscapeDataString("Any questions for me?"));
        string text = Http.Text(html);
        Assert.DoesNotContain("data-testid=\"principles\"", html);
        Assert.DoesNotContain("Principle:", text);
        Assert.Contains("Questions for the interviewer", text);
        Assert.Contains("My Question", text);
    }

    [Fact]
    public async Task Plan_generates_a_loop_with_backups()
    {
        string text = Http.Text(await _client.Ok("/plan?go=true&mode=generate&interviewers=3&per=2&framework=amazon&seed=7"));
        Assert.Contains("Interview loop plan", text);
        Assert.Contains("seed 7", text);
        Assert.Contains("Backup", text);
        string named = Http.Text(await _client.Ok("/plan?go=true&mode=competencies&competencies=" + Uri.EscapeDataString("Ownership, Dive deep")));
        Assert.Contains("2 slots planned", named);
        string unknown = Http.Text(await _client.Ok("/plan?go=true&mode=competencies&competencies=Juggling"));
        Assert.Contains("unknown competency: 'Juggling'", unknown);
        // A topic told with a prepared answer shows the answer, linked to its page, and takes no story.
        string html = await _client.Ok("/plan?go=true&mode=competencies&competencies=" + Uri.EscapeDataString("introduction, Ownership"));
        Assert.Matches(@"<span class=""kind answer"">answer</span>\s*<a href=""/answers/[a-z0-9-]+""><strong>Introduction</strong></a>", html);
        Assert.Contains("2 slots planned", Http.Text(html));
    }

    [Fact]
    public async Task Drill_and_progress_pages_show_the_history()
    {
        Assert.Contains("Start drilling", Http.Text(await _client.Ok("/drill")));
        string progress = Http.Text(await _client.Ok("/progress"));
        Assert.Contains("Reviews per day", progress);
        Assert.Contains("Time per answer", progress);
        Assert.Contains("Recall against FSRS", progress);
    }

    [Fact]
    public async Task Unknown_pages_get_a_plain_404()
    {
        var response = await _client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is nothing here", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task No_page_has_inline_script_or_style_and_every_page_sends_the_policy()
    {
        foreach (var url in new[] { "/", "/check", "/stories", "/stories/CR2", "/answers/conflict", "/edit?file=stories%2FCR2.md", "/new", "/match?q=conflict", "/plan?go=true&seed=3", "/drill", "/progress" })
        {
            var response = await _client.GetAsync(url);
            string html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.DoesNotMatch(new Regex("<script(?![^>]*\\bsrc=)", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex("\\sstyle=\"", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex("\\son[a-z]+=\"", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex("<(script|link)[^>]+(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase), html); // nothing from elsewhere
        }
    }
}
