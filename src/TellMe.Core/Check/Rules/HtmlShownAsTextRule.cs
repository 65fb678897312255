using TellMe.Diagnostics;
using TellMe.Text;

namespace TellMe.Check.Rules;

/// <summary>
/// TM018: HTML in the user's text (<c>&lt;b&gt;Cut&lt;/b&gt;</c>, <c>&lt;!-- TODO --&gt;</c>, <c>&lt;div&gt;</c>). The bank keeps it
/// as written, but a built page shows it as text, since pages never run the user's HTML: this is the one thing
/// a round trip cannot carry, so check says where it is.
/// </summary>
public sealed class HtmlShownAsTextRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM018";
    /// <inheritdoc />
    public string Title => "HTML shown as text on pages";
    /// <inheritdoc />
    public Severity Severity => Severity.Info;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        foreach (var text in context.Texts)
            foreach (var (_, tag) in HtmlText.Tags(text.Text).Take(1))
                context.Report(this, text.File, text.Line,
                    $"'{tag}' in {text.Where} is HTML: the bank keeps it, but built pages show it as text",
                    tag.StartsWith("<!--", StringComparison.Ordinal) ? "remove the comment, or keep it off the pages" : "write it in Markdown (**bold**, *italic*) or as plain text", tag);
    }
}
