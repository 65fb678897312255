using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using TellMe.Practice;
using Xunit.Abstractions;

namespace TellMe.Data.Tests;

/// <summary>
/// Kills the real <c>tellme drill --script</c> process with SIGKILL at random points, over and over on the same
/// bank, and proves after each kill that the database is intact and every review the drill acknowledged is there.
/// </summary>
public partial class KillTests(ITestOutputHelper output)
{
    private const int Runs = 25;

    [GeneratedRegex(@"^saved review (?<id>[0-9a-f-]{36}) for (?<card>\S+): ")]
    private static partial Regex Ack();

    /// <summary>The CLI as built next to this test run: src/TellMe.Cli/bin/CONFIG/net10.0/tellme.dll.</summary>
    internal static string TellMeDll()
    {
        string config = typeof(KillTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TellMe.slnx"))) dir = dir.Parent;
        Assert.True(dir is not null, "cannot find the repository root (TellMe.slnx) above " + AppContext.BaseDirectory);
        string dll = Path.Combine(dir!.FullName, "src", "TellMe.Cli", "bin", config, "net10.0", "tellme.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project references the CLI, so building the tests builds it");
        return dll;
    }

    private static string Script(int steps)
    {
        var random = new Random(steps);
        var lines = new List<string> { "# kill-test script" };
        string[] ratings = ["again", "hard", "good", "easy", "1", "2", "3", "4"];
        for (int i = 0; i < steps; i++)
        {
            if (i % 4 == 0) lines.Add("answer: At my last company we had a slow API. My goal was to fix it. I profiled it, um, and I added a cache.");
            lines.Add(i % 4 == 1 ? $"{ratings[random.Next(ratings.Length)]} | As a result, latency dropped by 80%." : ratings[random.Next(ratings.Length)]);
        }
        return string.Join('\n', lines) + "\n";
    }

    [Fact]
    public async Task Sigkill_at_random_points_never_loses_an_acknowledged_review_or_damages_the_database()
    {
        string dll = TellMeDll();
        using var dir = new TempDir();
        Fixtures.WriteBank(dir.Path);
        string script = dir.File("script.txt");
        File.WriteAllText(script, Script(80));
        string db = SqlitePracticeStore.PathFor(dir.Path);

        var random = new Random(20260321);
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        int kills = 0, exitedFirst = 0, killedBeforeAnyAck = 0, previousTotal = 0;
        var durations = new List<double>();
        for (int run = 0; run < Runs; run++)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { dll, "drill", "--bank", dir.Path, "--script", script, "--all", "--new", "1000", "--seed", run.ToString(System.Globalization.CultureInfo.InvariantCulture) })
                start.ArgumentList.Add(arg);
            start.Environment["NO_COLOR"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

            var lines = new List<string>();
            var ackCount = 0;
            var firstAck = new TaskCompletionSource();
            using var process = new Process { StartInfo = start };
            // Kill either at a random moment after start, or right after a random acknowledgement (mid-write of the next).
            bool byTime = random.Next(2) == 0;
            int killAfterAck = random.Next(1, 40);
            int delayMs = random.Next(0, 1500);
            var killNow = new TaskCompletionSource();
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                lock (lines)
                {
                    lines.Add(e.Data);
                    if (Ack().IsMatch(e.Data) && ++ackCount == killAfterAck) killNow.TrySetResult();
                }
            };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (lines) lines.Add("stderr: " + e.Data); };
            var watch = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var exited = process.WaitForExitAsync();
            var trigger = byTime ? Task.Delay(delayMs) : killNow.Task;
            var first = await Task.WhenAny(exited, trigger, Task.Delay(TimeSpan.FromSeconds(60)));
            if (!process.HasExited)
            {
                if (!byTime) Thread.SpinWait(random.Next(0, 200_000)); // land somewhere inside the next review
                process.Kill(); // SIGKILL on Linux and macOS
                kills++;
            }
            else exitedFirst++;
            await process.WaitForExitAsync();
            process.WaitForExit(); // drains the output readers
            durations.Add(watch.Elapsed.TotalMilliseconds);

            List<string> acks;
            lock (lines) acks = [.. lines.Select(l => Ack().Match(l)).Where(m => m.Success).Select(m => m.Groups["id"].Value)];
            if (acks.Count == 0) killedBeforeAnyAck++;
            if (process.ExitCode == 0 && exitedFirst > 0 && acks.Count == 0)
                Assert.Fail("the drill ended without a review:\n" + string.Join('\n', lines));
            acknowledged.UnionWith(acks);

            if (!File.Exists(db)) { Assert.Empty(acks); continue; } // killed before the database was created
            using (var raw = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString()))
            {
                raw.Open();
                using var cmd = raw.CreateCommand();
                cmd.CommandText = "PRAGMA integrity_check";
                Assert.Equal("ok", cmd.ExecuteScalar());
            }
            using var store = SqlitePracticeStore.OpenBank(dir.Path);
            var reviews = store.Reviews();
            var ids = reviews.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var lost = acknowledged.Where(a => !ids.Contains(a)).ToList();
            Assert.True(lost.Count == 0, $"run {run}: acknowledged reviews missing: {string.Join(", ", lost)}");
            Assert.True(reviews.Count >= previousTotal + acks.Count, $"run {run}: reviews went from {previousTotal} to {reviews.Count} with {acks.Count} new acknowledged");
            // Each review and its card's new schedule were written together: every card's reps equal its reviews.
            var perCard = reviews.GroupBy(r => r.CardId).ToDictionary(g => g.Key, g => g.Count());
            foreach (var card in store.Cards(includeRetired: true))
                Assert.Equal(perCard.GetValueOrDefault(card.Id), card.Schedule.Reps);
            previousTotal = reviews.Count;
        }
        output.WriteLine($"kill test: {Runs} runs, {kills} SIGKILLs ({killedBeforeAnyAck} before any acknowledgement), {exitedFirst} ran to the end; " +
                         $"{acknowledged.Count} acknowledged reviews verified; {previousTotal} reviews in the database; run times {durations.Min():0}-{durations.Max():0} ms");
        Assert.True(kills >= Runs / 2, $"only {kills} of {Runs} runs were killed");
        Assert.True(acknowledged.Count > 0);
    }
}
