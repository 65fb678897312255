using System.Collections.Immutable;

namespace TellMe.Bank;

/// <summary>The kinds of page TellMe reads and writes.</summary>
public enum PageKind
{
    /// <summary>One entry per principle with <c>**Value:**</c> and <c>**Project:**</c> points.</summary>
    LeadershipPrinciples,
    /// <summary>A Key/Value list of prepared answers, one per question key.</summary>
    BehavioralQuestions,
    /// <summary>A company page that tells its stories: one Key/Value table, heading or bullet per story.</summary>
    Projects,
}

/// <summary>
/// How one Jekyll page is laid out, so that <c>tellme build</c> writes it back under the same name with
/// the same front matter: everything about the page that is not a fact of the bank.
/// </summary>
public sealed record PageSettings
{
    /// <summary>What the page holds.</summary>
    public required PageKind Kind { get; init; }

    /// <summary>The file name to write, relative to the output folder.</summary>
    public required string File { get; init; }

    /// <summary>The page's front matter in its order (key, scalar text).</summary>
    public ImmutableArray<KeyValuePair<string, string>> FrontMatter { get; init; } = [];

    /// <summary>Markdown between the front matter and the content (headings, a table of contents).</summary>
    public string Intro { get; init; } = "";

    /// <summary>Markdown after the content (for a projects page: everything after the projects).</summary>
    public string Outro { get; init; } = "";

    /// <summary>What the file ends with after its content: a newline by default.</summary>
    public string Trailer { get; init; } = "\n";

    /// <summary>For a principles page: the framework it shows.</summary>
    public string? Framework { get; init; }

    /// <summary>For HTML on the page: write every ampersand as <c>&amp;amp;</c> (the page's own style) rather than only where needed.</summary>
    public bool EntityAmpersands { get; init; }

    /// <summary>For a questions page: the two column headers.</summary>
    public ImmutableArray<string> Columns { get; init; } = ["Key", "Value"];

    /// <summary>For a projects page: the company whose stories it shows.</summary>
    public string? Company { get; init; }

    /// <summary>For a projects page: the stories it shows, in order.</summary>
    public ImmutableArray<StoryId> Stories { get; init; } = [];

    /// <summary>How the page is laid out; null for a page written before pages remembered it (then the kind's default).</summary>
    public PageLayout? Layout { get; init; }

    /// <summary>The layout to write: the page's own, or its kind's default.</summary>
    public PageLayout EffectiveLayout => Layout ?? PageLayout.DefaultFor(Kind);

    /// <summary>
    /// For a questions page: the answers it shows, in order. Default (not set): every answer of the bank, as a
    /// bank with one questions page has always had.
    /// </summary>
    public ImmutableArray<PageEntryRef> Answers { get; init; }

    /// <summary>For a principles page: principle ID → the name as the page writes it, where that differs.</summary>
    public ImmutableDictionary<string, string> Shown { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Segment (answer key, principle ID) → the Markdown the page writes just before that entry: a heading that groups
    /// the entries after it. Kept so that a page of grouped questions is built back with its groups.
    /// </summary>
    public ImmutableDictionary<string, string> Before { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>For a principles page: the story entries written as a Key/Value table (<c>principle-id</c> or <c>principle-id#2</c>).</summary>
    public ImmutableArray<string> Tables { get; init; } = [];

    /// <summary>
    /// For a page of tables: the keys (as plain text) of the rows that write their key in the other style than the
    /// page's (a plain key among bold ones). Keyed by the key itself, so a renamed entry takes the page's style.
    /// </summary>
    public ImmutableArray<string> OtherStyleKeys { get; init; } = [];

    /// <summary>
    /// For a page of pipe tables: the keys (as plain text) of the rows that write their outer pipes otherwise than
    /// the page's header (a row with no closing pipe), and the pipes each writes. A key it does not name takes the page's.
    /// </summary>
    public ImmutableDictionary<string, PipeEdges> RowPipes { get; init; } = ImmutableDictionary<string, PipeEdges>.Empty;

    /// <summary>The front matter exactly as written, when writing it from <see cref="FrontMatter"/> would differ.</summary>
    public string? FrontMatterRaw { get; init; }

    /// <summary>Where the page's whitespace, bullets and spelling differ from its regular layout, per segment.</summary>
    public ImmutableArray<SegmentDrift> Drift { get; init; } = [];
}

/// <summary>Thresholds of <c>tellme check</c>, configurable in <c>tellme.yaml</c>.</summary>
public sealed record CheckSettings
{
    /// <summary>How many principles one story may demonstrate before it is overloaded in a loop.</summary>
    public int MaxPrinciplesPerStory { get; init; } = 1;

    /// <summary>The longest an answer may take to say, in minutes.</summary>
    public double AnswerMinutes { get; init; } = 3;

    /// <summary>Speaking speed used to turn words into time.</summary>
    public int WordsPerMinute { get; init; } = 150;

    /// <summary>Rule codes switched off for this bank.</summary>
    public ImmutableArray<string> Disabled { get; init; } = [];
}

/// <summary>The bank's <c>tellme.yaml</c>.</summary>
public sealed record BankSettings
{
    /// <summary>Whose stories these are.</summary>
    public string? Owner { get; init; }

    /// <summary>Title of the standalone site.</summary>
    public string Title { get; init; } = "Interview preparation";

    /// <summary>The pages <c>tellme build</c> writes.</summary>
    public ImmutableArray<PageSettings> Pages { get; init; } = [];

    /// <summary>Check thresholds.</summary>
    public CheckSettings Check { get; init; } = new();

    /// <summary>Which speech recogniser spoken practice uses.</summary>
    public SpeechSettings Speech { get; init; } = new();
}

/// <summary>
/// The <c>speech:</c> section of <c>tellme.yaml</c>: the engine for spoken answers and, for Whisper, the model
/// file (relative to the bank). A command-line option or an environment variable overrides either.
/// </summary>
public sealed record SpeechSettings
{
    /// <summary>"pocketsphinx" (the default) or "whisper"; null when not set.</summary>
    public string? Engine { get; init; }

    /// <summary>The Whisper ggml model file, as written (relative paths are from the bank folder); null when not set.</summary>
    public string? Model { get; init; }
}
