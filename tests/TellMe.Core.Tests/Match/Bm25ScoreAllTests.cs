using TellMe.Match.Index;
using TellMe.Language;

namespace TellMe.Tests.Match;

public sealed class Bm25ScoreAllTests
{
    [Fact]
    public void ScoreAll_and_ExplainDocument_agree_with_Search_exactly()
    {
        var random = new Random(7);
        string[] vocabulary = ["conflict", "team", "deadline", "manager", "customer", "mentor", "junior", "data", "cost", "migrate", "cache", "latency"];
        var documents = Enumerable.Range(0, 60).Select(d => new AnalyzedDocument<int>(d,
            [new AnalyzedField([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => vocabulary[random.Next(vocabulary.Length)])], 1 + random.Next(3))])).ToList();
        var index = Bm25Index<int>.Build(documents);
        for (int q = 0; q < 50; q++)
        {
            var query = Enumerable.Range(0, random.Next(1, 6)).Select(_ => (vocabulary[random.Next(vocabulary.Length)], random.NextDouble() * 2)).Append(("unknown", 1.0)).ToList();
            var scores = new double[index.DocumentCount];
            index.ScoreAll(query, scores);
            var hits = index.Search(query, index.DocumentCount);
            Assert.Equal(hits.Count, scores.Count(s => s > 0));
            foreach (var hit in hits)
            {
                Assert.Equal(hit.Score, scores[hit.Key]);
                Assert.Equal(hit.MatchedTerms, index.ExplainDocument(query, hit.Key));
            }
        }
    }

    [Fact]
    public void ScoreAll_rejects_a_short_buffer_and_bad_weights()
    {
        var index = Bm25Index<int>.Build([new AnalyzedDocument<int>(0, ["a"]), new AnalyzedDocument<int>(1, ["b"])]);
        Assert.Throws<ArgumentException>(() => index.ScoreAll([("a", 1.0)], new double[1]));
        Assert.Throws<ArgumentException>(() => index.ScoreAll([("a", double.NaN)], new double[2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.ExplainDocument([("a", 1.0)], 2));
    }
}
