using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Import;

namespace TellMe.Tests.Import;

/// <summary>Bad input yields a diagnostic with file and line, never an exception or a silent loss.</summary>
public class BadInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string text)
    {
        string path = _dir.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Diagnostic SingleError(ImportResult result)
    {
        Assert.True(result.HasErrors);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var d = SingleError(PageImport.Import([Write("empty.md", "")]));
        Assert.Equal(InputCodes.UnknownFormat, d.Code);
        Assert.Contains("empty", d.Message);
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void A_binary_file_is_reported()
    {
        string path = _dir.File("photo.md");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var d = SingleError(PageImport.Import([path]));
        Assert.Equal(InputCodes.Unreadable, d.Code);
        Assert.Contains("binary", d.Message);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_with_its_line()
    {
        string path = _dir.File("latin1.md");
        File.WriteAllBytes(path, [.. "---\ntitle: x\n---\n\nCaf"u8.ToArray(), 0xE9, (byte)'\n']);
        var d = SingleError(PageImport.Import([path]));
        Assert.Contains("UTF-8", d.Message);
        Assert.Equal(5, d.Line);
    }

    [Fact]
    public void A_ten_megabyte_page_is_refused_with_its_size()
    {
        string path = _dir.File("huge.md");
        using (var f = File.Create(path))
        {
            byte[] line = "- **Value:** Leaders are right a lot, again and again and again\n"u8.ToArray();
            for (long written = 0; written < 10L * 1024 * 1024; written += line.Length) f.Write(line);
        }
        var d = SingleError(PageImport.Import([path]));
        Assert.Contains("10.0 MB", d.Message);
        Assert.Equal(path, d.File);
    }

    [Fact]
    public void A_broken_yaml_header_is_reported_at_its_line()
    {
        var d = SingleError(PageImport.Import([Write("lp.md", "---\ntitle: Leadership Principles\nnav_order: [12\n---\n\n## 1. Ownership\n\n- **Value:** x\n")]));
        Assert.Equal(InputCodes.BadYaml, d.Code);
        Assert.InRange(d.Line, 3, 4);
    }

    [Fact]
    public void A_header_that_is_never_closed_is_reported()
    {
        var d = SingleError(PageImport.Import([Write("lp.md", "---\ntitle: Leadership Principles\n\n## 1. Ownership\n- **Value:** x\n")]));
        Assert.Contains("never closed", d.Message);
    }

    [Fact]
    public void A_table_cut_off_half_way_is_reported_near_where_it_breaks()
    {
        string page = File.ReadAllText(TestFiles.BehavioralQuestions);
        string cut = page[..page.IndexOf("<td><strong>Conflict</strong>", StringComparison.Ordinal)];
        var d = SingleError(PageImport.Import([Write("bq.md", cut)]));
        Assert.Equal(InputCodes.MalformedPage, d.Code);
        Assert.Contains("cut off", d.Message);
        Assert.True(d.Line > 100, $"line {d.Line}");
    }

    [Fact]
    public void A_table_missing_a_closing_tag_inside_is_reported()
    {
        string page = File.ReadAllText(TestFiles.BehavioralQuestions).Replace("<td><strong>Visa</strong></td>", "<td><strong>Visa</strong>", StringComparison.Ordinal);
        var d = SingleError(PageImport.Import([Write("bq.md", page)]));
        Assert.Contains("<td>", d.Message);
    }

    [Fact]
    public void An_unknown_page_format_is_reported_with_what_is_supported()
    {
        var d = SingleError(PageImport.Import([Write("notes.md", "# Shopping list\n\n- milk\n- eggs\n")]));
        Assert.Equal(InputCodes.UnknownFormat, d.Code);
        Assert.Contains("Leadership-Principles", d.Hint);
    }

    [Fact]
    public void A_missing_file_is_reported() =>
        Assert.Contains("not found", SingleError(PageImport.Import([_dir.File("nope.md")])).Message);

    [Fact]
    public void Html_in_user_text_is_kept_as_text_and_encoded_on_the_page()
    {
        string page = File.ReadAllText(TestFiles.BehavioralQuestions)
            .Replace("PEO/EOR is acceptable", "PEO/EOR &lt;script&gt;alert(1)&lt;/script&gt; is acceptable", StringComparison.Ordinal);
        var result = PageImport.Import([Write("bq.md", page)]);
        Assert.False(result.HasErrors);
        var visa = result.Bank.Answers.Single(a => a.Key == "Visa");
        Assert.Contains("\\<script>alert(1)\\</script>", visa.Points[0].Content.Inline);
        string built = TellMe.Render.Jekyll.JekyllSite.Render(result.Bank).Single().Content;
        Assert.Contains("PEO/EOR &lt;script&gt;alert(1)&lt;/script&gt; is acceptable", built);
        Assert.DoesNotContain("<script>", built);
    }
}

/// <summary>Bad bank files yield diagnostics; the rest of the bank still loads.</summary>
public class BadBankFileTests : IDisposable
{
    private readonly ImportedBank _bank = new();

    public void Dispose() => _bank.Dispose();

    [Fact]
    public void A_story_file_with_a_duplicate_id_is_an_error_at_its_id_line()
    {
        _bank.Write("stories/CR9.md", _bank.Read("stories/CR1.md"));
        var loaded = _bank.Load();
        var d = Assert.Single(loaded.LoadDiagnostics, d => d.Code == InputCodes.DuplicateId);
        Assert.Equal("stories/CR9.md", d.File);
        Assert.Equal(2, d.Line);
        Assert.Contains("stories/CR1.md", d.Message);
        Assert.NotNull(loaded.Find("CR1"));
    }

    [Fact]
    public void A_story_file_with_broken_yaml_is_an_error_and_the_others_still_load()
    {
        _bank.Write("stories/CR1.md", "---\nid: CR1\ntitle: \"unclosed\n---\n\n## Situation\n\nx\n");
        var loaded = _bank.Load();
        var d = Assert.Single(loaded.LoadDiagnostics, d => d.File == "stories/CR1.md");
        Assert.Equal(InputCodes.BadYaml, d.Code);
        Assert.InRange(d.Line, 3, 4);
        Assert.Equal(20, loaded.Stories.Length);
    }

    [Fact]
    public void A_binary_file_in_the_bank_is_reported()
    {
        File.WriteAllBytes(_bank.Path("stories/XX1.md"), [0, 1, 2, 3]);
        Assert.Contains(_bank.Load().LoadDiagnostics, d => d.File == "stories/XX1.md" && d.Message.Contains("binary"));
    }

    [Fact]
    public void A_story_id_that_is_not_an_id_is_reported_at_its_line()
    {
        _bank.Write("stories/CR1.md", _bank.Read("stories/CR1.md").Replace("id: CR1", "id: cr-one"));
        var d = Assert.Single(_bank.Load().LoadDiagnostics);
        Assert.Equal(2, d.Line);
        Assert.Contains("cr-one", d.Message);
    }

    [Fact]
    public void A_folder_without_tellme_yaml_is_not_a_bank()
    {
        using var dir = new TempDir();
        var bank = BankLoader.Load(dir.Path);
        Assert.Contains(bank.LoadDiagnostics, d => d.Message.Contains("not a TellMe bank"));
    }

    [Fact]
    public void Importing_over_an_existing_bank_overwrites_nothing_without_force()
    {
        string before = _bank.Read("stories/IT2.md");
        _bank.Write("stories/IT2.md", before + "\n## Notes\n\nMy own edit\n");
        var result = PageImport.Import([TestFiles.LeadershipPrinciples, TestFiles.BehavioralQuestions]);
        var (_, refused) = BankWriter.Write(_bank.Root, BankWriter.Render(result.Bank), force: false);
        Assert.Contains(refused, d => d.File == "stories/IT2.md" && d.Code == InputCodes.WouldOverwrite);
        Assert.Contains("My own edit", _bank.Read("stories/IT2.md"));
    }
}
