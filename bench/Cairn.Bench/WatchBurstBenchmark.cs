using System.Diagnostics;
using System.Globalization;
using Cairn.Extraction.Offline;
using Cairn.Ingest;
using Cairn.Sources;
using Cairn.Vault;

namespace Cairn.Bench;

/// <summary>
/// <c>watch-burst [FILES]</c>: FILES transcripts land in the Inbox at once; the watch's scheduler (real clock, default
/// settle, a look every 250 ms as <c>cairn watch</c> does) releases them in batches and each batch is ingested in
/// turn. Prints the time until every file is processed and peak memory; the baseline is one <c>cairn ingest</c> run
/// of the same files. The CLI's file watcher is not involved: the scans alone find the files, as at start-up.
/// </summary>
internal static class WatchBurstBenchmark
{
    public static int Run(string[] args)
    {
        var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var once = Measure(files, watch: false);
        var watched = Measure(files, watch: true);
        Console.WriteLine($"ingest {files} files, one run:      {once.Elapsed.TotalSeconds,6:F2} s");
        Console.WriteLine($"watch  {files} files, {watched.Batches} batches:   {watched.Elapsed.TotalSeconds,6:F2} s (ratio {watched.Elapsed / once.Elapsed:F2}; settle {InboxWatch.DefaultSettle.TotalSeconds:0} s included), peak working set {watched.PeakMb:F0} MB");
        return 0;
    }

    private static (TimeSpan Elapsed, int Batches, double PeakMb) Measure(int files, bool watch)
    {
        var vault = Path.Combine(Path.GetTempPath(), "cairn-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            VaultInitializer.Init(vault, "Jason Vallery");
            var sources = IngestBenchmark.WriteTranscripts(vault, files);
            var config = ConfigLoader.LoadVault(vault).Config!;
            var paths = new VaultPaths(vault, config.Folders);
            var clock = Stopwatch.StartNew();
            var batches = watch ? Watch(paths, config) : [sources];
            var processed = 0;
            foreach (var batch in batches)
            {
                processed += Ingest(paths, config, batch);
            }

            if (processed != files)
            {
                throw new InvalidOperationException($"processed {processed} of {files}");
            }

            return (clock.Elapsed, batches.Count, Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0);
        }
        finally
        {
            Directory.Delete(vault, recursive: true);
        }
    }

    /// <summary>Scans until every file has settled; the batches in the order the watch would ingest them.</summary>
    private static List<IReadOnlyList<string>> Watch(VaultPaths paths, CairnConfig config)
    {
        var inbox = Path.Combine(paths.Root, config.Folders.Inbox);
        var watch = new InboxWatch(TimeProvider.System);
        var batches = new List<IReadOnlyList<string>>();
        var total = Directory.GetFiles(inbox).Length;
        while (batches.Sum(b => b.Count) < total)
        {
            watch.Scanned(new DirectoryInfo(inbox).EnumerateFiles().Select(f => new InboxFile(f.Name, f.Length, f.LastWriteTimeUtc)));
            batches.AddRange(watch.TakeReady().Select(b => (IReadOnlyList<string>)b.Select(n => config.Folders.Inbox + "/" + n).ToList()));
            Thread.Sleep(250);
        }

        return batches;
    }

    private static int Ingest(VaultPaths paths, CairnConfig config, IReadOnlyList<string> sources)
    {
        var run = new IngestRun(paths, config, "Jason Vallery", new HeuristicExtractor(), (name, bytes) => SourceReader.Read(name, bytes));
        var report = run.PlanAsync(sources).GetAwaiter().GetResult();
        return run.Commit(report, TimeProvider.System).Items.Count(i => i.Source.StartsWith(config.Folders.Inbox + "/", StringComparison.Ordinal));
    }
}
