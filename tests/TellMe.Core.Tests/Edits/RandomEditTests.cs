using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Bank.Files;

namespace TellMe.Tests.Edits;

/// <summary>
/// Random changes of the hand-edited stories and answers, each applied in place: every one must be made in
/// place (no file written whole), read back as meant, and touch only lines near the change.
/// </summary>
public sealed class RandomEditTests
{
    private static readonly string[] Words = ["latency", "on-call", "rollback", "<b>cut</b> costs", "**Impact:** 30%", "p99 — 120 ms", "café", "the team"];

    private static string Sentence(Random random) => string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Words[random.Next(Words.Length)]));

    private static ImmutableArray<Item> ChangeItems(ImmutableArray<Item> items, Random random)
    {
        var list = (items.IsDefault ? [] : items).ToBuilder();
        switch (random.Next(3))
        {
            case 0 when list.Count > 0:
                int i = random.Next(list.Count);
                list[i] = list[i] with { Text = list[i].Text + " " + Sentence(random) };
                break;
            case 1 when list.Count > 1:
                list.RemoveAt(random.Next(list.Count));
                break;
            default:
                list.Insert(random.Next(list.Count + 1), Item.Leaf(Sentence(random)));
                break;
        }
        return list.ToImmutable();
    }

    private static Content Change(Content content, Random random) =>
        random.Next(3) == 0 || content.Items.IsDefaultOrEmpty
            ? content with { Inline = string.IsNullOrEmpty(content.Inline) ? Sentence(random) : content.Inline + " " + Sentence(random) }
            : content with { Items = ChangeItems(content.Items, random) };

    private static Story Change(Story story, Random random)
    {
        var sections = story.Sections.ToBuilder();
        switch (random.Next(6))
        {
            case 0: return story with { Title = Sentence(random) };
            case 1: return story with { Tags = story.Tags.IsDefaultOrEmpty ? ["added"] : [] };
            case 2 when sections.Count > 1:
                sections.RemoveAt(random.Next(sections.Count));
                break;
            case 3:
                sections.Insert(random.Next(sections.Count + 1), new Part("Learned", Content.Text(Sentence(random))));
                break;
            default:
                int i = random.Next(sections.Count);
                sections[i] = sections[i] with { Content = Change(sections[i].Content, random) };
                break;
        }
        return story with { Sections = sections.ToImmutable() };
    }

    private static Answer Change(Answer answer, Random random)
    {
        var points = answer.Points.ToBuilder();
        switch (random.Next(4))
        {
            case 0: return answer with { Order = answer.Order + 1 };
            case 1 when points.Count > 1:
                points.RemoveAt(random.Next(points.Count));
                break;
            case 2:
                points.Insert(random.Next(points.Count + 1), new Part("Point", Content.Text(Sentence(random))));
                break;
            default:
                int i = random.Next(points.Count);
                points[i] = points[i] with { Content = Change(points[i].Content, random) };
                break;
        }
        return answer with { Points = points.ToImmutable() };
    }

    private static Framework Change(Framework framework, Random random)
    {
        var principles = framework.Principles.ToBuilder();
        int i = random.Next(principles.Count);
        var p = principles[i];
        var stories = p.Stories.ToBuilder();
        switch (random.Next(6))
        {
            case 0:
                principles[i] = p with { Description = random.Next(4) == 0 ? null : Sentence(random) };
                break;
            case 1:
                stories.Insert(random.Next(stories.Count + 1), new StoryTelling { Story = StoryId.Create("RX", random.Next(1, 99)) });
                principles[i] = p with { Stories = stories.ToImmutable() };
                break;
            case 2 when stories.Count > 0:
                stories.RemoveAt(random.Next(stories.Count));
                principles[i] = p with { Stories = stories.ToImmutable() };
                break;
            case 3:
                principles[i] = p with { Number = random.Next(4) == 0 ? null : random.Next(1, 30) };
                break;
            case 4:
                principles.Insert(random.Next(principles.Count + 1), new Principle { Id = $"new-{random.Next(1000)}", Name = Sentence(random), Description = Sentence(random) });
                break;
            default:
                if (stories.Count == 0) break;
                int t = random.Next(stories.Count);
                stories[t] = stories[t] with { Title = Sentence(random) };
                principles[i] = p with { Stories = stories.ToImmutable() };
                break;
        }
        return framework with { Principles = principles.ToImmutable() };
    }

    [Theory]
    [InlineData("crlf")]
    [InlineData("no-final-newline")]
    public void Two_hundred_random_changes_of_a_framework_are_each_made_in_place(string form)
    {
        const string file = "frameworks/amazon.yaml";
        var source = SafeFile.DecodeSource(HandEditedBank.Encode(HandEditedBank.Original(file), form), file, [])!;
        var random = new Random(form.Length);
        for (int n = 0; n < 200; n++)
        {
            var framework = Change(FrameworkFile.Read(source.Text, file, [])!, random);
            var update = FrameworkFile.Update(source, framework, file);
            Assert.True(update.InPlace, $"change {n}: {string.Join("; ", update.Notes)}\n{source.Text}");
            Assert.Equal(FrameworkFile.Write(framework), FrameworkFile.Write(FrameworkFile.Read(update.After.Text, file, [])!));
            Assert.True(update.Lines.Count <= 12, $"change {n} touched lines {string.Join(", ", update.Lines)}");
            Assert.Contains("# Amazon's principles, in my words.", update.After.Text);
            Assert.Contains("priority: high", update.After.Text);
            Assert.Equal(form == "crlf", update.After.Original.Contains("\r\n", StringComparison.Ordinal));
            source = update.After;
        }
    }

    [Theory]
    [InlineData("stories/CR2.md", "crlf")]
    [InlineData("stories/IT2.md", "")]
    [InlineData("stories/IT4.md", "no-final-newline")]
    [InlineData("answers/why-sre-swe.md", "crlf")]
    [InlineData("answers/teamwork.md", "no-final-newline")]
    public void Two_hundred_random_changes_are_each_made_in_place_and_read_back_as_meant(string file, string form)
    {
        var bytes = HandEditedBank.Encode(HandEditedBank.Original(file), form);
        var source = SafeFile.DecodeSource(bytes, file, [])!;
        var random = new Random(file.Sum(c => c)); // a fixed seed per file: a failure can be run again
        for (int n = 0; n < 200; n++)
        {
            FileUpdate update;
            string wanted;
            if (file.StartsWith("stories/", StringComparison.Ordinal))
            {
                var story = Change(StoryFile.Read(source.Text, file, [])!, random);
                update = StoryFile.Update(source, story, file);
                wanted = StoryFile.Write(story);
                Assert.Equal(wanted, StoryFile.Write(StoryFile.Read(update.After.Text, file, [])!));
            }
            else
            {
                var answer = Change(AnswerFile.Read(source.Text, file, [])!, random);
                update = AnswerFile.Update(source, answer, file);
                wanted = AnswerFile.Write(answer);
                Assert.Equal(wanted, AnswerFile.Write(AnswerFile.Read(update.After.Text, file, [])!));
            }
            Assert.True(update.InPlace, $"change {n}: {string.Join("; ", update.Notes)}\n{source.Text}");
            Assert.True(update.Lines.Count <= 12, $"change {n} touched lines {string.Join(", ", update.Lines)}");
            // The file keeps its form: line endings, final newline.
            Assert.Equal(form == "crlf", update.After.Original.Contains("\r\n", StringComparison.Ordinal));
            if (form == "no-final-newline") Assert.False(update.After.Original.EndsWith('\n'));
            source = update.After;
        }
    }
}
