using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Diagnostics;

namespace TellMe.Tests.Edits;

/// <summary>
/// Updating one bank file to a new model in place: each case gives the file as the user wrote it, the change
/// of the model, and the file expected byte for byte, so that everything the change does not touch is seen
/// to stay.
/// </summary>
public sealed class InPlaceUpdateTests
{
    private static Story ReadStory(string text) => StoryFile.Read(text, "stories/CR2.md", []) ?? throw new InvalidOperationException("not a story");

    private static string UpdateStory(string text, Func<Story, Story> change)
    {
        var update = StoryFile.Update(SourceText.FromText(text), change(ReadStory(text)), "stories/CR2.md");
        Assert.True(update.InPlace, string.Join("; ", update.Notes));
        Assert.Empty(update.Notes);
        return update.After.Text;
    }

    private static Part Section(Story s, string label) => s.Sections.Single(p => p.Label == label);

    private static Story WithSection(Story s, string label, Func<Part, Part> change) =>
        s with { Sections = [.. s.Sections.Select(p => p.Label == label ? change(p) : p)] };

    private static Content Items(params string[] items) => new(null, [.. items.Select(i => Item.Leaf(i))]);

    private const string Story = """
        ---
        # The incident I tell most often
        id: CR2
        title: Analyzed thread dumps   # keep it short
        mood: proud
        tags: [incident, java]
        ---

        <!-- private: ask before telling this one -->

        ## Problem

        1. A UI server crashed occasionally  
        2. The ticket involved many teams

        ## Action

        * I gave instructions as incident commander
        * I analyzed thread dumps
          + 2k threads waited on one lock

        <div class="note">Owned by three teams</div>

        ## Result

        We solved the availability issue,
        and the crashes stopped  
        for good
        """;

    [Fact]
    public void A_new_front_matter_key_goes_after_its_sibling_and_the_unknown_key_and_comments_stay()
    {
        string after = UpdateStory(Story, s => s with { Company = "Cybereason" });
        Assert.Equal(Story.Replace("title: Analyzed thread dumps   # keep it short\n", "title: Analyzed thread dumps   # keep it short\ncompany: Cybereason\n"), after);
    }

    [Fact]
    public void A_dropped_key_loses_its_line_and_a_flow_list_stays_a_flow_list()
    {
        Assert.Equal(Story.Replace("tags: [incident, java]\n", ""), UpdateStory(Story, s => s with { Tags = [] }));
        Assert.Equal(Story.Replace("tags: [incident, java]", "tags: [incident, jvm]"), UpdateStory(Story, s => s with { Tags = ["incident", "jvm"] }));
    }

    [Fact]
    public void A_changed_value_keeps_its_comment_and_a_value_that_needs_quotes_gets_them()
    {
        Assert.Equal(Story.Replace("title: Analyzed thread dumps   #", "title: Analyzed heap dumps   #"), UpdateStory(Story, s => s with { Title = "Analyzed heap dumps" }));
        Assert.Equal(Story.Replace("title: Analyzed thread dumps   #", "title: 'Analyzed: dumps'   #"), UpdateStory(Story, s => s with { Title = "Analyzed: dumps" }));
    }

    [Fact]
    public void A_numbered_list_gets_its_next_number_and_keeps_the_trailing_spaces_of_its_other_items()
    {
        string after = UpdateStory(Story, s => WithSection(s, "Problem", p => p with
        {
            Content = new Content(null, [.. p.Content.Items, Item.Leaf("Product and TAM joined the call")]),
        }));
        Assert.Equal(Story.Replace("2. The ticket involved many teams\n", "2. The ticket involved many teams\n3. Product and TAM joined the call\n"), after);
    }

    [Fact]
    public void A_changed_bullet_changes_only_its_characters_and_its_marker_nesting_and_the_html_stay()
    {
        string after = UpdateStory(Story, s => WithSection(s, "Action", p => p with
        {
            Content = new Content(p.Content.Inline, p.Content.Items.SetItem(1, p.Content.Items[1] with { Text = "I analyzed thread dumps and heap dumps" })),
        }));
        Assert.Equal(Story.Replace("* I analyzed thread dumps\n", "* I analyzed thread dumps and heap dumps\n"), after);
    }

    [Fact]
    public void A_new_bullet_takes_the_marker_of_its_list_and_a_removed_one_takes_its_nested_bullets_with_it()
    {
        string added = UpdateStory(Story, s => WithSection(s, "Action", p => p with
        {
            Content = new Content(p.Content.Inline, p.Content.Items.Insert(1, Item.Leaf("I paged the database team"))),
        }));
        Assert.Equal(Story.Replace("* I analyzed thread dumps\n", "* I paged the database team\n* I analyzed thread dumps\n"), added);

        string removed = UpdateStory(Story, s => WithSection(s, "Action", p => p with { Content = new Content(p.Content.Inline, [p.Content.Items[0]]) }));
        Assert.Equal(Story.Replace("* I analyzed thread dumps\n  + 2k threads waited on one lock\n", ""), removed);
    }

