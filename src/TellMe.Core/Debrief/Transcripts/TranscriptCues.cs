using System.Collections.Frozen;
using System.Collections.Immutable;
using TellMe.Resources;

namespace TellMe.Debrief.Transcripts;

/// <summary>
/// What TellMe knows about how interviews sound (<c>data/transcript-cues.yaml</c>, team-written, embedded):
/// small talk, backchannel remarks, how questions open, which open a new story, how follow-ups refer back.
/// Phrases compare on folded words: lower case, punctuation dropped, apostrophes kept.
/// </summary>
public sealed class TranscriptCues
{
    private static readonly Lazy<TranscriptCues> LazyEmbedded = new(() => Parse(EmbeddedData.Read("transcript-cues.yaml")));

    private TranscriptCues() { }

    /// <summary>The cues shipped with TellMe.</summary>
    public static TranscriptCues Embedded => LazyEmbedded.Value;

    /// <summary>Small-talk phrases found anywhere in a question.</summary>
    public ImmutableArray<string> SmallTalk { get; private init; } = [];

    /// <summary>Small-talk questions that must be the whole question ("how are you").</summary>
    public FrozenSet<string> SmallTalkQuestions { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Words of backchannel remarks ("mm-hmm", "right").</summary>
    public FrozenSet<string> Backchannel { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Openings of a question when the question mark is missing.</summary>
    public ImmutableArray<string> QuestionStarts { get; private init; } = [];

    /// <summary>Phrases that open a new story question (never a follow-up).</summary>
    public ImmutableArray<string> StoryPrompts { get; private init; } = [];

    /// <summary>Longest question, in words, that can be a follow-up.</summary>
    public int FollowUpMaxWords { get; private init; }

    /// <summary>Phrases that refer back to the story just told ("looking back", "the same call").</summary>
    public ImmutableArray<string> FollowUpPhrases { get; private init; } = [];

    /// <summary>Words that refer back to the answer just given.</summary>
    public FrozenSet<string> FollowUpWords { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Words ignored when comparing a question with the answer before it.</summary>
    public FrozenSet<string> Ignore { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Openings of a general question about the candidate ("how do you…"), never a follow-up.</summary>
    public ImmutableArray<string> GeneralOpenings { get; private init; } = [];

    /// <summary>First words of a yes/no question ("were", "did").</summary>
    public FrozenSet<string> YesNoOpenings { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Longest yes/no question, in words, taken as a follow-up for being one.</summary>
    public int YesNoMaxWords { get; private init; }

    /// <summary>Opening words and greetings that do not change what a sentence asks, longest first.</summary>
    public ImmutableArray<string> Fillers { get; private init; } = [];

    /// <summary>
    /// Folded words of a text: lower case, letters, digits and inner apostrophes ("what's"), everything else a
    /// space; hyphenated words stay whole ("mm-hmm").
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i] == '’' ? '\'' : char.ToLowerInvariant(text[i]);
            bool inner = c is '\'' or '-' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
            chars[i] = char.IsLetterOrDigit(c) || inner ? c : ' ';
        }
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True when <paramref name="folded"/> contains <paramref name="phrase"/> (folded) as whole words.</summary>
    public static bool Contains(string folded, string phrase) =>
        (" " + folded + " ").Contains(" " + phrase + " ", StringComparison.Ordinal);

    /// <summary>Parses the cues file.</summary>
    /// <exception cref="InvalidDataException">Wrong shape.</exception>
    public static TranscriptCues Parse(string yaml)
    {
        var data = new DataYaml("transcript-cues.yaml");
        var root = data.Root(yaml);
        var smallTalk = data.Texts(root, "small-talk");
        var followUp = DataYaml.Get(root, "follow-up") as YamlDotNet.RepresentationModel.YamlMappingNode
            ?? throw data.Fail(root, "'follow-up' must be a mapping");
        return new TranscriptCues
        {
            SmallTalk = [.. smallTalk.Where(p => !p.EndsWith('?')).Select(Fold)],
            SmallTalkQuestions = smallTalk.Where(p => p.EndsWith('?')).Select(Fold).ToFrozenSet(StringComparer.Ordinal),
            Backchannel = data.Texts(root, "backchannel").SelectMany(p => Fold(p).Split(' ')).ToFrozenSet(StringComparer.Ordinal),
            QuestionStarts = [.. data.Texts(root, "question-starts").Select(Fold)],
            StoryPrompts = [.. data.Texts(root, "story-prompts").Select(Fold)],
            FollowUpMaxWords = (int)(data.Number(followUp, "max-words") ?? 12),
            YesNoMaxWords = (int)(data.Number(followUp, "yes-no-max-words") ?? 4),
            GeneralOpenings = [.. data.Texts(root, "general-openings").Select(Fold)],
            YesNoOpenings = data.Texts(root, "yes-no-openings").Select(Fold).ToFrozenSet(StringComparer.Ordinal),
            FollowUpWords = data.Texts(followUp, "words").Select(Fold).ToFrozenSet(StringComparer.Ordinal),
            FollowUpPhrases = [.. data.Texts(followUp, "phrases").Select(Fold)],
            Ignore = data.Texts(followUp, "ignore").Select(Fold).ToFrozenSet(StringComparer.Ordinal),
            Fillers = [.. data.Texts(root, "fillers").Select(Fold).OrderByDescending(f => f.Length)],
        };
    }
}
