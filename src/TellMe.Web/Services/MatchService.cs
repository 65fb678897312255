using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using TellMe.Data;
using TellMe.Debrief;
using TellMe.Match;
using TellMe.Plan;

namespace TellMe.Web.Services;

/// <summary>What the plan form asks for.</summary>
public sealed record PlanRequest
{
    /// <summary>"generate", "competencies" or "questions".</summary>
    public string Mode { get; init; } = "generate";
    /// <summary>Comma-separated names, for "competencies".</summary>
    public string? Competencies { get; init; }
    /// <summary>One question per line, for "questions".</summary>
    public string? Questions { get; init; }
    /// <summary>Interviewers of a generated loop.</summary>
    public int Interviewers { get; init; } = 4;
    /// <summary>Competencies per interviewer.</summary>
    public int Per { get; init; } = 2;
    /// <summary>The framework a generated loop draws from.</summary>
    public string Framework { get; init; } = "amazon";
    /// <summary>The seed; null draws one.</summary>
    public int? Seed { get; init; }
}

/// <summary>
/// The one place the web app uses <see cref="Matcher"/>, <see cref="LoopSlots"/> and <see cref="LoopPlanner"/> (their API is
/// being reshaped on another branch: a merge touches this file only); it also hands the matcher to
/// <see cref="DebriefService"/>. One matcher per bank version, built on
/// first use and kept while the bank is unchanged.
/// </summary>
public sealed class MatchService(BankViews banks)
{
    private readonly ConditionalWeakTable<BankSnapshot, Lazy<Matcher>> _matchers = [];

    /// <summary>The matcher of the bank as it is now.</summary>
    public Matcher Matcher
    {
        get
        {
            var snapshot = banks.Current.Snapshot;
            return _matchers.GetValue(snapshot, s => new Lazy<Matcher>(() => Matcher.Create(s.Bank))).Value;
        }
    }

    /// <summary>Matches a question.</summary>
    public MatchResult Match(string question, int top = 5) => Matcher.Match(question, top);

    /// <summary>The frameworks a generated loop can draw from.</summary>
    public ImmutableArray<(string Id, string Name)> Frameworks
    {
        get
        {
            var bank = banks.Current.Snapshot.Bank;
            var known = Matcher.Questions.Frameworks;
            return [.. known.Concat(bank.Frameworks.Where(f => !known.Any(k => k.Id == f.Id)).Select(f => (f.Id, f.Name)))];
        }
    }

    /// <summary>Plans a loop, or says why the request cannot be planned.</summary>
    public (LoopPlan? Plan, string? Problem) Plan(PlanRequest request)
    {
        var matcher = Matcher;
        ImmutableArray<LoopSlot> slots;
        int? seed = null;
        switch (request.Mode)
        {
            case "competencies":
                var (named, unknown) = LoopSlots.FromCompetencies(matcher, (request.Competencies ?? "").Split(','));
                if (!unknown.IsEmpty) return (null, $"unknown competency: {string.Join(", ", unknown.Select(u => $"'{u}'"))}");
                slots = named;
                break;
            case "questions":
                slots = LoopSlots.FromQuestions((request.Questions ?? "").Split('\n'));
                break;
            default:
                seed = request.Seed ?? Random.Shared.Next(1, 100_000);
                var (generated, problem) = LoopSlots.Generate(matcher, request.Interviewers, request.Per, request.Framework, seed.Value);
                if (problem is not null) return (null, problem.Replace("--interviewers", "interviewers", StringComparison.Ordinal).Replace("--per", "competencies per interviewer", StringComparison.Ordinal));
                slots = generated;
                break;
        }
        if (slots.IsEmpty) return (null, "no slot to plan: the list is empty");
        return (LoopPlanner.Plan(matcher, slots, seed), null);
    }

    /// <summary>The debrief service (the same one <c>tellme debrief</c> uses) over the bank as it is now and a history.</summary>
    public DebriefService Debrief(IInterviewStore store, TimeProvider time) => new(Matcher, store, time);

    /// <summary>A company's page when the bank has no practice history: no rounds, every story unused.</summary>
    public CompanyHistory NoHistory(string company) => DebriefService.NoHistory(Matcher, company);

    /// <summary>Builds the matcher in the background so the first match does not wait for it.</summary>
    public void Warm() => _ = Task.Run(() => Matcher);
}
