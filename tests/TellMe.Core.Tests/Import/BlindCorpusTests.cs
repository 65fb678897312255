using TellMe.Bank;
using TellMe.Check;
using TellMe.Diagnostics;
using TellMe.Import;
using YamlDotNet.RepresentationModel;

namespace TellMe.Tests.Import;

/// <summary>
/// The blind page corpora (TestData/blind-pages): pages of invented candidates written by colleagues who never saw
/// TellMe's code, each with its writer's manifest. Every page is read as the kind the writer meant, every story the
/// writer told is in the bank, the references no page answers are exactly the writer's dangling ones, each page is
/// built back byte for byte, and each table page imports to the same bank as its heading twin.
/// </summary>
public class BlindCorpusTests
{
    public static TheoryData<string> Rounds =>
        [.. Directory.EnumerateDirectories(TestFiles.Data("blind-pages")).Select(d => Path.GetFileName(d)!).Order()];

    /// <summary>One page of a manifest.</summary>
    private sealed record ManifestPage(string Page, string Kind, string? Twin, string? AlsoTwin, List<string> Stories, List<string> Dangling, List<string> Answers)
    {
        public string Candidate => Page.Split('/')[1];
    }

    // Writers shaped their manifests two ways: a list of pages (round 1), or `candidates` (with the IDs they tell and
    // the dangling ones) and `pages` keyed by path, stories as {id, title} (round 2). Both read into one list.
    private static List<ManifestPage> Manifest(string round)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(TestFiles.Data("blind-pages", round, "expected.yaml"))) yaml.Load(reader);
        var root = yaml.Documents[0].RootNode;
        var pages = new List<ManifestPage>();
        if (root is YamlSequenceNode list)
        {
            foreach (var node in list.Children.OfType<YamlMappingNode>())
                pages.Add(Page(Scalar(node, "page")!, node, List(node, "dangling")));
            return pages;
        }
        var map = (YamlMappingNode)root;
        var candidates = (YamlMappingNode)map.Children[new YamlScalarNode("candidates")];
        var danglingOf = candidates.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => List((YamlMappingNode)c.Value, "dangling"));
        var said = new HashSet<string>();
        foreach (var (key, value) in (YamlMappingNode)map.Children[new YamlScalarNode("pages")])
        {
            string path = ((YamlScalarNode)key).Value!;
            string candidate = path.Split('/')[1];
            // A candidate's dangling IDs are listed once; they go with its first page, since only their union is checked.
            pages.Add(Page(path, (YamlMappingNode)value, said.Add(candidate) ? danglingOf.GetValueOrDefault(candidate) ?? [] : []));
        }
        return pages;

        static ManifestPage Page(string path, YamlMappingNode node, List<string> dangling) =>
            new(path, Scalar(node, "kind")!, Scalar(node, "twin"), Scalar(node, "also_twin"), List(node, "stories"), dangling, List(node, "answers"));

        static string? Scalar(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s && s.Value is { Length: > 0 } text && text != "null" ? text : null;

        // A list of scalars, or of mappings with an `id` (stories given with their titles).
        static List<string> List(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq
                ? [.. seq.Children.Select(c => c is YamlMappingNode m ? Scalar(m, "id") : ((YamlScalarNode)c).Value).OfType<string>()]
                : [];
    }

    private static string PathOf(string round, string page) => TestFiles.Data("blind-pages", round, page);

    // Each candidate's pages as the writer first wrote them: of each family of twins, the first listed.
    private static IEnumerable<IGrouping<string, ManifestPage>> Candidates(List<ManifestPage> manifest)
    {
        var seen = new HashSet<string>();
        var firsts = new List<ManifestPage>();
        foreach (var page in manifest)
        {
            if (seen.Contains(page.Page)) continue;
            firsts.Add(page);
            seen.Add(page.Page);
            if (page.Twin is { } t) seen.Add(t);
            if (page.AlsoTwin is { } a) seen.Add(a);
        }
        return firsts.GroupBy(p => p.Candidate);
    }

    [Theory]
    [MemberData(nameof(Rounds))]
    public void Every_page_is_read_as_the_kind_its_writer_meant(string round)
    {
        var wrong = new List<string>();
        foreach (var page in Manifest(round))
        {
            var diagnostics = new List<Diagnostic>();
            var source = PageSource.Read(PathOf(round, page.Page), page.Page, diagnostics);
            Assert.NotNull(source);
            var read = PageImport.ReadPage(source, diagnostics);
            string kind = read?.Settings.Kind switch
            {
                PageKind.LeadershipPrinciples => "leadership-principles",
                PageKind.BehavioralQuestions => "behavioral-questions",
                PageKind.Projects => "projects",
                null when diagnostics.Any(d => d.Code == InputCodes.NotInterviewPage) => "not-interview",
                _ => "unreadable",
            };
            if (kind != page.Kind) wrong.Add($"{page.Page}: read as {kind}, written as {page.Kind}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(Rounds))]
    public void Each_candidate_imports_to_the_stories_answers_and_dangling_references_of_the_manifest(string round)
    {
        foreach (var candidate in Candidates(Manifest(round)))
        {
            var result = PageImport.Import(candidate.Select(p => PathOf(round, p.Page)));
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            var bank = result.Bank;
            var told = candidate.SelectMany(p => p.Stories).Distinct().ToList();
            Assert.DoesNotContain(told, id => bank.Find(StoryId.Parse(id)) is null);

            var dangling = Checker.Run(bank).Where(d => d.Code == "TM001")
                .Select(d => System.Text.RegularExpressions.Regex.Match(d.Message, @"story ([A-Z]+[0-9]+)").Groups[1].Value).Distinct().Order().ToList();
            Assert.Equal(candidate.SelectMany(p => p.Dangling).Distinct().Order().ToList(), dangling);

            // The answers are the questions pages' topics, in order, and nothing else: no page of another kind adds one.
            var answers = candidate.Where(p => p.Kind == "behavioral-questions").SelectMany(p => p.Answers).ToList();
            Assert.Equal(answers, bank.Answers.OrderBy(a => a.Order).Select(a => a.Key).ToList());
        }
    }

    [Theory]
    [MemberData(nameof(Rounds))]
    public void Every_interview_page_builds_back_byte_for_byte_from_the_bank_it_was_imported_into(string round)
    {
        var manifest = Manifest(round);
        var different = new List<string>();
        foreach (var family in new[] { Candidates(manifest), Twins(manifest) })
            foreach (var candidate in family)
            {
                var pages = candidate.Where(p => p.Kind != "not-interview").Select(p => PathOf(round, p.Page)).ToArray();
                using var bank = new LayoutBank(pages);
                var loaded = bank.Load();
                Assert.Empty(loaded.LoadDiagnostics);
                foreach (var page in pages)
                {
                    string file = Path.GetFileName(page);
                    if (!File.ReadAllBytes(page).AsSpan().SequenceEqual(LayoutCorpus.Built(loaded, file)))
                        different.Add($"{candidate.Key}/{file}: " + bank.Result.Diagnostics.FirstOrDefault(d => d.Code == InputCodes.NotRoundTrip && d.File == page)?.Message);
                }
            }
        Assert.True(different.Count == 0, string.Join("\n", different));
    }

    // The same candidates with each page replaced by its heading twin.
    private static IEnumerable<IGrouping<string, ManifestPage>> Twins(List<ManifestPage> manifest)
    {
        var byPage = manifest.ToDictionary(p => p.Page);
        return Candidates(manifest).SelectMany(g => g.Select(p => p.Twin is { } t ? byPage[t] : p)).GroupBy(p => p.Candidate);
    }

    [Theory]
    [MemberData(nameof(Rounds))]
    public void Each_table_page_imports_to_the_same_bank_as_its_heading_twin(string round)
    {
        var manifest = Manifest(round);
        var byPage = manifest.ToDictionary(p => p.Page);
        var differences = new List<string>();
        foreach (var candidate in Candidates(manifest))
        {
            var originals = candidate.ToList();
            foreach (var twinOf in (Func<ManifestPage, string?>[])[p => p.Twin, p => p.AlsoTwin])
            {
                if (!originals.Any(p => twinOf(p) is not null)) continue;
                var want = LayoutCorpus.Files(PageImport.Import(originals.Select(p => PathOf(round, p.Page))));
                var got = LayoutCorpus.Files(PageImport.Import(originals.Select(p => PathOf(round, twinOf(p) ?? p.Page))));
                // One difference is by design, and the round 1 writer lists it as disputable (README point 6): a line break
                // inside a table cell's point (<br>) is kept as the user wrote it, where the heading twin has a space.
                foreach (var path in want.Keys.Union(got.Keys).Order())
                    if (want.GetValueOrDefault(path)?.Replace("<br>", " ", StringComparison.Ordinal) != got.GetValueOrDefault(path))
                        differences.Add($"{candidate.Key} {path}:\n--- {string.Join(", ", originals.Select(p => p.Page))}\n{want.GetValueOrDefault(path)}\n--- twins\n{got.GetValueOrDefault(path)}");
            }
        }
        Assert.True(differences.Count == 0, string.Join("\n\n", differences));
    }
}
