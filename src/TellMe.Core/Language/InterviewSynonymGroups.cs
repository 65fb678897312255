namespace TellMe.Language;

/// <summary>
/// TellMe's hand-written vocabulary of behavioural-interview synonym groups, the raw input to
/// <see cref="Synonyms.Build"/>.
/// </summary>
/// <remarks>
/// <para>Selection rules, so the list stays useful as it grows:</para>
/// <list type="bullet">
/// <item>A group is a competency or situation an interviewer asks about, listed with the words
/// candidates actually use for it in stories. The first word names the group.</item>
/// <item>Members are single words (the lookup is per term), never stop words (they would never
/// reach the lookup), and each word appears in one group only.</item>
/// <item>Inflections are listed when a stemmer may not unify them ("led"/"lead",
/// "failure"/"fail"); duplicates after stemming are removed automatically.</item>
/// <item>Words too common in engineering prose to carry the theme are left out even when they
/// fit: "develop" (every software story says it) is not in the mentoring group, "team",
/// "issue", "build" and "system" are in no group, and "time" is a stop word.</item>
/// </list>
/// <para>Expansion is applied at a lower weight than the user's own words, so a loose member
/// ("drive") costs little when it misfires. Words that qualify anything are left out even at that
/// weight: "old" (an old startup is not legacy code) and "grow" (a growing application is not a
/// growing engineer) pulled whole themes into questions about something else.</para>
/// </remarks>
public static class InterviewSynonymGroups
{
    /// <summary>All groups, in a stable order (group ids are indices into this list).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> All { get; } =
    [
        // Interpersonal friction and how it ends.
        ["conflict", "disagree", "disagreement", "dispute", "pushback", "argue", "argument", "clash", "tension", "friction", "confrontation", "dissent"],
        ["resolve", "resolution", "mediate", "mediation", "reconcile", "settle", "defuse", "deescalate"],
        ["consensus", "agree", "agreement", "align", "alignment", "unanimous"],
        ["misunderstanding", "miscommunication", "confusion", "confused", "misaligned", "misalignment"],
        ["unpopular", "controversial", "contrarian"],
        ["negotiate", "negotiation", "compromise", "tradeoff", "concession", "bargain"],
        ["persuade", "persuasion", "convince", "influence", "sway", "advocate", "lobby", "pitch"],
        ["complaint", "complain", "unhappy", "dissatisfied", "frustrated", "frustration", "angry", "upset", "annoyed"],
        ["escalate", "escalation", "escalated"],
        ["empathy", "empathetic", "empathize", "compassion", "listen", "perspective", "sympathy"],
        ["trust", "credibility", "rapport", "relationship", "respect", "reputation"],
        ["ethics", "ethical", "integrity", "honest", "honesty", "transparent", "transparency", "candid"],
        ["apologize", "apologise", "apology", "sorry", "admit", "acknowledge"],
        ["colleague", "coworker", "peer", "teammate"],

        // Time, pressure and planning.
        ["deadline", "schedule", "timeline", "late", "delay", "rush", "urgent", "urgency", "tight", "overdue", "crunch"],
        ["stress", "pressure", "stressful", "overwhelm", "overwhelmed", "burnout", "overload", "workload", "exhausted", "anxiety"],
        ["priority", "prioritize", "prioritise", "prioritization", "triage", "rank", "focus"],
        ["multitask", "multitasking", "juggle", "juggling", "balance", "concurrently"],
        ["plan", "planning", "estimate", "estimation", "forecast"],
        ["scope", "descope", "mvp", "creep"],
        ["requirement", "requirements", "spec", "specification", "acceptance", "criteria"],
        ["quick", "quickly", "fast", "faster", "speed", "rapid", "rapidly", "swift", "promptly", "expedite", "accelerate"],

        // Failure and learning.
        ["mistake", "failure", "fail", "failed", "error", "blunder", "screwup", "misstep", "wrong", "oversight"],
        ["lesson", "takeaway", "reflection", "reflect", "retrospect", "hindsight"],
        ["learn", "learning", "study", "curious", "curiosity", "explore", "research"],
        ["weakness", "weak", "shortcoming", "blindspot", "gap"],
        ["strength", "strong", "talent", "asset", "forte"],
        ["skill", "expertise", "competency", "proficiency", "knowhow"],
        ["persist", "persistence", "persistent", "persevere", "perseverance", "resilience", "resilient", "grit", "tenacity", "determination", "determined"],

        // Leading, owning, growing people.
        ["lead", "leader", "leadership", "led", "spearhead", "steer", "champion", "drive"],
        ["ownership", "owner", "own", "owned", "accountable", "accountability", "responsible", "responsibility"],
        ["mentor", "mentee", "mentorship", "coach", "coaching", "teach", "train", "training", "tutor", "guide", "onboard", "upskill"],
        ["delegate", "delegation", "assign", "assignment", "allocate", "allocation"],
        ["motivate", "motivation", "morale", "inspire", "inspiration", "engagement", "energize"],
        ["passion", "passionate", "enthusiasm", "enthusiastic", "excited", "excitement"],
        ["initiative", "proactive", "proactively", "volunteer", "unprompted", "selfstarter"],
        ["independent", "independently", "autonomous", "autonomy", "solo"],
        ["manager", "boss", "supervisor", "director", "executive", "management", "vp"],
        ["stakeholder", "sponsor", "sponsorship"],
        ["junior", "intern", "newcomer", "graduate", "apprentice"],
        ["senior", "seasoned", "veteran"],
        ["hire", "hiring", "recruit", "recruiting", "recruitment", "candidate", "headcount", "interviewer"],
        ["underperform", "underperformer", "underperformance", "fire", "terminate", "termination", "dismiss", "layoff"],
        ["retention", "retain", "attrition", "turnover"],
        ["quit", "resign", "resignation", "departure"],
        ["promotion", "promote", "career", "advancement", "progression"],
        ["credit", "recognition", "recognize", "praise", "appreciate", "appreciation", "award"],
        ["help", "support", "assist", "assistance", "aid", "unblock"],
        ["diversity", "diverse", "inclusion", "inclusive", "belonging", "equity"],

        // Working with others.
        ["teamwork", "collaborate", "collaboration", "cooperate", "cooperation", "partner", "partnership", "together"],
        ["communicate", "communication", "convey", "articulate", "messaging", "clarity"],
        ["presentation", "speak", "speaker", "speech", "demo", "keynote", "audience"],
        ["feedback", "critique", "criticism", "criticize", "review", "input", "suggestion"],
        ["remote", "timezone", "async", "asynchronous", "offshore", "hybrid"],
        ["dependency", "dependencies", "upstream", "downstream", "handoff"],
        ["vendor", "supplier", "contractor", "outsource", "thirdparty"],
        ["customer", "client", "user", "consumer", "buyer"],

        // Deciding, judging, thinking big.
        ["decide", "decision", "choose", "choice", "judgment", "judgement", "verdict"],
        ["ambiguity", "ambiguous", "uncertain", "uncertainty", "unclear", "vague", "unknown"],
        ["risk", "risky", "gamble", "bet", "bold", "daring"],
        ["ambitious", "ambition", "audacious", "moonshot"],
        ["strategy", "strategic", "vision", "direction", "roadmap"],
        ["goal", "objective", "target", "okr", "milestone", "aim"],
        ["data", "metric", "number", "measure", "measurement", "analytics", "statistics", "kpi", "dashboard", "quantify", "quantitative"],
        ["deep", "dive", "depth", "granular", "drilldown"],
        ["detail", "meticulous", "thorough", "careful", "rigor", "rigorous", "precise", "precision"],
        ["frugal", "frugality", "resourceful", "resourcefulness", "constraint", "limited", "scarce", "scarcity"],
        ["cost", "budget", "expense", "spend", "saving", "savings", "cheaper", "money", "costly", "expensive"],
        ["revenue", "sales", "profit", "income", "monetization"],
        ["impact", "outcome", "result", "effect", "benefit"],
        ["success", "successful", "succeed", "achieve", "achievement", "accomplish", "accomplishment", "win", "proud", "pride"],
        ["exceed", "surpass", "outperform", "overachieve", "overdeliver"],

        // Change and improvement.
        ["change", "adapt", "adaptable", "adaptability", "adjust", "pivot", "flexible", "flexibility", "reorg", "reorganization", "transition"],
        ["innovate", "innovation", "innovative", "creative", "creativity", "invent", "invention", "inventive", "novel", "idea"],
        ["experiment", "prototype", "pilot", "trial", "hypothesis"],
        ["improve", "improvement", "optimize", "optimise", "optimization", "enhance", "enhancement", "boost", "refine"],
        ["efficiency", "efficient", "productivity", "productive", "streamline"],
        ["automate", "automation", "script", "scripting", "tooling", "pipeline"],
        ["process", "workflow", "procedure", "methodology", "protocol", "guideline"],
        ["agile", "scrum", "sprint", "kanban", "standup", "retrospective", "retro"],
        ["legacy", "outdated", "obsolete", "deprecated", "migrate", "migration", "refactor", "rewrite", "modernize", "modernise", "rearchitect", "debt"],
        ["shortcut", "workaround", "hack", "kludge", "bandaid"],

        // Engineering situations that behavioural questions probe.
        ["incident", "outage", "downtime", "postmortem", "sev", "pager", "oncall", "crash", "emergency", "firefight"],
        ["bug", "defect", "regression", "glitch", "flaw", "bugfix"],
        ["debug", "troubleshoot", "diagnose", "diagnosis", "investigate", "investigation", "root"],
        ["rollback", "revert", "undo", "hotfix", "patch"],
        ["problem", "challenge", "challenging", "obstacle", "hurdle", "difficulty", "difficult", "tough", "blocker", "roadblock"],
        ["performance", "latency", "throughput", "scalability", "scale", "scalable", "bottleneck", "slow"],
        ["quality", "reliability", "reliable", "robust", "robustness", "stability", "stable", "dependable", "sre"],
        ["test", "testing", "qa", "coverage", "verification", "validate", "validation"],
        ["security", "secure", "vulnerability", "breach", "exploit", "attack", "threat"],
        ["compliance", "regulation", "regulatory", "audit", "legal", "gdpr", "policy"],
        ["deliver", "delivery", "ship", "launch", "release", "deploy", "deployment", "rollout", "golive"],
        ["execute", "execution", "implement", "implementation"],
        ["monitor", "monitoring", "observability", "alert", "alerting", "telemetry", "instrumentation"],
        ["architecture", "architect", "design", "blueprint", "topology"],
        ["document", "documentation", "docs", "wiki", "runbook", "writeup", "readme"],
        ["infrastructure", "infra", "platform"],
        ["kubernetes", "k8s"],

        // The moves behind "Why …" answers: where, how and what a candidate chose.
        ["freelance", "freelancer", "freelancing", "contracting", "gig", "consultant", "consulting", "moonlighting"],
        ["university", "school", "college", "degree", "education", "academic", "masters", "phd", "bachelor", "coursework"],
        ["usa", "america", "american"],
        ["apply", "applied", "applying", "application", "applicant", "posting", "vacancy"],
        ["database", "db", "datastore"],
    ];
}
