using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace TellMe.Web.Tests;

/// <summary>The drill's recording upload, posted as the recorder form does: real espeak-ng speech, real pocketsphinx.</summary>
public sealed class RecordingTests : IDisposable
{
    private readonly WebApp _app = new();
    private readonly HttpClient _client;
    private readonly SpokenAnswer _answer = new();

    public RecordingTests() => _client = _app.Client();

    public void Dispose()
    {
        _app.Dispose();
        _answer.Dispose();
    }

    private async Task<(string Drill, string Card)> Start()
    {
        string start = await _client.Ok("/drill");
        var started = await _client.Post("/drill", ("__csrf", Http.Csrf(start)), ("Seconds", "90"), ("NewCards", "5"));
        string drill = started.Headers.Location!.OriginalString;
        return (drill, await _client.Ok(drill));
    }

    private Task<HttpResponseMessage> Upload(string drill, string? csrf, byte[] bytes, string type, bool keep = false)
    {
        var form = new MultipartFormDataContent();
        if (csrf is not null) form.Add(new StringContent(csrf), "__csrf");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "Recording", "answer.webm");
        if (keep) form.Add(new StringContent("true"), "KeepAudio");
        return _client.PostAsync(drill + "?handler=Recording", form);
    }

    private string[] BankFiles() => [.. Directory.GetFiles(_app.Bank.Root, "*", SearchOption.AllDirectories)
        .Where(f => !f.Contains(Path.DirectorySeparatorChar + ".tellme" + Path.DirectorySeparatorChar + "practice", StringComparison.Ordinal))
        .Select(f => Path.GetRelativePath(_app.Bank.Root, f)).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task A_spoken_answer_is_revealed_with_its_pace_pauses_and_transcript_before_the_rating_and_is_not_kept()
    {
        var (drill, card) = await Start();
        Assert.Contains("data-recorder", card);
        Assert.Contains("/assets/recorder.js?v=", card);
        var before = BankFiles();
        var response = await Upload(drill, Http.Csrf(card), await File.ReadAllBytesAsync(_answer.Wav), "audio/wav");
        string html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, Http.Text(html));
        string text = Http.Text(html);
        Assert.Contains("Your recording", text);
        Assert.Contains("Feedback on your spoken answer", text);
        double wpm = double.Parse(Regex.Match(html, "data-testid=\"wpm\">([0-9]+)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(wpm, 80, 260);
        Assert.Contains("data-testid=\"transcript\"", html);
        Assert.Contains("The recording was not kept.", text);
        Assert.Contains("pace", text);
        // The feedback comes before the rating buttons, on the revealed card.
        Assert.True(html.IndexOf("data-testid=\"spoken\"", StringComparison.Ordinal) < html.IndexOf("data-testid=\"rate\"", StringComparison.Ordinal));
        Assert.Equal(before, BankFiles()); // nothing of the voice stored
        Assert.False(Directory.Exists(_app.Bank.File(".tellme/audio")));
        // Rating saves the transcript as the answer, like a typed one.
        var rated = await _client.Post(drill + "?handler=Rate", ("__csrf", Http.Csrf(html)), ("Rating", "3"));
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Equal(1, FormsTests.Reviews(_app.Bank.Root));
    }

    [Fact]
    public async Task A_recording_the_user_asked_to_keep_goes_to_the_git_ignored_audio_folder()
    {
        var (drill, card) = await Start();
        byte[] bytes = await File.ReadAllBytesAsync(_answer.Wav);
        var response = await Upload(drill, Http.Csrf(card), bytes, "audio/wav", keep: true);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kept = Directory.GetFiles(_app.Bank.File(".tellme/audio"), "*.wav");
        Assert.Single(kept);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(kept[0]));
        Assert.Equal("*\n", _app.Bank.Read(".tellme/audio/.gitignore"));
        Assert.Contains("Recording kept at .tellme/audio/", Http.Text(html));
    }

    [Theory]
    [InlineData("", "is empty (0 bytes)")]
    [InlineData("This is my answer, typed in a text file.", "is not a recording TellMe can read")]
    public async Task An_empty_or_non_audio_upload_is_refused_with_a_clear_message_and_nothing_is_stored(string content, string message)
    {
        var (drill, card) = await Start();
        var before = BankFiles();
        var response = await Upload(drill, Http.Csrf(card), System.Text.Encoding.UTF8.GetBytes(content), "audio/webm", keep: true);
        string text = Http.Text(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Your recording could not be used", text);
        Assert.Contains(message, text);
        Assert.Contains("Record your answer", text); // the card is still there to try again
        Assert.Equal(before, BankFiles());
        Assert.False(Directory.Exists(_app.Bank.File(".tellme/audio")));
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        var (drill, _) = await Start();
        var response = await Upload(drill, null, await File.ReadAllBytesAsync(_answer.Wav), "audio/wav", keep: true);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Your recording", await response.Content.ReadAsStringAsync());
        Assert.False(Directory.Exists(_app.Bank.File(".tellme/audio")));
    }
}
