using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Bank.Files;
using TellMe.Diagnostics;
using TellMe.Language;
using TellMe.Match.Questions;
using TellMe.Resources;

namespace TellMe.Prep;

/// <summary>
/// The values frameworks of companies candidates commonly prepare for (<c>data/frameworks/*.yaml</c>, read
/// with the bank's own framework reader) and the choice of one for <c>--company</c>: the bank's frameworks
/// first, so a user's own file for a company wins, then the shipped ones, then Amazon's built-in principles.
/// </summary>
public static class CompanyFrameworks
{
    private static readonly Lazy<ImmutableArray<Framework>> LazyRead = new(ReadShipped);
    private static readonly Lazy<ImmutableArray<Framework>> LazyShipped = new(() => CheckProbes(LazyRead.Value));

    /// <summary>The frameworks shipped with TellMe, by ID.</summary>
    public static ImmutableArray<Framework> Shipped => LazyShipped.Value;

    /// <summary>
    /// The companies of the shipped frameworks, for help text: read without checking their probes against the
    /// question bank, which would parse the whole bank whenever a command line is built (a tenth of a second or more on
    /// every start of every command).
    /// </summary>
    public static IEnumerable<string> ShippedCompanies => LazyRead.Value.Select(f => f.Company ?? f.Name);

    /// <summary>
    /// The framework of a company, matched on its company name, aliases, ID or name with case and spacing
    /// ignored (the company as written, a former name, the framework ID); null when no framework names the company.
    /// </summary>
    public static Framework? Find(string company, StoryBank bank)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(bank);
        string wanted = NameFold.Of(company);
        if (wanted.Length == 0) return null;
        return bank.Frameworks.FirstOrDefault(f => Names(f, wanted))
            ?? Shipped.FirstOrDefault(f => Names(f, wanted))
            ?? (Names(AmazonFramework.Create(), wanted) ? AmazonFramework.Create() : null);
    }

    /// <summary>The companies with a framework (the bank's company files, then the shipped ones, then Amazon), for messages.</summary>
    public static IEnumerable<string> KnownCompanies(StoryBank bank) =>
        bank.Frameworks.Select(f => f.Company).OfType<string>().Concat(Shipped.Select(f => f.Company ?? f.Name)).Append("Amazon")
            .Distinct(StringComparer.OrdinalIgnoreCase);

    private static bool Names(Framework framework, string wanted) =>
        (framework.Company is { } c && NameFold.Of(c) == wanted) || NameFold.Of(framework.Id) == wanted || NameFold.Of(framework.Name) == wanted
        || framework.Aliases.Any(a => NameFold.Of(a) == wanted);

    private static ImmutableArray<Framework> ReadShipped()
    {
        var frameworks = ImmutableArray.CreateBuilder<Framework>();
        foreach (var name in EmbeddedData.List("frameworks", ".yaml"))
        {
            var diagnostics = new List<Diagnostic>();
            var framework = FrameworkFile.Read(EmbeddedData.Read("frameworks." + name), "data/frameworks/" + name, diagnostics);
            if (framework is null || diagnostics.Count > 0)
                throw new InvalidDataException($"data/frameworks/{name} is broken: {string.Join("; ", diagnostics.Select(d => d.ToString()))}");
            if (framework.Sources.IsDefaultOrEmpty)
                throw new InvalidDataException($"data/frameworks/{name} names no public source");
            frameworks.Add(framework);
        }
        return frameworks.ToImmutable();
    }

    private static ImmutableArray<Framework> CheckProbes(ImmutableArray<Framework> frameworks)
    {
        foreach (var framework in frameworks)
            foreach (var principle in framework.Principles)
                foreach (var probe in principle.Probes)
                    if (QuestionBank.Embedded.Find(probe) is null)
                        throw new InvalidDataException($"{framework.File} line {principle.Line}: unknown competency '{probe}' in probes");
        return frameworks;
    }
}
