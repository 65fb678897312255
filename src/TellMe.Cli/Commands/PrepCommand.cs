using System.CommandLine;
using Spectre.Console;
using TellMe.Cli.Output;
using TellMe.Data;
using TellMe.Debrief;
using TellMe.Plan;
using TellMe.Practice;
using TellMe.Prep;

namespace TellMe.Cli.Commands;

/// <summary><c>tellme prep</c>: what a job posting asks for, which of your stories cover it, and the gaps.</summary>
public static class PrepCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var bank = BankOption.Create();
        var job = new Option<FileInfo?>("--job", "-j") { Description = "The job posting, pasted into a text or Markdown file.", HelpName = "POSTING" };
        var company = new Option<string?>("--company", "-c") { Description = "The company: picks its values framework (yours in frameworks/, or one TellMe ships) and remembers the posting for `tellme debrief`." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var plan = new Option<bool>("--plan") { Description = "Also lay out a loop by interviewer type, weighted by the posting, with a story per slot." };
        var rounds = new Option<string?>("--rounds") { Description = "With --plan: the rounds by interviewer type, comma-separated (default: recruiter-screen, peer-engineer, hiring-manager, bar-raiser)." };
        var per = new Option<int>("--per") { Description = "With --plan: competencies each round probes (1-6).", DefaultValueFactory = _ => 2 };
        var command = new Command("prep", $"""
            Prepare for a job posting: what it emphasises (the competencies of your bank's frameworks, of the
            general taxonomy and of the company's values, each with the posting's own sentences as evidence, and
            the technologies it names), which of your stories cover each and how well you have drilled them, and
            the gaps: a competency the posting stresses that no story covers, a story carrying too much.
            With --company the posting is remembered for `tellme debrief`. Shipped company frameworks:
            {string.Join(", ", CompanyFrameworks.ShippedCompanies)} (and Amazon's principles).
            Exit code 0: no gaps; 1: gaps found; 2: bad usage or a posting that cannot be read.

            Examples:
              tellme prep --job posting.md --bank my-bank
              tellme prep --job posting.txt --company Stripe --plan --bank my-bank
              tellme prep --job posting.md --company Meta --plan --rounds recruiter-screen,hiring-manager,bar-raiser --json
            """) { bank, job, company, json, plan, rounds, per };
        command.SetAction(parse =>
        {
            if (parse.GetValue(job) is not { } file)
            {
                terminal.Fail("give the job posting with --job FILE (paste the posting's text into a .txt or .md file)");
                return ExitCodes.Usage;
            }
            int perRound = parse.GetValue(per);
            if (perRound is < 1 or > 6)
            {
                terminal.Fail("--per must be between 1 and 6");
                return ExitCodes.Usage;
            }
            var loop = RoundsOption(terminal, parse.GetValue(rounds));
            if (loop is null) return ExitCodes.Usage;
            if (parse.GetValue(rounds) is not null && !parse.GetValue(plan))
            {
                terminal.Fail("--rounds lays out the loop of --plan; add --plan");
                return ExitCodes.Usage;
            }
            string? text = TextInput.Read(terminal, file, "posting");
            if (text is null) return ExitCodes.Usage;
            string? companyName = parse.GetValue(company);
            if (companyName is not null && string.IsNullOrWhiteSpace(companyName))
            {
                terminal.Fail("--company is empty");
                return ExitCodes.Usage;
            }

            var dir = parse.GetValue(bank)!;
            var matcher = MatchCommand.LoadMatcher(terminal, dir);
            if (matcher is null) return ExitCodes.Usage;
            IReadOnlyList<StoredCard> stored = [];
            bool hasHistory = File.Exists(SqlitePracticeStore.PathFor(dir.FullName));
            using var store = hasHistory || companyName is not null ? PracticeOutput.OpenStore(terminal, dir.FullName) : null;
            if ((hasHistory || companyName is not null) && store is null) return ExitCodes.Usage;
            try
            {
                if (hasHistory) stored = store!.Cards(includeRetired: false);
                var service = new PrepService(matcher, terminal.Time);
                var (report, problem) = service.Analyze(text, file.ToString(), stored,
                    new PrepOptions(companyName, parse.GetValue(plan), loop.Count == 0 ? null : loop, perRound));
                if (report is null)
                {
                    terminal.Fail(problem!);
                    return ExitCodes.Usage;
                }
                SavedPosting? saved = null;
                if (companyName is not null && CompanyName.TryCreate(companyName, out var name))
                {
                    saved = SavedPosting.From(report, name, terminal.Time.GetUtcNow());
                    store!.SavePosting(saved);
                }
                if (parse.GetValue(json)) Json.Write(terminal.Out, PrepJson.From(report, saved?.Company));
                else
                {
                    PrepOutput.Text(terminal, report);
                    if (saved is not null) PrepOutput.Remembered(terminal, saved);
                }
                return report.Gaps.IsEmpty ? ExitCodes.Ok : ExitCodes.Findings;
            }
            catch (PracticeStoreException ex)
            {
                terminal.Fail(ex.Message);
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    /// <summary>
    /// Interviewer types from a comma-separated list (IDs, names or aliases: "recruiter", "HM", "bar raiser");
    /// an empty list when none was given; null after saying which name is unknown.
    /// </summary>
    public static IReadOnlyList<InterviewerType>? RoundsOption(Terminal terminal, string? list)
    {
        if (list is null) return [];
        var types = new List<InterviewerType>();
        foreach (var name in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (InterviewerTypes.Embedded.Find(name) is not { } type)
            {
                terminal.Fail($"unknown interviewer type '{name}'; use: {string.Join(", ", InterviewerTypes.Embedded.All.Select(t => t.Id))}");
                return null;
            }
            types.Add(type);
        }
        if (types.Count is 0 or > 12)
        {
            terminal.Fail("--rounds needs 1 to 12 interviewer types, comma-separated");
            return null;
        }
        return types;
    }
}
