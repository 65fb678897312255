using TellMe.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace TellMe.Bank.Files;

/// <summary>A file split into its YAML header and its body, with the line where each starts.</summary>
public sealed record FrontMatter(string? Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>
    /// Splits <c>---\n…\n---\n</c> off the front of <paramref name="text"/>. Returns false when a header is
    /// opened but never closed, which is reported rather than guessed at.
    /// </summary>
    public static bool TrySplit(string text, out FrontMatter result)
    {
        result = new FrontMatter(null, 0, text, 1);
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---")) return true;
        int line = 2;
        int pos = 4;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            var current = text.AsSpan(pos, end - pos).TrimEnd();
            if (current is "---" or "...")
            {
                string body = nl < 0 ? "" : text[(nl + 1)..];
                result = new FrontMatter(text[4..pos], 2, body, line + 1);
                return true;
            }
            if (nl < 0) break;
            pos = nl + 1;
            line++;
        }
        return false;
    }

    /// <summary>
    /// Splits and parses the YAML header a bank Markdown file must start with; null (with a diagnostic)
    /// when it is missing, never closed or broken. <paramref name="shape"/> shows the expected keys.
    /// </summary>
    public static (FrontMatter Split, YamlDoc Doc, YamlMappingNode Root)? ReadHeader(string text, string file, string shape, List<Diagnostic> diagnostics)
    {
        if (!TrySplit(text, out var fm))
        {
            diagnostics.Add(new Diagnostic(InputCodes.BadYaml, Severity.Error, file, 1, 1,
                "the YAML header is opened with '---' but never closed", "end the header with a line '---'"));
            return null;
        }
        if (fm.Yaml is null)
        {
            diagnostics.Add(new Diagnostic(InputCodes.BadBankFile, Severity.Error, file, 1, 1,
                $"the file must start with a YAML header ({shape})", "see docs/bank-format.md"));
            return null;
        }
        var (doc, root) = YamlDoc.Parse(fm.Yaml, file, fm.YamlLine, diagnostics);
        return root is null ? null : (fm, doc, root);
    }
}