    [Fact]
    public void A_changed_line_of_a_paragraph_keeps_the_other_lines_trailing_spaces()
    {
        string after = UpdateStory(Story, s => WithSection(s, "Result", p => p with
        {
            Content = Content.Text(p.Content.Inline!.Replace("for good", "for good: zero in six months", StringComparison.Ordinal)),
        }));
        Assert.Equal(Story.Replace("\nfor good", "\nfor good: zero in six months"), after);
    }

    [Fact]
    public void A_new_section_goes_after_the_one_before_it_and_a_removed_one_leaves_the_others_as_they_are()
    {
        string added = UpdateStory(Story, s => s with
        {
            Sections = s.Sections.Insert(3, new Part("Challenge", Items("Three teams, three time zones"))),
        });
        Assert.Equal(Story.Replace("\n## Result", "\n## Challenge\n\n- Three teams, three time zones\n\n## Result"), added);

        string removed = UpdateStory(Story, s => s with { Sections = [.. s.Sections.Where(p => p.Label != "Action")] });
        Assert.Equal(Story.Replace("""

            ## Action

            * I gave instructions as incident commander
            * I analyzed thread dumps
              + 2k threads waited on one lock

            <div class="note">Owned by three teams</div>

            """, ""), removed);
    }

    [Fact]
    public void A_renamed_section_changes_its_heading_only()
    {
        string after = UpdateStory(Story, s => WithSection(s, "Problem", p => p with { Label = "Situation" }));
        Assert.Equal(Story.Replace("## Problem", "## Situation"), after);
    }

    [Fact]
    public void A_file_that_cannot_be_edited_in_place_is_written_whole_and_says_so()
    {
        const string flow = "---\n{id: CR2, title: x}\n---\n\n## Result\n\nDone\n";
        var update = StoryFile.Update(SourceText.FromText(flow), ReadStory(flow) with { Title = "y" }, "stories/CR2.md");
        Assert.False(update.InPlace);
        Assert.Contains("was written out whole", Assert.Single(update.Notes));
        Assert.Equal("y", ReadStory(update.After.Text).Title);
    }

    // ---- Answers ----

    private const string Answer = """
        ---
        key: Visa
        order: 16   # after "Why US"
        ---

        <!-- private note -->

        * **PEO/EOR**: PEO/EOR is acceptable
        * **Expense:** I can cover visa-related expenses myself

        I am happy to talk about timing.
        """;

    private static string UpdateAnswer(string text, Func<Answer, Answer> change)
    {
        var before = AnswerFile.Read(text, "answers/visa.md", [])!;
        var update = AnswerFile.Update(SourceText.FromText(text), change(before), "answers/visa.md");
        Assert.True(update.InPlace, string.Join("; ", update.Notes));
        return update.After.Text;
    }

    [Fact]
    public void An_answer_point_keeps_how_its_label_is_written_and_a_new_point_takes_the_list_marker()
    {
        string changed = UpdateAnswer(Answer, a => a with { Points = a.Points.SetItem(0, a.Points[0] with { Content = Content.Text("PEO/EOR works for me") }) });
        Assert.Equal(Answer.Replace("* **PEO/EOR**: PEO/EOR is acceptable", "* **PEO/EOR**: PEO/EOR works for me"), changed);

        string added = UpdateAnswer(Answer, a => a with { Points = a.Points.Insert(2, new Part("Timing", Content.Text("I can start in March"))) });
        Assert.Equal(Answer.Replace("myself\n", "myself\n* **Timing:** I can start in March\n"), added);

        string paragraph = UpdateAnswer(Answer, a => a with { Points = a.Points.SetItem(2, new Part("", Content.Text("I am happy to talk about dates."))) });
        Assert.Equal(Answer.Replace("talk about timing.", "talk about dates."), paragraph);
    }

    [Fact]
    public void A_bullet_that_starts_with_html_is_changed_in_place_and_its_html_stays()
    {
        const string answer = "---\nkey: Legacy\norder: 3\n---\n\n- <!-- TODO --> Difficult to troubleshoot\n- <div>Owned by three teams</div>\n- **Cut:** costs 30%\n";
        string after = UpdateAnswer(answer, a => a with
        {
            Points = [a.Points[0] with { Content = Content.Text(a.Points[0].Content.Inline + " at night") }, a.Points[1], a.Points[2] with { Content = Content.Text("costs 35%") }],
        });
        Assert.Equal(answer.Replace("troubleshoot\n", "troubleshoot at night\n").Replace("costs 30%", "costs 35%"), after);
    }

    // ---- Frameworks ----

    private const string Framework = """
        # Amazon's principles, in my words.
        id: amazon
        name: Amazon Leadership Principles

        principles:
          - id: customer-obsession
            number: 1
            name: Customer Obsession
            description: Leaders earn and keep customer trust   # shortened
            stories:
              - story: CR1

          # Ownership is the one I am asked most.
          - id: ownership
            number: 2
            name: Ownership
            priority: high
            stories:
              - story: EN1
              - story: CR2   # told at Cybereason
        """;

