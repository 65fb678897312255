using System.Collections.Immutable;
using System.Globalization;
using TellMe.Language;

namespace TellMe.Debrief.Transcripts;

/// <summary>
/// Decides who the interviewers are. In order: the names the user gives; everyone but the candidate when the
/// candidate is known (given, or the bank's owner); role names ("Interviewer", "Me"); else the candidate is the
/// speaker who asks fewest questions per word spoken (interviewers ask, candidates answer at length) and every
/// other speaker who asks a question is an interviewer, so a panel of two is found too.
/// </summary>
internal static class InterviewerFinder
{
    private static readonly string[] InterviewerRoles = ["interviewer", "interviewer 1", "interviewer 2", "q", "recruiter", "hiring manager", "host"];
    private static readonly string[] CandidateRoles = ["candidate", "me", "i", "a", "you", "guest"];

    public sealed record Decision(ImmutableArray<string> Interviewers, string? Candidate, string How, string? Problem);

    public static Decision Decide(IReadOnlyList<Turn> turns, IReadOnlyList<string> speakers, ExtractionOptions options, string? owner, QuestionSentences sentences)
    {
        if (speakers.Count == 0)
            return new Decision([], null, "the transcript names no speakers, so every question in it was counted (the candidate's own questions too): check the list", null);

        if (options.Interviewers is { Count: > 0 } named)
        {
            var found = new List<string>();
            foreach (var name in named)
            {
                if (Resolve(name, speakers) is not { } speaker)
                    return new Decision([], null, "", $"no speaker called '{name}' in the transcript; its speakers are: {string.Join(", ", speakers)}");
                found.Add(speaker);
            }
            return new Decision([.. found.Distinct()], null, $"named with --interviewer: {string.Join(", ", found.Distinct())}", null);
        }

        if (options.Candidate is { } candidateName)
        {
            if (Resolve(candidateName, speakers) is not { } candidate)
                return new Decision([], null, "", $"no speaker called '{candidateName}' in the transcript; its speakers are: {string.Join(", ", speakers)}");
            return Others(speakers, candidate, $"everyone but the candidate, {candidate} (named with --candidate)");
        }
        if (owner is not null && Resolve(owner, speakers) is { } ownerSpeaker)
            return Others(speakers, ownerSpeaker, $"everyone but the bank's owner, {ownerSpeaker}");

        var byRole = speakers.Where(s => InterviewerRoles.Contains(NameFold.Of(s))).ToList();
        var candidateRole = speakers.FirstOrDefault(s => CandidateRoles.Contains(NameFold.Of(s)));
        if (candidateRole is not null) return Others(speakers, candidateRole, $"everyone but '{candidateRole}'");
        if (byRole.Count > 0) return new Decision([.. byRole], null, $"by role: {string.Join(", ", byRole)}", null);

        // Questions per word: interviewers ask, the candidate answers at length.
        var stats = speakers.Select(s =>
        {
            var mine = turns.Where(t => t.Speaker == s).ToList();
            int words = mine.Sum(t => t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            int questions = mine.Sum(t => Prep.SentenceSplitter.Split(t.Text, lowerCaseStarts: true).Count(x => sentences.IsQuestion(x.Text)));
            return (Speaker: s, Words: words, Questions: questions);
        }).ToList();
        if (stats.Count == 1)
            return new Decision([stats[0].Speaker], null, $"{stats[0].Speaker} is the only speaker", null);
        var answerer = stats.OrderBy(s => s.Questions / (double)Math.Max(s.Words, 1)).ThenByDescending(s => s.Words).First();
        var asking = stats.Where(s => s.Speaker != answerer.Speaker && (s.Questions > 0 || stats.Count == 2)).ToList();
        string Describe((string Speaker, int Words, int Questions) s) =>
            string.Create(CultureInfo.InvariantCulture, $"{s.Speaker} asked {s.Questions} question{(s.Questions == 1 ? "" : "s")} in {s.Words} words");
        string how = $"{string.Join("; ", asking.Select(Describe))}; {Describe(answerer)}, so is taken as the candidate " +
            "(the candidate asks fewest questions per word). Name the interviewer with --interviewer if this is wrong";
        return new Decision([.. asking.Select(s => s.Speaker)], answerer.Speaker, how, null);
    }

    private static Decision Others(IReadOnlyList<string> speakers, string candidate, string how) =>
        new([.. speakers.Where(s => s != candidate)], candidate, how, null);

    /// <summary>A speaker by full name, or by a first name or surname that only one speaker has.</summary>
    public static string? Resolve(string name, IReadOnlyList<string> speakers)
    {
        string wanted = NameFold.Of(name);
        if (wanted.Length == 0) return null;
        var exact = speakers.FirstOrDefault(s => NameFold.Of(s) == wanted);
        if (exact is not null) return exact;
        var partial = speakers.Where(s => NameFold.Of(s).Split(' ').Contains(wanted) || NameFold.Of(s).StartsWith(wanted + " ", StringComparison.Ordinal)).ToList();
        return partial.Count == 1 ? partial[0] : null;
    }
}
