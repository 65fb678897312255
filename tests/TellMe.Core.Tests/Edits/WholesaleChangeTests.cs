using TellMe.Bank.Files;

namespace TellMe.Tests.Edits;

/// <summary>
/// A story whose sections change wholesale (a paragraph becomes bullets, bullets become a paragraph, a new
/// section between two) is written back with one blank line between blocks, exactly as the writer writes
/// the new story: an update adds no blank line of its own.
/// </summary>
public sealed class WholesaleChangeTests
{
    private const string Before = "---\nid: CR2\ntitle: Migrated one cloud to another\ncompany: Acme\n---\n\n## Situation\n\nExecutives planned a migration\n\n## Action\n\n- Disagree: Used numbers\n- Commit:\n\n## Result\n\nA better migration plan\n";

    private const string After = "---\nid: CR2\ntitle: Analyzed thread dumps\ncompany: Acme\n---\n\n## Problem\n\n- **Crash:** A UI server crashed\n- **Communication:** Many teams\n\n## Mission\n\nIdentify the bottleneck\n\n## Action\n\n- I gave instructions\n- I analyzed thread dumps\n\n## Result\n\nWe solved the availability issue\n";

    [Theory]
    [InlineData(Before, After)]
    [InlineData(After, Before)]
    [InlineData("---\nid: CR2\ntitle: T\n---\n\n## Situation\n\nA paragraph\n\n## Result\n\nDone\n", "---\nid: CR2\ntitle: T\n---\n\n## Situation\n\n- One\n- Two\n\n## Result\n\nDone\n")]
    [InlineData("---\nid: CR2\ntitle: T\n---\n\n## Situation\n\n- One\n- Two\n\n## Result\n\nDone\n", "---\nid: CR2\ntitle: T\n---\n\n## Situation\n\nA paragraph\n\n## Result\n\nDone\n")]
    public void A_story_changed_wholesale_reads_as_the_writer_writes_it(string before, string after)
    {
        var wanted = StoryFile.Read(after, "stories/CR2.md", []) ?? throw new InvalidOperationException("not a story");
        var update = StoryFile.Update(SourceText.FromText(before), wanted, "stories/CR2.md");
        Assert.Equal(after, update.After.Text);
    }

    [Theory]
    [InlineData("---\nid: IT5\ntitle: ''\n---\n", "---\nid: IT5\ntitle: Migrated MySQL 5.7 to 8.0\n---\n")]
    [InlineData("---\nid: IT5\ntitle: 'Kept: quoted'\n---\n", "---\nid: IT5\ntitle: 'Kept: quoted, still'\n---\n")]
    [InlineData("---\nid: IT5\ntitle: Plain  # a comment\n---\n", "---\nid: IT5\ntitle: Plain text  # a comment\n---\n")]
    public void A_title_keeps_the_users_quoting_and_an_empty_one_takes_the_writers(string before, string after)
    {
        var wanted = StoryFile.Read(after, "stories/IT5.md", []) ?? throw new InvalidOperationException("not a story");
        Assert.Equal(after, StoryFile.Update(SourceText.FromText(before), wanted, "stories/IT5.md").After.Text);
    }
}