    private static string UpdateFramework(string text, Func<Framework, Framework> change)
    {
        var before = FrameworkFile.Read(text, "frameworks/amazon.yaml", [])!;
        var update = FrameworkFile.Update(SourceText.FromText(text), change(before), "frameworks/amazon.yaml");
        Assert.True(update.InPlace, string.Join("; ", update.Notes));
        return update.After.Text;
    }

    private static Framework WithPrinciple(Framework f, int index, Func<Principle, Principle> change) =>
        f with { Principles = f.Principles.SetItem(index, change(f.Principles[index])) };

    [Fact]
    public void A_story_entry_added_or_removed_is_one_list_item_and_the_comments_stay()
    {
        string added = UpdateFramework(Framework, f => WithPrinciple(f, 0, p => p with { Stories = p.Stories.Add(new StoryTelling { Story = StoryId.Parse("IT3") }) }));
        Assert.Equal(Framework.Replace("      - story: CR1\n", "      - story: CR1\n      - story: IT3\n"), added);

        string removed = UpdateFramework(Framework, f => WithPrinciple(f, 1, p => p with { Stories = [p.Stories[1]] }));
        Assert.Equal(Framework.Replace("      - story: EN1\n", ""), removed);
    }

    [Fact]
    public void A_removed_entry_or_item_leaves_its_comment_behind()
    {
        // The description and its comment go: the comment stays, on a line of its own where the entry was.
        string dropped = UpdateFramework(Framework, f => WithPrinciple(f, 0, p => p with { Description = null }));
        Assert.Equal(Framework.Replace("    description: Leaders earn and keep customer trust   # shortened\n", "    # shortened\n"), dropped);
        Assert.Null(FrameworkFile.Read(dropped, "frameworks/amazon.yaml", [])!.Principles[0].Description);

        // The story told at Cybereason is removed from Ownership: its comment stays at the list's column.
        string removed = UpdateFramework(Framework, f => WithPrinciple(f, 1, p => p with { Stories = [p.Stories[0]] }));
        Assert.Equal(Framework.Replace("      - story: CR2   # told at Cybereason", "      # told at Cybereason"), removed);
        Assert.Single(FrameworkFile.Read(removed, "frameworks/amazon.yaml", [])!.Principles[1].Stories);
    }

    [Fact]
    public void A_description_added_goes_after_the_name_and_a_multi_line_one_is_a_literal_block_keeping_its_comment()
    {
        string added = UpdateFramework(Framework, f => WithPrinciple(f, 1, p => p with { Description = "Leaders act on behalf of the company" }));
        Assert.Equal(Framework.Replace("    name: Ownership\n", "    name: Ownership\n    description: Leaders act on behalf of the company\n"), added);

        string multi = UpdateFramework(Framework, f => WithPrinciple(f, 0, p => p with { Description = "Leaders earn trust\nand keep it" }));
        Assert.Equal(Framework.Replace("    description: Leaders earn and keep customer trust   # shortened\n", "    description: |-   # shortened\n      Leaders earn trust\n      and keep it\n"), multi);
        Assert.Equal("Leaders earn trust\nand keep it", FrameworkFile.Read(multi, "frameworks/amazon.yaml", [])!.Principles[0].Description); // the comment stays a comment
    }

    [Fact]
    public void A_new_principle_goes_after_the_one_before_it_at_the_list_indentation()
    {
        string after = UpdateFramework(Framework, f => f with
        {
            Principles = f.Principles.Insert(1, new Principle { Id = "invent-and-simplify", Number = 3, Name = "Invent and simplify" }),
        });
        Assert.Equal(Framework.Replace("      - story: CR1\n", "      - story: CR1\n  - id: invent-and-simplify\n    number: 3\n    name: Invent and simplify\n"), after);
    }

    // ---- Settings ----

    [Fact]
    public void A_page_added_to_an_empty_flow_list_becomes_a_block_list_and_the_rest_stays()
    {
        const string settings = "# mine\ntitle: Interview preparation\nowner: Sam   # shown on pages\npages: []\nreviewed-by: my mentor\n";
        var before = SettingsFile.Read(settings, SettingsFile.Name, [])!;
        var update = SettingsFile.Update(SourceText.FromText(settings), before with
        {
            Pages = [new PageSettings { Kind = PageKind.Projects, File = "cybereason.md", Company = "Cybereason" }],
        });
        Assert.True(update.InPlace);
        Assert.Equal("# mine\ntitle: Interview preparation\nowner: Sam   # shown on pages\npages:\n  - kind: projects\n    file: cybereason.md\n    company: Cybereason\nreviewed-by: my mentor\n", update.After.Text);
        Assert.Equal([4], update.Lines);
    }
}
