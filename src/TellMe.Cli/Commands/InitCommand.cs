using System.CommandLine;
using Spectre.Console;
using TellMe.Bank;
using TellMe.Cli.Output;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme init [DIR]</c>: a new bank with the Amazon framework and one example story and answer.</summary>
public static class InitCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "The folder for the new bank.", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var owner = new Option<string?>("--owner") { Description = "Your name, shown on the built pages." };
        var json = new Option<bool>("--json") { Description = "Print the created files as JSON." };
        var command = new Command("init", """
            Create a new bank: tellme.yaml, Amazon's 16 Leadership Principles, one example story and one
            example answer. Refuses to touch a folder that already holds a bank.

            Example:
              tellme init my-bank && cd my-bank && git init
            """) { dir, owner, json };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(dir)!;
            if (BankLoader.IsBank(target.FullName))
            {
                terminal.Fail($"'{target}' already holds a bank (tellme.yaml exists); nothing was changed");
                return ExitCodes.Usage;
            }
            var bank = NewBank.Create(parse.GetValue(owner));
            IReadOnlyList<FileWrite> writes;
            IReadOnlyList<TellMe.Diagnostics.Diagnostic> refused;
            try { (writes, refused) = BankWriter.Write(target.FullName, BankWriter.Render(bank), force: false); }
            catch (TellMe.Bank.Files.FileTransactionException ex)
            {
                terminal.Fail(ex.Message);
                return ExitCodes.Findings;
            }
            if (refused.Count > 0)
            {
                DiagnosticsOutput.Text(terminal, refused, target.ToString());
                terminal.Fail("nothing was written");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(json)) Json.Write(terminal.Out, new InitJson(target.ToString(), [.. writes.Select(w => w.RelativePath)]));
            else
            {
                foreach (var w in writes) terminal.Console.MarkupLine($"[green]created[/] {Markup.Escape(Path.Combine(target.ToString(), w.RelativePath))}");
                terminal.Console.MarkupLine("Next: edit the example story, then check the bank:");
                terminal.Console.MarkupLine($"  [bold]tellme check --bank {Markup.Escape(target.ToString())}[/]");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>The content of a fresh bank.</summary>
public static class NewBank
{
    /// <summary>Settings, the Amazon framework, an example story (EX1) cited by Ownership, and an example answer.</summary>
    public static StoryBank Create(string? owner)
    {
        var story = new Story
        {
            Id = StoryId.Parse("EX1"),
            Title = "Replaced a flaky nightly batch with an event-driven pipeline",
            Company = "Example Corp",
            Tags = ["example"],
            Sections =
            [
                new Part("Situation", new Content(null, [Item.Leaf("The nightly billing batch failed twice a week"), Item.Leaf("Each failure delayed invoices for 3,000 customers by a day")])),
                new Part("Task", Content.Text("I owned billing reliability for the quarter")),
                new Part("Action", new Content(null, [Item.Leaf("I measured where the batch failed and found lock contention"), Item.Leaf("I moved invoice creation to an event-driven pipeline, one service at a time")])),
                new Part("Result", Content.Text("Failures fell from 8 a month to 0 in 6 months; invoices go out within 5 minutes")),
                new Part("Learned", Content.Text("Measure before redesigning: the fix was smaller than the rewrite we first planned")),
            ],
        };
        var amazon = AmazonFramework.Create();
        amazon = amazon with
        {
            Principles = [.. amazon.Principles.Select(p => p.Id == "ownership" ? p with { Stories = [new StoryTelling { Story = story.Id }] } : p)],
        };
        var answer = new Answer
        {
            Key = "Ownership",
            Order = 1,
            Story = story.Id,
            File = "answers/ownership.md",
            Points =
            [
                new Part("Summary", Content.Text("{{ story.id }}. {{ story.title }} at {{ story.company }}")),
                new Part("Situation", Content.Text(Tellings.WholeSection)),
                new Part("Action", Content.Text(Tellings.WholeSection)),
                new Part("Result", Content.Text(Tellings.WholeSection)),
            ],
        };
        return new StoryBank(new BankSettings { Owner = owner }, [story with { File = "stories/EX1.md" }], [answer], [amazon]);
    }
}
