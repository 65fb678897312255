using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using TellMe.Cli.Output;
using TellMe.Match;
using TellMe.Plan;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme plan</c>: a primary and a backup story for every slot of a loop, none told twice.</summary>
public static class PlanCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var bank = BankOption.Create();
        var competencies = new Option<string?>("--competencies", "-c") { Description = "Comma-separated principles or competencies, by name or ID (case-insensitive)." };
        var questions = new Option<FileInfo?>("--questions", "-q") { Description = "A file with one question per line; each is a slot." };
        var interviewers = new Option<int?>("--interviewers", "-i") { Description = "Generate a realistic loop with this many interviewers." };
        var per = new Option<int>("--per") { Description = "Competencies each generated interviewer probes.", DefaultValueFactory = _ => 2 };
        var framework = new Option<string>("--framework") { Description = "The framework a generated loop draws from (amazon, general, or one of the bank's).", DefaultValueFactory = _ => "amazon" };
        var seed = new Option<int?>("--seed") { Description = "Seed of a generated loop; the same seed gives the same loop." };
        var json = new Option<bool>("--json") { Description = "Print the plan as JSON." };
        var markdown = new Option<bool>("--markdown") { Description = "Print the plan as one printable Markdown page." };
        var rounds = new Option<string?>("--rounds") { Description = "Lay the loop out by interviewer type, comma-separated: recruiter-screen, hiring-manager, bar-raiser, peer-engineer (each probes what its type probes; --per per round)." };
        var company = new Option<string?>("--company") { Description = "With --rounds: the company whose values a bar raiser probes (its framework in frameworks/, or one TellMe ships)." };
        var command = new Command("plan", """
            Plan an interview loop: for each slot a primary story and a backup, no story used twice anywhere in
            the loop, chosen to maximise the total fit (an optimal assignment). Slots that cannot get a distinct
            story are listed, not dropped. Give the slots as competencies, as questions, or generate a loop.
            Exit code 0: every slot has a primary; 1: some slots could not be filled; 2: bad usage.

            Examples:
              tellme plan --competencies "Ownership,Dive Deep,Earn trust,Bias for action" --bank my-bank
              tellme plan --questions loop.txt --bank my-bank --json
              tellme plan --interviewers 4 --per 2 --framework amazon --seed 7 --bank my-bank --markdown > loop.md
              tellme plan --rounds recruiter-screen,peer-engineer,hiring-manager,bar-raiser --company Stripe --bank my-bank
            """) { bank, competencies, questions, interviewers, per, framework, seed, json, markdown, rounds, company };
        command.SetAction(parse =>
        {
            string? names = parse.GetValue(competencies);
            var questionFile = parse.GetValue(questions);
            int? loopSize = parse.GetValue(interviewers);
            string? byType = parse.GetValue(rounds);
            int given = (names is null ? 0 : 1) + (questionFile is null ? 0 : 1) + (loopSize is null ? 0 : 1) + (byType is null ? 0 : 1);
            if (given != 1)
            {
                terminal.Fail("give exactly one of --competencies LIST, --questions FILE, --interviewers N or --rounds TYPES");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(company) is not null && byType is null)
            {
                terminal.Fail("--company picks the values a bar raiser probes in a loop laid out with --rounds; add --rounds");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(json) && parse.GetValue(markdown))
            {
                terminal.Fail("choose --json or --markdown, not both");
                return ExitCodes.Usage;
            }
            string[]? questionLines = null;
            if (questionFile is not null)
            {
                if (InputText.Read(terminal, questionFile.ToString(), "questions file") is not { } text) return ExitCodes.Usage;
                questionLines = InputText.Lines(text);
            }
            var matcher = MatchCommand.LoadMatcher(terminal, parse.GetValue(bank)!);
            if (matcher is null) return ExitCodes.Usage;
            if (byType is not null) return ByType(terminal, matcher, byType, parse.GetValue(per), parse.GetValue(company), parse.GetValue(json), parse.GetValue(markdown));

            ImmutableArray<LoopSlot> slots;
            int? usedSeed = null;
            if (names is not null)
            {
                var (fromNames, unknown) = LoopSlots.FromCompetencies(matcher, names.Split(','));
                if (!unknown.IsEmpty)
                {
                    terminal.Fail($"unknown competency: {string.Join(", ", unknown.Select(u => $"'{u}'"))}");
                    terminal.Error.WriteLine("  the bank's principles: " + string.Join(", ", matcher.Bank.Frameworks.SelectMany(f => f.Principles).Select(p => p.Name)));
                    return ExitCodes.Usage;
                }
                slots = fromNames;
            }
            else if (questionFile is not null)
            {
                slots = LoopSlots.FromQuestions(questionLines!);
            }
            else
            {
                usedSeed = parse.GetValue(seed) ?? Random.Shared.Next(1, 100_000);
                var (generated, problem) = LoopSlots.Generate(matcher, loopSize!.Value, parse.GetValue(per), parse.GetValue(framework)!, usedSeed.Value);
                if (problem is not null)
                {
                    terminal.Fail(problem);
                    return ExitCodes.Usage;
                }
                slots = generated;
            }
            if (slots.IsEmpty)
            {
                terminal.Fail("no slot to plan: the list is empty");
                return ExitCodes.Usage;
            }

            var plan = LoopPlanner.Plan(matcher, slots, usedSeed);
            if (parse.GetValue(json)) Json.Write(terminal.Out, PlanJson.From(plan));
            else if (parse.GetValue(markdown)) terminal.Out.Write(Markdown(plan, matcher));
            else Text(terminal, plan);
            return plan.Unfilled == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    // A loop laid out by interviewer type (RoundLayout): the same plan, with who interviews in each round.
    private static int ByType(Terminal terminal, Matcher matcher, string list, int per, string? companyName, bool json, bool markdown)
    {
        var types = PrepCommand.RoundsOption(terminal, list);
        if (types is null) return ExitCodes.Usage;
        if (per is < 1 or > 6)
        {
            terminal.Fail("--per must be between 1 and 6");
            return ExitCodes.Usage;
        }
        var framework = companyName is null ? null : TellMe.Prep.CompanyFrameworks.Find(companyName, matcher.Bank);
        if (companyName is not null && framework is null)
        {
            terminal.Fail($"no values framework for '{companyName}'; known: {string.Join(", ", TellMe.Prep.CompanyFrameworks.KnownCompanies(matcher.Bank))}");
            return ExitCodes.Usage;
        }
        var layout = RoundLayout.Plan(matcher, types, per, framework);
        if (json) Json.Write(terminal.Out, PlanRoundsJson.From(layout));
        else if (markdown) terminal.Out.Write(Markdown(layout.Plan, matcher).Replace("| Interviewer |", "| Round |", StringComparison.Ordinal)
            + "\n## Rounds\n\n" + string.Concat(layout.Rounds.Select(r => $"{r.Number}. **{r.Type.Name}**: {r.Type.ListensFor}\n")));
        else PrepOutput.Loop(terminal, layout);
        return layout.Plan.Unfilled == 0 ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private static void Text(Terminal terminal, LoopPlan plan)
    {
        var console = terminal.Console;
        bool grouped = plan.Slots.Any(s => s.Slot.Interviewer > 0);
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("#").RightAligned());
        if (grouped) table.AddColumn("Interviewer");
        table.AddColumn("Slot").AddColumn("Primary").AddColumn("Backup");
        for (int i = 0; i < plan.Slots.Length; i++)
        {
            var s = plan.Slots[i];
            var cells = new List<string> { (i + 1).ToString(CultureInfo.InvariantCulture) };
            if (grouped) cells.Add(s.Slot.Interviewer.ToString(CultureInfo.InvariantCulture));
            string topic = Markup.Escape(s.Slot.Topic);
            if (s.Slot.Question is { } q && q != s.Slot.Topic) topic += $"\n[dim]{Markup.Escape(q)}[/]";
            cells.Add(topic);
            cells.Add(s.Primary is { } p ? $"{Markup.Escape(p.Id)} {Markup.Escape(p.Title)}"
                : s.Answer is { } a ? $"[dim]answer:[/] {Markup.Escape(a.Key)}"
                : $"[red]unfilled: {Markup.Escape(s.Problem ?? "")}[/]");
            cells.Add(s.Backup is { } b ? $"{Markup.Escape(b.Id)} {Markup.Escape(b.Title)}" : s.Primary is null ? "" : $"[yellow]{Markup.Escape(s.Problem ?? "none")}[/]");
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
        string seed = plan.Seed is { } value ? $" (seed {value}; pass --seed {value} to plan this loop again)" : "";
        console.MarkupLine(plan.Unfilled == 0
            ? $"[green]{plan.Slots.Length} slots planned, no story told twice[/]{seed}"
            : $"[yellow]{plan.Slots.Length - plan.Unfilled} of {plan.Slots.Length} slots planned; {plan.Unfilled} could not get a story of their own[/]{seed}");
    }

    /// <summary>One page: the table to glance at before each interview, then the practice questions.</summary>
    private static string Markdown(LoopPlan plan, Matcher matcher)
    {
        var md = new StringBuilder();
        bool grouped = plan.Slots.Any(s => s.Slot.Interviewer > 0);
        md.Append("# Interview loop plan\n\n");
        string owner = matcher.Bank.Settings.Owner is { } name ? $"{name} · " : "";
        md.Append(CultureInfo.InvariantCulture, $"{owner}{plan.Slots.Length} slots");
        if (grouped) md.Append(CultureInfo.InvariantCulture, $", {plan.Slots.Max(s => s.Slot.Interviewer)} interviewers");
        if (plan.Seed is { } seed) md.Append(CultureInfo.InvariantCulture, $" · seed {seed}");
        md.Append(" · no story told twice\n\n");
        md.Append(grouped ? "| # | Interviewer | Probes | Tell | Backup |\n|---|---|---|---|---|\n" : "| # | Slot | Tell | Backup |\n|---|---|---|---|\n");
        for (int i = 0; i < plan.Slots.Length; i++)
        {
            var s = plan.Slots[i];
            md.Append(CultureInfo.InvariantCulture, $"| {i + 1} | ");
            if (grouped) md.Append(CultureInfo.InvariantCulture, $"{s.Slot.Interviewer} | ");
            md.Append(Cell(s.Slot.Topic)).Append(" | ")
              .Append(s.Primary is { } p ? Cell($"**{p.Id}** {p.Title}") : s.Answer is { } a ? Cell($"answer: **{a.Key}**") : Cell($"_unfilled: {s.Problem}_")).Append(" | ")
              .Append(s.Backup is { } b ? Cell($"{b.Id} {b.Title}") : "—").Append(" |\n");
        }
        var practice = plan.Slots.Where(s => s.Slot.Question is { } q && q != s.Slot.Topic).ToList();
        if (practice.Count > 0)
        {
            md.Append("\n## Practice questions\n\n");
            foreach (var s in practice) md.Append(CultureInfo.InvariantCulture, $"- **{Cell(s.Slot.Topic)}:** {Cell(s.Slot.Question!)}\n");
        }
        var unfilled = plan.Slots.Where(s => !s.Filled).ToList();
        if (unfilled.Count > 0)
        {
            md.Append("\n## Slots without a story\n\n");
            foreach (var s in unfilled) md.Append(CultureInfo.InvariantCulture, $"- {Cell(s.Slot.Topic)}: {s.Problem}\n");
        }
        return md.ToString();
    }

    // Pipes would split a table cell; line breaks would end the row.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
