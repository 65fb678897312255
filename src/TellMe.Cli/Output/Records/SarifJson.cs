using System.Text.Json.Serialization;

namespace TellMe.Cli.Output;

/// <summary>A SARIF 2.1.0 log (<c>check --format sarif</c>): the subset code-scanning UIs read.</summary>
public sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

/// <summary>One run of one tool.</summary>
public sealed record SarifRun(SarifTool Tool, IReadOnlyList<SarifResult> Results);

/// <summary>The tool.</summary>
public sealed record SarifTool(SarifDriver Driver);

/// <summary>TellMe and its rules.</summary>
public sealed record SarifDriver(string Name, string InformationUri, IReadOnlyList<SarifRule> Rules);

/// <summary>A check rule.</summary>
public sealed record SarifRule(string Id, string Name, SarifText ShortDescription, SarifConfiguration DefaultConfiguration, string HelpUri);

/// <summary>A rule's level.</summary>
public sealed record SarifConfiguration(string Level);

/// <summary>A text.</summary>
public sealed record SarifText(string Text);

/// <summary>A finding.</summary>
public sealed record SarifResult(string RuleId, string Level, SarifText Message, IReadOnlyList<SarifLocation> Locations);

/// <summary>Where a finding is.</summary>
public sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);

/// <summary>A file and a region of it.</summary>
public sealed record SarifPhysicalLocation(SarifArtifact ArtifactLocation, SarifRegion Region);

/// <summary>A file, relative to the bank.</summary>
public sealed record SarifArtifact(string Uri);

/// <summary>A 1-based line and column.</summary>
public sealed record SarifRegion(int StartLine, int StartColumn);
