using TellMe.Language;
using TellMe.Text;

namespace TellMe.Tests.Bank;

public class TextTests
{
    [Theory]
    [InlineData("Why SRE â†’ SWE", "Why SRE → SWE")]
    [InlineData("CafÃ© crÃ¨me", "Café crème")]
    [InlineData("itâ€™s done", "it’s done")]
    public void Mojibake_is_repaired(string garbled, string repaired) => Assert.Equal(repaired, Mojibake.Repair(garbled));

    [Theory]
    [InlineData("Café crème")]
    [InlineData("Why SRE → SWE")]
    [InlineData("Zürich, São Paulo, naïve")]
    [InlineData("Â")]
    public void Correct_text_is_left_alone(string text)
    {
        Assert.Empty(Mojibake.Find(text));
        Assert.Equal(text, Mojibake.Repair(text));
    }

    [Theory]
    [InlineData("**Result:** Reduced MTTR", "Result", "Reduced MTTR", LabelStyle.Colon)]
    [InlineData("**Result**: Reduced MTTR", "Result", "Reduced MTTR", LabelStyle.Colon)]
    [InlineData("**Action**", "Action", "", LabelStyle.Bare)]
    [InlineData("**At:**", "At", "", LabelStyle.Colon)]
    public void Labels_split(string text, string label, string rest, LabelStyle style)
    {
        Assert.True(Labels.TrySplit(text, out var split));
        Assert.Equal(new LabelSplit(label, rest, style), split);
    }

    [Theory]
    [InlineData("Plain text")]
    [InlineData("**bold** in the middle of text")]
    [InlineData("Disagree: Used number & vision")]
    public void Text_without_a_leading_label_does_not_split(string text) => Assert.False(Labels.TrySplit(text, out _));

    [Theory]
    [InlineData("**Cache:** Redis", "<strong>Cache:</strong> Redis")]
    [InlineData("Inefficiency & Errors", "Inefficiency & Errors")]
    [InlineData("a &amp b", "a &amp;amp b")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("[x](javascript:alert(1))", "<a href=\"#\">x</a>")]
    [InlineData("line<br>break", "line<br>break")]
    [InlineData("1. not a list", "1. not a list")]
    [InlineData("`a<b`", "<code>a&lt;b</code>")]
    public void Inline_markdown_renders_as_encoded_html(string markdown, string html) =>
        Assert.Equal(html, InlineMarkdown.ToHtml(markdown));

    [Fact]
    public void A_page_that_writes_amp_entities_keeps_them() =>
        Assert.Equal("diagnose &amp; escalate", InlineMarkdown.ToHtml("diagnose & escalate", everyAmpersand: true));
}
