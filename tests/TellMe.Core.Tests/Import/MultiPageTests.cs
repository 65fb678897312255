using TellMe.Diagnostics;
using TellMe.Import;

namespace TellMe.Tests.Import;

/// <summary>Two questions pages in one bank: each builds back with its own rows only.</summary>
public class MultiPageTests
{
    [Fact]
    public void Two_questions_pages_each_build_back_with_only_their_own_answers()
    {
        string second = LayoutCorpus.Page("bq-second.md");
        using var bank = new LayoutBank(TestFiles.BehavioralQuestions, second);
        var loaded = bank.Load();
        Assert.Equal(36, loaded.Answers.Length);
        Assert.Equal(File.ReadAllBytes(TestFiles.BehavioralQuestions), LayoutCorpus.Built(loaded, "behavioral_questions.md"));
        Assert.Equal(File.ReadAllBytes(second), LayoutCorpus.Built(loaded, "bq-second.md"));
    }

    [Fact]
    public void A_key_two_pages_answer_differently_is_kept_twice_and_each_page_shows_its_own()
    {
        using var bank = new LayoutBank(TestFiles.BehavioralQuestions, LayoutCorpus.Page("bq-second.md"));
        var loaded = bank.Load();
        Assert.Equal(TellMe.Bank.StoryId.Parse("CR3"), loaded.FindAnswer("Conflict")!.Story);
        Assert.Equal(TellMe.Bank.StoryId.Parse("IT2"), loaded.Answers.Single(a => a.Key == "Conflict (2)").Story);
        Assert.Contains(bank.Result.Diagnostics, d => d.Code == InputCodes.ImportNote && d.Message.Contains("'Conflict'"));
        var second = loaded.Settings.Pages.Single(p => p.File == "bq-second.md");
        Assert.Contains(second.Answers, e => e.Id == "Conflict (2)" && e.Shown == "Conflict");
    }

    [Fact]
    public void A_story_one_page_tells_in_other_words_keeps_its_first_telling_and_the_other_page_its_own_words()
    {
        using var bank = new LayoutBank(TestFiles.BehavioralQuestions, LayoutCorpus.Page("bq-second.md"));
        Assert.Contains("Schedule was tight", bank.Read("stories/IT2.md"));
        Assert.Contains("The product manager wanted WebSocket from day one", bank.Read("answers/conflict-2.md"));
    }

    [Fact]
    public void An_answer_added_to_the_bank_by_hand_joins_the_first_questions_page()
    {
        using var bank = new LayoutBank(TestFiles.BehavioralQuestions, LayoutCorpus.Page("bq-second.md"));
        bank.Write("answers/why-now.md", "---\nkey: Why now\norder: 99\n---\n\n- **Timing:** The project I led has shipped\n");
        var pages = TellMe.Render.Jekyll.JekyllSite.Render(bank.Load()).ToDictionary(p => p.File, p => p.Content);
        Assert.Contains("<td><strong>Why now</strong></td>", pages["behavioral_questions.md"]);
        Assert.DoesNotContain("Why now", pages["bq-second.md"]);
    }
}
