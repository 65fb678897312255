using TellMe.Bank;
using TellMe.Text;
using Text = TellMe.Text;

namespace TellMe.Import.Layouts;

/// <summary>
/// Counts how a page writes its labels and points, so that the page's layout is what most of it does; the
/// rest is drift, recorded line by line.
/// </summary>
internal sealed class StyleTally
{
    private readonly Dictionary<LabelStyle, int> _labels = [];
    private int _bullets, _plain;
    private readonly Dictionary<(int Depth, char Bullet), int> _markers = [];
    private readonly Dictionary<int, int> _indents = [];

    /// <summary>Counts the entries' top-level points: their form, and the labels of them and of their children.</summary>
    public void Entries(IEnumerable<TellMe.Pages.KvEntry> entries)
    {
        foreach (var node in entries.SelectMany(e => e.Value))
        {
            Point(node.Form != TellMe.Pages.NodeForm.Plain);
            Label(node.Text);
            foreach (var child in node.Children) Label(child.Text);
        }
    }

    /// <summary>The headings layout of a page whose entries were counted: what most of it does.</summary>
    public PageLayout HeadingsLayout(int level, PageSource page) => new()
    {
        Kind = LayoutKind.Headings,
        HeadingLevel = level,
        Labels = Labels(),
        Points = Points(),
        Bullets = Bullets(),
        Indent = new string(' ', Indent(2)),
        CrLf = page.CrLf,
        Bom = page.Bom,
    };

    /// <summary>Counts the label style of a point's text.</summary>
    public void Label(string text)
    {
        if (Text.Labels.StyleOf(text) is { } style && style != LabelStyle.Bare) Add(_labels, style);
    }

    /// <summary>Counts a top-level point's form.</summary>
    public void Point(bool bullet)
    {
        if (bullet) _bullets++;
        else _plain++;
    }

    /// <summary>Counts a bullet character at a depth.</summary>
    public void Marker(int depth, char bullet) => Add(_markers, (depth, bullet));

    /// <summary>Counts a nesting step in columns.</summary>
    public void AddIndent(int columns)
    {
        if (columns > 0) Add(_indents, columns);
    }

    /// <summary>The page's label style: bold unless plain labels clearly win.</summary>
    public LabelStyle Labels()
    {
        int colon = _labels.GetValueOrDefault(LabelStyle.Colon), outside = _labels.GetValueOrDefault(LabelStyle.ColonOutside);
        int plain = _labels.GetValueOrDefault(LabelStyle.Plain);
        if (plain > colon + outside) return LabelStyle.Plain;
        return outside > colon ? LabelStyle.ColonOutside : LabelStyle.Colon;
    }

    /// <summary>The page's point form.</summary>
    public PointForm Points() => _plain > _bullets ? PointForm.Plain : PointForm.Bullet;

    /// <summary>The bullet characters by depth ("-" when the page has none).</summary>
    public string Bullets()
    {
        if (_markers.Count == 0) return "-";
        int deepest = _markers.Keys.Max(k => k.Depth);
        var chars = new char[deepest + 1];
        for (int d = 0; d <= deepest; d++)
        {
            var atDepth = _markers.Where(kv => kv.Key.Depth == d).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Bullet).ToList();
            chars[d] = atDepth.Count > 0 ? atDepth[0].Key.Bullet : (d > 0 ? chars[d - 1] : '-');
        }
        string all = new(chars);
        // "---" says no more than "-": the last character repeats.
        while (all.Length > 1 && all[^1] == all[^2]) all = all[..^1];
        return all;
    }

    /// <summary>The most common nesting step, or <paramref name="fallback"/>.</summary>
    public int Indent(int fallback) => _indents.Count == 0 ? fallback : _indents.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;

    private static void Add<T>(Dictionary<T, int> counts, T key) where T : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
}
