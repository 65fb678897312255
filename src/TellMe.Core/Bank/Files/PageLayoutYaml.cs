using TellMe.Text;
using YamlDotNet.RepresentationModel;

namespace TellMe.Bank.Files;

/// <summary>A page's <c>layout:</c> in <c>tellme.yaml</c>: its shape, and only the details that differ from the shape's defaults.</summary>
internal static class PageLayoutYaml
{
    private static readonly Dictionary<string, LayoutKind> Types = new()
    {
        ["headings"] = LayoutKind.Headings,
        ["html-table"] = LayoutKind.HtmlTable,
        ["pipe-table"] = LayoutKind.PipeTable,
        ["bullets"] = LayoutKind.Bullets,
    };

    private static readonly Dictionary<string, LabelStyle> LabelNames = new()
    {
        ["bold"] = LabelStyle.Colon,
        ["bold-colon-outside"] = LabelStyle.ColonOutside,
        ["plain"] = LabelStyle.Plain,
    };

    public static PageLayout? Read(YamlDoc doc, YamlMappingNode page, PageKind kind)
    {
        var node = YamlDoc.Get(page, "layout");
        if (node is null) return null;
        string? type = node is YamlScalarNode s ? s.Value : node is YamlMappingNode m ? doc.String(m, "type") : null;
        if (type is null || !Types.TryGetValue(type, out var layoutKind))
        {
            doc.Error(node, $"unknown layout '{type}'", $"use one of: {string.Join(", ", Types.Keys)}");
            return null;
        }
        var d = PageLayout.DefaultFor(kind, layoutKind);
        if (node is not YamlMappingNode map) return d;
        LabelStyle labels = d.Labels;
        if (doc.String(map, "labels") is { } l)
        {
            if (LabelNames.TryGetValue(l, out var style)) labels = style;
            else doc.Error(YamlDoc.Get(map, "labels")!, $"unknown label style '{l}'", $"use one of: {string.Join(", ", LabelNames.Keys)}");
        }
        bool outer = YamlDoc.Get(map, "outer-pipes") is null ? d.OuterPipes : doc.Bool(map, "outer-pipes");
        return d with
        {
            Labels = labels,
            Points = doc.String(map, "points") == "plain" ? PointForm.Plain : d.Points,
            BoldKeys = YamlDoc.Get(map, "bold-keys") is null ? d.BoldKeys : doc.Bool(map, "bold-keys"),
            CrLf = doc.Bool(map, "crlf"),
            Bom = doc.Bool(map, "bom"),
            HeadingLevel = doc.Int(map, "heading-level") ?? d.HeadingLevel,
            Bullets = doc.String(map, "bullets") ?? d.Bullets,
            Indent = doc.String(map, "indent") ?? d.Indent,
            Thead = YamlDoc.Get(map, "thead") is null ? d.Thead : doc.Bool(map, "thead"),
            Tbody = YamlDoc.Get(map, "tbody") is null ? d.Tbody : doc.Bool(map, "tbody"),
            Table = doc.String(map, "table") ?? d.Table,
            RowOnOneLine = doc.Bool(map, "row-on-one-line"),
            HeaderRow = doc.Bool(map, "header-row"),
            Paragraphs = doc.Bool(map, "paragraphs"),
            OrderedLists = doc.Bool(map, "ordered-lists"),
            Break = doc.String(map, "break") ?? d.Break,
            Nest = doc.String(map, "nest") ?? d.Nest,
            Rule = doc.String(map, "rule") ?? d.Rule,
            OuterPipes = outer,
            ClosingPipe = YamlDoc.Get(map, "closing-pipe") is null ? outer : doc.Bool(map, "closing-pipe"),
            Pad = doc.String(map, "pad") ?? d.Pad,
            AtLines = doc.Bool(map, "at-lines"),
        };
    }

    public static object Write(PageLayout layout, PageKind kind)
    {
        var d = PageLayout.DefaultFor(kind, layout.Kind);
        string type = Types.First(t => t.Value == layout.Kind).Key;
        var map = new Dictionary<string, object> { ["type"] = type };
        if (layout.Labels != d.Labels) map["labels"] = LabelNames.First(n => n.Value == layout.Labels).Key;
        if (layout.Points != d.Points) map["points"] = layout.Points == PointForm.Plain ? "plain" : "bullets";
        if (layout.BoldKeys != d.BoldKeys) map["bold-keys"] = layout.BoldKeys;
        if (layout.CrLf) map["crlf"] = true;
        if (layout.Bom) map["bom"] = true;
        if (layout.AtLines) map["at-lines"] = true;
        if (layout.Kind is LayoutKind.Headings or LayoutKind.Bullets)
        {
            if (layout.HeadingLevel != d.HeadingLevel) map["heading-level"] = layout.HeadingLevel;
            if (layout.Bullets != d.Bullets) map["bullets"] = layout.Bullets;
            if (layout.Indent != d.Indent) map["indent"] = layout.Indent;
        }
        if (layout.Kind == LayoutKind.HtmlTable)
        {
            if (layout.Thead != d.Thead) map["thead"] = layout.Thead;
            if (layout.Tbody != d.Tbody) map["tbody"] = layout.Tbody;
            if (layout.Table != d.Table) map["table"] = layout.Table;
            if (layout.Indent != d.Indent) map["indent"] = layout.Indent;
            if (layout.RowOnOneLine) map["row-on-one-line"] = true;
            if (layout.HeaderRow) map["header-row"] = true;
            if (layout.Paragraphs) map["paragraphs"] = true;
            if (layout.OrderedLists) map["ordered-lists"] = true;
        }
        if (layout.Kind == LayoutKind.PipeTable)
        {
            if (layout.Bullets != d.Bullets) map["bullets"] = layout.Bullets;
            if (layout.Break != d.Break) map["break"] = layout.Break;
            if (layout.Nest != d.Nest) map["nest"] = layout.Nest;
            if (layout.Rule != d.Rule) map["rule"] = layout.Rule;
            if (layout.OuterPipes != d.OuterPipes) map["outer-pipes"] = layout.OuterPipes;
            // Without it, a page ends its rows as it starts them.
            if (layout.ClosingPipe != layout.OuterPipes) map["closing-pipe"] = layout.ClosingPipe;
            if (layout.Pad != d.Pad) map["pad"] = layout.Pad;
        }
        return map.Count == 1 ? type : map;
    }
}
