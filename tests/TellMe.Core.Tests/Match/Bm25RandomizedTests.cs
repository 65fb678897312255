using TellMe.Match.Index;

namespace TellMe.Tests.Match;

/// <summary>
/// Seeded random corpora scored by both the index and <see cref="NaiveBm25"/>; every document's
/// score must agree to 1e-9 and the ranking must be the naive ranking.
/// </summary>
public sealed class Bm25RandomizedTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Index_agrees_with_naive_scorer(int seed)
    {
        var random = new Random(seed);
        var vocabularySize = random.Next(3, 80);
        string Term() => $"t{(int)(vocabularySize * random.NextDouble() * random.NextDouble())}";
        double[] fieldWeights = [0, 0.5, 1, 1, 2, 3];
        double[] k1s = [0, 0.5, 1.2, 2];
        double[] bs = [0, 0.3, 0.75, 1];
        var k1 = k1s[random.Next(k1s.Length)];
        var b = bs[random.Next(bs.Length)];

        var documentCount = random.Next(1, 120);
        var documents = new List<IReadOnlyList<(IReadOnlyList<string> Terms, double Weight)>>();
        for (var d = 0; d < documentCount; d++)
        {
            var fields = new List<(IReadOnlyList<string>, double)>();
            var fieldCount = random.Next(1, 4);
            for (var f = 0; f < fieldCount; f++)
            {
                var terms = Enumerable.Range(0, random.Next(0, 40)).Select(_ => Term()).ToArray();
                fields.Add((terms, fieldWeights[random.Next(fieldWeights.Length)]));
            }

            documents.Add(fields);
        }

        var index = Bm25Index<int>.Build(
            documents.Select((fields, d) => new AnalyzedDocument<int>(d, fields.Select(f => new AnalyzedField(f.Terms, f.Weight)).ToArray())),
            new Bm25Parameters { K1 = k1, B = b });
        var naive = new NaiveBm25(documents, k1, b);

        for (var q = 0; q < 25; q++)
        {
            var query = Enumerable.Range(0, random.Next(1, 9))
                .Select(_ => (random.Next(6) == 0 ? "unknown" : Term(), random.Next(3) switch { 0 => 1.0, 1 => 0.5, _ => random.NextDouble() * 3 }))
                .ToArray();

            var expected = naive.Score(query);
            var hits = index.Search(query, documentCount);

            var expectedMatches = Enumerable.Range(0, documentCount).Where(d => expected[d] > 0).ToArray();
            Assert.Equal(expectedMatches, hits.Select(h => h.Key).Order());
            foreach (var hit in hits)
            {
                Assert.Equal(expected[hit.Key], hit.Score, 1e-9 * Math.Max(1, expected[hit.Key]));
                Assert.Equal(hit.Score, hit.MatchedTerms.Sum(m => m.Contribution), 1e-12);
            }

            for (var i = 1; i < hits.Count; i++)
            {
                Assert.True(hits[i - 1].Score >= hits[i].Score);
            }

            // Top-k is a prefix of the full ranking.
            var top = random.Next(1, 6);
            Assert.Equal(hits.Take(top).Select(h => h.Key), index.Search(query, top).Select(h => h.Key));
        }
    }
}
