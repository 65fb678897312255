using TellMe.Language;

namespace TellMe.Practice.Cards;

/// <summary>
/// Guesses the general competency (<c>general/…</c> in <c>data/competencies.yaml</c>) of an answer key such as
/// "Tight Schedule" or "Why SRE", so the drill can ask a question from the question bank instead of naming the key.
/// </summary>
/// <remarks>
/// Answer keys are short and written by the user, so a small table of trigger words (compared as Porter2 stems)
/// is enough and is predictable: the first rule with a trigger whose words all occur in the key wins. A key no rule knows gets no competency,
/// and the drill falls back to built-in phrasings for it.
/// </remarks>
public static class AnswerTopics
{
    private sealed record Rule(string Id, string Name, string[][] Triggers);

    // Each trigger is a set of words that must all be in the key (stemmed); any trigger of a rule suffices.
    private static readonly Rule[] Rules =
    [
        new("disagree-manager", "Disagreeing with a manager", [["disagree", "manager"], ["disagree", "boss"]]),
        new("introduction", "Introduction (tell me about yourself)", [["introduction"], ["yourself"], ["elevator"]]),
        new("career-story", "Career story (past jobs and education)", [["career", "path"], ["career", "story"], ["past", "job"], ["resume"], ["background"]]),
        new("career-goals", "Career goals", [["goal"], ["vision"], ["five", "years"], ["future"]]),
        new("relocation-visa", "Relocation and work authorization", [["visa"], ["relocation"], ["sponsorship"]]),
        new("education-choice", "Education choice", [["university"], ["degree"], ["master"], ["school"], ["education"], ["boulder"]]),
        new("motivation-move", "Why are you looking / why leave", [["why", "left"], ["why", "leave"], ["why", "searching"], ["why", "looking"], ["why", "quit"], ["why", "freelance"], ["new", "position"]]),
        new("motivation-role", "Why this role", [["why", "role"], ["why", "position"], ["why", "applied"], ["why", "backend"], ["why", "sre"], ["why", "swe"], ["why", "engineering"], ["why", "frontend"]]),
        new("strengths", "Strengths", [["strength"], ["positive", "feedback"]]),
        new("weaknesses", "Weaknesses", [["weakness"], ["negative", "feedback"], ["improvement"]]),
        new("failure", "Failure", [["failure"], ["mistake"], ["regret"]]),
        new("conflict", "Conflict with a peer", [["conflict"], ["disagreement"], ["difficult", "colleague"]]),
        new("mentoring", "Mentoring and underperformers", [["mentoring"], ["low", "performer"], ["underperformer"], ["coaching"]]),
        new("leadership", "Leadership", [["leadership"], ["leader"], ["lead"]]),
        new("ownership", "Ownership", [["ownership"], ["owner"], ["own"]]),
        new("teamwork", "Teamwork", [["teamwork"], ["team"], ["collaboration"]]),
        new("technical-challenge", "Technical challenge", [["challenging"], ["hardest"], ["difficult", "problem"]]),
        new("tight-deadline", "Tight deadline", [["tight"], ["deadline"], ["schedule"], ["pressure"]]),
        new("ambiguity", "Ambiguity", [["ambiguity"], ["uncertainty"]]),
        new("legacy-migration", "Legacy systems, refactoring and migrations", [["legacy"], ["refactor"], ["migration"], ["rearchitecture"], ["rewrite"]]),
        new("learning-fast", "Learning fast", [["learn"], ["quick"]]),
        new("innovation", "Innovation", [["innovative"], ["idea"], ["invention"]]),
        new("difficult-decision", "Difficult decision", [["decision"], ["decide"], ["tradeoff"]]),
        new("customer-focus", "Customer focus", [["customer"], ["client"], ["user"]]),
        new("interesting-project", "Most interesting or proud-of project", [["interesting"], ["proud"], ["favorite"], ["favourite"]]),
        new("questions-for-interviewer", "Questions for the interviewer", [["question"]]),
        new("motivation-company", "Why this company", [["why"]]),
    ];

    private static readonly (Rule Rule, string[][] Stems)[] Stemmed =
        [.. Rules.Select(r => (r, r.Triggers.Select(t => t.Select(w => Porter2Stemmer.Instance.Stem(w)).ToArray()).ToArray()))];

    /// <summary>The general competency of an answer key, or null when none fits.</summary>
    public static Competency? Guess(string answerKey)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in WordSets.Words(answerKey.Replace('-', ' ')))
            stems.Add(Porter2Stemmer.Instance.Stem(word));
        foreach (var (rule, triggers) in Stemmed)
            foreach (var trigger in triggers)
                if (trigger.All(t => stems.Any(s => Matches(s, t))))
                    return new Competency("general", rule.Id, rule.Name);
        return null;
    }

    // Stems of related forms differ in their endings ("disagre", "disagr"): a stem of four letters or more
    // matches any longer stem it starts; shorter ones ("why", "own", "sre") must be equal.
    private static bool Matches(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter == longer || (shorter.Length >= 4 && longer.StartsWith(shorter, StringComparison.Ordinal));
    }

    /// <summary>The display name of a general competency ID, or the ID itself.</summary>
    public static string NameOf(string generalId) =>
        Rules.FirstOrDefault(r => r.Id == generalId)?.Name ?? generalId;
}
