using System.Diagnostics;
using System.Globalization;
using Cairn.Commit;
using Cairn.Extraction.Offline;
using Cairn.Ingest;
using Cairn.Sources;
using Cairn.Vault;

namespace Cairn.Bench;

/// <summary>
/// <c>ingest-one [NOTES] [ROUNDS]</c>: the latency of ingesting one transcript into a vault that already holds
/// NOTES generated meeting notes, the way <c>cairn ingest FILE</c> or <c>cairn watch</c> would (a fresh run each
/// time: scan, plan, entity refresh, commit). A first ingest warms the vault (and state.db) and is reported apart;
/// then ROUNDS single-file ingests, median and spread. Baseline: the same in an empty vault, same process.
/// </summary>
internal static class IngestOneBenchmark
{
    public static int Run(string[] args)
    {
        var notes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var empty = Measure(0, rounds);
        var full = Measure(notes, rounds);
        Console.WriteLine($"one-file ingest, empty vault:          first {empty.First:F0} ms, median {empty.Median:F0} ms (min {empty.Min:F0}, max {empty.Max:F0})");
        Console.WriteLine($"one-file ingest, {notes:N0}-note vault: first {full.First:F0} ms, median {full.Median:F0} ms (min {full.Min:F0}, max {full.Max:F0}), {full.Median / empty.Median:F1}x the empty vault");
        return 0;
    }

    private static (double First, double Median, double Min, double Max) Measure(int background, int rounds)
    {
        var vault = Path.Combine(Path.GetTempPath(), "cairn-bench-one-" + Guid.NewGuid().ToString("N"));
        try
        {
            VaultInitializer.Init(vault, "Jason Vallery");
            if (background > 0)
            {
                VaultGenerator.Generate(vault, background);
            }

            var first = IngestOnce(vault, 0);
            var times = Enumerable.Range(1, rounds).Select(i => IngestOnce(vault, i)).Order().ToList();
            return (first, times[times.Count / 2], times[0], times[^1]);
        }
        finally
        {
            Directory.Delete(vault, recursive: true);
        }
    }

    private static double IngestOnce(string vault, int i)
    {
        var date = new DateOnly(2025, 3, 1).AddDays(i);
        var name = $"{date:yyyy-MM-dd} - One {i}.txt";
        File.WriteAllText(Path.Combine(vault, "Inbox", name),
            $"One {i}\nDate: {date:yyyy-MM-dd}\n\nAnn Lee: Welcome. The cluster has {i + 100} nodes today.\n"
            + "Jason Vallery: I'll send the plan to Ben Lee by Friday.\nBen Lee: I'll review the security questionnaire next week.\n"
            + "Ann Lee: We decided to run the pilot for three weeks.\n");
        var clock = Stopwatch.StartNew();
        var config = ConfigLoader.LoadVault(vault).Config!;
        var paths = new VaultPaths(vault, config.Folders);
        using var state = StateStore.Open(Path.Combine(vault, VaultLayout.StateDatabase), TimeProvider.System);
        var run = new IngestRun(paths, config, "Jason Vallery", new HeuristicExtractor(), (n, bytes) => SourceReader.Read(n, bytes), state);
        var report = run.PlanAsync([$"Inbox/{name}"]).GetAwaiter().GetResult();
        run.Commit(report, TimeProvider.System);
        return clock.Elapsed.TotalMilliseconds;
    }
}
