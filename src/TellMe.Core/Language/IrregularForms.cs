using System.Collections.Frozen;

namespace TellMe.Language;

/// <summary>
/// The past tenses and participles of English irregular verbs, mapped to their base form: "grown" → "grow",
/// "taught" → "teach", "built" → "build". General English, no word of one user.
/// </summary>
/// <remarks>
/// <para>Porter2 strips suffixes; it cannot see that "grown" is "grow" or that "taught" is "teach", so "Who have
/// you grown?" shared no word with a question bank that says "grow", and "What did you teach yourself?" no word
/// with "taught yourself". Interview questions are told in the past tense, and the commonest verbs of stories
/// (lead, build, make, take, bring, think, teach, grow, choose, leave, lose, win) are irregular.</para>
/// <para>Only forms that are rarely anything but the verb are listed: "saw", "felt", "rose", "spoke", "bore",
/// "left" (also a direction, and "what is left"; "Why left X" is a past move, not "why leave"), "found" (also "to found a company"), "bit", "bound", "ground", "shot", "lay", "lie" and "wound" are left out, as are forms equal to their base
/// ("put", "cut", "set", "quit", "read").</para>
/// </remarks>
public static class IrregularForms
{
    private static readonly FrozenDictionary<string, string> Base = Build(
    [
        ("arise", "arose arisen"), ("awake", "awoke awoken"), ("become", "became"), ("begin", "began begun"),
        ("bend", "bent"), ("bite", "bitten"), ("blow", "blew blown"),
        ("break", "broke broken"), ("breed", "bred"), ("bring", "brought"), ("build", "built"), ("burn", "burnt"),
        ("buy", "bought"), ("catch", "caught"), ("choose", "chose chosen"), ("come", "came"), ("creep", "crept"),
        ("deal", "dealt"), ("dig", "dug"), ("do", "did done"), ("draw", "drew drawn"), ("dream", "dreamt"),
        ("drive", "drove driven"), ("eat", "ate eaten"), ("fall", "fell fallen"), ("feed", "fed"), ("fight", "fought"),
        ("flee", "fled"), ("fly", "flew flown"), ("forbid", "forbade forbidden"), 
        ("foresee", "foresaw foreseen"), ("forget", "forgot forgotten"), ("forgive", "forgave forgiven"),
        ("freeze", "froze frozen"), ("get", "got gotten"), ("give", "gave given"), ("go", "went gone"),
        ("grow", "grew grown"), ("hang", "hung"), ("hear", "heard"), ("hide", "hid hidden"),
        ("hold", "held"), ("keep", "kept"), ("know", "knew known"), ("lead", "led"), ("lean", "leant"),
        ("learn", "learnt"), ("lend", "lent"), ("lose", "lost"), ("make", "made"),
        ("mean", "meant"), ("meet", "met"), ("mislead", "misled"), ("mistake", "mistook mistaken"),
        ("overcome", "overcame"), ("overdo", "overdid overdone"), ("override", "overrode overridden"),
        ("oversee", "oversaw overseen"), ("overtake", "overtook overtaken"), ("overthrow", "overthrew overthrown"),
        ("pay", "paid"), ("prove", "proven"), ("rebuild", "rebuilt"), ("redo", "redid redone"),
        ("rethink", "rethought"), ("rewrite", "rewrote rewritten"), ("ride", "rode ridden"), ("ring", "rang rung"),
        ("run", "ran"), ("say", "said"), ("see", "seen"), ("seek", "sought"), ("sell", "sold"), ("send", "sent"),
        ("shake", "shook shaken"), ("shine", "shone"), ("show", "shown"), ("shrink", "shrank shrunk"),
        ("sing", "sang sung"), ("sink", "sank sunk"), ("sit", "sat"), ("sleep", "slept"), ("slide", "slid"),
        ("speak", "spoken"), ("speed", "sped"), ("spend", "spent"), ("spin", "spun"), 
        ("stand", "stood"), ("steal", "stole stolen"), ("stick", "stuck"), ("sting", "stung"),
        ("strike", "struck stricken"), ("strive", "strove striven"), ("swear", "swore sworn"), ("sweep", "swept"),
        ("swim", "swam swum"), ("swing", "swung"), ("take", "took taken"), ("teach", "taught"), ("tear", "tore torn"),
        ("tell", "told"), ("think", "thought"), ("throw", "threw thrown"), ("undergo", "underwent undergone"),
        ("understand", "understood"), ("undertake", "undertook undertaken"), ("undo", "undid undone"),
        ("wake", "woke woken"), ("wear", "wore worn"), ("win", "won"), ("withdraw", "withdrew withdrawn"),
        ("withhold", "withheld"), ("write", "wrote written"),
    ]);

    /// <summary>The base form of an irregular past tense or participle, or null for any other word.</summary>
    /// <param name="word">A lower-case word.</param>
    public static string? BaseOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Base.GetValueOrDefault(word);
    }

    /// <summary>Every form listed, with its base (for tests and documentation).</summary>
    public static IReadOnlyDictionary<string, string> All => Base;

    private static FrozenDictionary<string, string> Build((string Base, string Forms)[] verbs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (verb, forms) in verbs)
            foreach (var form in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                map.Add(form, verb);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
