using TellMe.Bank;
using TellMe.Pages;
using TellMe.Text;

namespace TellMe.Render.Jekyll.Layouts;

/// <summary>
/// Writes entries as one list: each entry a top-level bullet with its key (in bold where the page writes it so,
/// <c>- **TM5. Title**</c>), its points nested one level under it with the page's bullets and indentation, and a
/// blank line between entries. A page that packs its entries tightly gets that back from its recorded drift.
/// </summary>
public sealed class BulletsWriter : ILayoutWriter
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.Bullets;

    /// <inheritdoc />
    public void Write(SegmentedText output, KvDocument document, PageSettings page)
    {
        var layout = document.Layout;
        var entries = document.Entries.ToList();
        for (int e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var sb = output.Begin(entry.Segment);
            string key = Html.MarkdownSafe(entry.Shown ?? entry.Key);
            sb.Append(layout.BulletAt(0)).Append(' ').Append(layout.BoldKeys ? "**" + key + "**" : key).Append('\n');
            foreach (var node in entry.Value) HeadingsWriter.WriteBullet(sb, node, 1, layout);
            if (e < entries.Count - 1) sb.Append('\n');
        }
    }
}
