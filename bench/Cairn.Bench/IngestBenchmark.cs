using System.Diagnostics;
using System.Globalization;
using Cairn.Extraction.Offline;
using Cairn.Ingest;
using Cairn.Sources;
using Cairn.Vault;

namespace Cairn.Bench;

/// <summary>
/// <c>ingest [TRANSCRIPTS] [BACKGROUND_NOTES]</c>: ingests generated transcripts into a vault that already
/// holds the VaultGenerator's notes. Prints transcripts per second and peak memory;
/// the baseline is the same run into an empty vault.
/// </summary>
internal static class IngestBenchmark
{
    // Names the VaultGenerator also uses, so ingests update person notes that already have many meetings.
    private static readonly string[] People =
        ["Ann Lee", "Ben Lee", "Chloe Lee", "Dev Lee", "Eyal Lee", "Farah Lee", "Gus Lee", "Hana Lee", "Ivan Lee", "Jia Lee", "Kofi Lee", "Lior Lee"];

    public static int Run(string[] args)
    {
        var transcripts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var background = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50_000;
        var empty = Measure(transcripts, 0);
        var full = Measure(transcripts, background);
        Console.WriteLine($"ingest {transcripts} transcripts, empty vault:        {empty.Rate,8:F1}/s");
        Console.WriteLine($"ingest {transcripts} transcripts, {background:N0}-note vault: {full.Rate,8:F1}/s (ratio {full.Rate / empty.Rate:F2}), load {full.Load.TotalSeconds:F1}s, peak working set {full.PeakMb:F0} MB");
        return 0;
    }

    private static (double Rate, TimeSpan Load, double PeakMb) Measure(int transcripts, int background)
    {
        var vault = Path.Combine(Path.GetTempPath(), "cairn-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            VaultInitializer.Init(vault, "Jason Vallery");
            WriteBackground(vault, background);
            var sources = WriteTranscripts(vault, transcripts);
            var config = ConfigLoader.LoadVault(vault).Config!;
            var paths = new VaultPaths(vault, config.Folders);
            var clock = Stopwatch.StartNew();
            var run = new IngestRun(paths, config, "Jason Vallery", new HeuristicExtractor(), (name, bytes) => SourceReader.Read(name, bytes));
            var load = clock.Elapsed;
            var report = run.PlanAsync(sources).GetAwaiter().GetResult();
            run.Commit(report, TimeProvider.System);
            var elapsed = clock.Elapsed;
            return (transcripts / elapsed.TotalSeconds, load, Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0);
        }
        finally
        {
            Directory.Delete(vault, recursive: true);
        }
    }

    internal static List<string> WriteTranscripts(string vault, int count)
    {
        var list = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(2025, 1, 1).AddDays(i % 300);
            var a = People[i % People.Length];
            var b = People[(i * 7 + 3) % People.Length];
            var name = $"{date:yyyy-MM-dd} - Sync {i}.txt";
            File.WriteAllText(Path.Combine(vault, "Inbox", name),
                $"Sync {i}\nDate: {date:yyyy-MM-dd}\n\n{a}: Welcome. The cluster has {i + 100} nodes today.\n"
                + $"Jason Vallery: I'll send the plan to {b} by Friday.\n{b}: I'll review the security questionnaire next week.\n"
                + $"{a}: We decided to run the pilot for three weeks.\n");
            list.Add($"Inbox/{name}");
        }

        return list;
    }

    private static void WriteBackground(string vault, int notes)
    {
        if (notes > 0)
        {
            VaultGenerator.Generate(vault, notes);
        }
    }
}
